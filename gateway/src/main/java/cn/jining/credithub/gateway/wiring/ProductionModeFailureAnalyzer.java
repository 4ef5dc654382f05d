package cn.jining.credithub.gateway.wiring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints production mode's refusal as Spring Boot's start-up report: the list, and what to do, no stack trace. */
public class ProductionModeFailureAnalyzer extends AbstractFailureAnalyzer<ProductionModeRefusal> {

    @Override
    protected FailureAnalysis analyze(Throwable root, ProductionModeRefusal cause) {
        return new FailureAnalysis(cause.getMessage(), "Set each setting named above (docs/operations.md, \"Production "
                + "mode\"), or run the demo without CREDITHUB_MODE=production.", cause);
    }
}
