package cn.jining.credithub.portal.forms;

import cn.jining.credithub.portal.store.PublishedStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The objection, complaint and repair forms, and tracking by number (docs/portal.md, "Forms"). */
@Controller
public class FormsController {

    private final Challenge challenge;
    private final RateLimiter rateLimiter;
    private final FormsProperties properties;
    private final FormPayload payload;
    private final HubIntake hub;
    private final Submissions submissions;
    private final PublishedStore store;

    public FormsController(Challenge challenge, RateLimiter rateLimiter, FormsProperties properties, HubIntake hub,
                           Submissions submissions, PublishedStore store) {
        this.challenge = challenge;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.payload = new FormPayload();
        this.hub = hub;
        this.submissions = submissions;
        this.store = store;
    }

    @GetMapping("/forms/{slug}")
    String form(@PathVariable String slug, @RequestParam Map<String, String> given, Model model) {
        return show(kind(slug), Map.of("recordKey", given.getOrDefault("record", ""),
                "subjectCode", given.getOrDefault("subject", "")), null, model);
    }

    @PostMapping("/forms/{slug}")
    String submit(@PathVariable String slug, @RequestParam Map<String, String> fields,
                  @RequestParam(name = "attachments", required = false) List<MultipartFile> files,
                  HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        FormKind kind = kind(slug);
        if (!rateLimiter.allow(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return show(kind, fields, "提交过于频繁，请稍后再试。", model);
        }
        try {
            challenge.check(fields.get("challengeToken"), fields.get("challengeAnswer"));
            FormPayload.Form form = payload.form(kind, fields, Attachments.check(files, properties.maxAttachments()));
            if (kind.aboutRecord() && store.ofSubject(form.subjectCode()).stream()
                    .noneMatch(r -> r.recordKey().equals(form.recordKey()))) {
                throw new FormProblem("该主体没有编号为“" + form.recordKey() + "”的公示信息，请从信息所在页面提出申请。");
            }
            String number = submissions.newNumber(kind);
            String answer = hub.send(kind, payload.json(number, form));
            submissions.delivered(number, kind, form.recordKey(), FormPayload.reference(answer));
            model.addAttribute("kind", kind);
            model.addAttribute("number", number);
            return "submitted";
        } catch (FormProblem problem) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(kind, fields, problem.getMessage(), model);
        } catch (HubIntake.Unavailable unavailable) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            return show(kind, fields, "平台暂时无法受理，请稍后再试。您填写的内容未被保存。", model);
        }
    }

    @GetMapping("/track")
    String track(@RequestParam(name = "number", required = false) String number, Model model) {
        String wanted = number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
        model.addAttribute("number", wanted);
        if (!wanted.isEmpty()) {
            model.addAttribute("found", wanted.length() <= 32 ? submissions.find(wanted).orElse(null) : null);
            model.addAttribute("searched", true);
        }
        return "track";
    }

    private String show(FormKind kind, Map<String, String> values, String problem, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("values", values);
        model.addAttribute("problem", problem);
        model.addAttribute("question", challenge.issue());
        model.addAttribute("maxAttachments", properties.maxAttachments());
        return "form";
    }

    private static FormKind kind(String slug) {
        return FormKind.ofSlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
