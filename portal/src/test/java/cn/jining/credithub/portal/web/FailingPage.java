package cn.jining.credithub.portal.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test only: a page that fails, to show what a visitor sees of a server error (no trace, no detail). */
@RestController
class FailingPage {

    @GetMapping("/test-only/fail")
    String fail() {
        throw new IllegalStateException("secret internal detail jdbc:h2:mem");
    }
}
