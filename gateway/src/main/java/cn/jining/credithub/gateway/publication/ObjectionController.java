package cn.jining.credithub.gateway.publication;

import cn.jining.credithub.contracts.auth.SignedRequest;
import cn.jining.credithub.routes.source.SourceDefinition;
import cn.jining.credithub.routes.source.SourceRegistry;
import cn.jining.credithub.services.objection.Attachment;
import cn.jining.credithub.services.objection.Objection;
import cn.jining.credithub.services.objection.ObjectionRefusedException;
import cn.jining.credithub.services.objection.ObjectionService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The objection API (docs/publication.md, "Objections"), signed like submissions: a subject files through a source of
 * a filing kind (the service window, later the public site: credithub.objections.filer-kinds) and follows its
 * objection by tracking number; the record's source bureau acknowledges and answers. Anyone else is refused.
 */
@RestController
@RequestMapping("/api/v1/objections")
public class ObjectionController {

    private final ObjectionService objections;
    private final SourceRegistry sources;
    private final Set<String> filerKinds;

    public ObjectionController(ObjectionService objections, SourceRegistry sources,
                               @Value("${credithub.objections.filer-kinds:window,site}") Set<String> filerKinds) {
        this.objections = objections;
        this.sources = sources;
        this.filerKinds = filerKinds;
    }

    /** An attachment as sent: its name and its content in Base64. */
    public record Upload(String fileName, String content) {
    }

    /** What a filing channel sends. */
    public record Filing(String category, String sourceId, String recordId, String subjectCode, String reasons,
                         List<Upload> attachments) {
    }

    /** What the bureau answers. */
    public record Answer(boolean upheld, String answer) {
    }

    @PostMapping
    ResponseEntity<Objection> file(HttpServletRequest request, @RequestBody Filing filing) {
        String filer = filer(request);
        List<Attachment> uploads = filing.attachments() == null ? List.of() : filing.attachments().stream()
                .map(u -> new Attachment(u.fileName(), null, 0, null, decode(u.content()))).toList();
        Objection filed = objections.file(filer, new ObjectionService.Filing(filing.category(), filing.sourceId(),
                filing.recordId(), filing.subjectCode(), filing.reasons(), uploads));
        return ResponseEntity.status(HttpStatus.CREATED).body(filed);
    }

    /** The filing channel follows its objections; the bureau sees those about its records. */
    @GetMapping("/{trackingNo}")
    Objection track(HttpServletRequest request, @PathVariable String trackingNo) {
        String caller = authenticated(request);
        return objections.find(trackingNo)
                .filter(o -> o.filedBy().equals(caller) || o.sourceId().equals(caller))
                .orElseThrow(() -> new ObjectionRefusedException("trackingNo", "no such objection"));
    }

    @PostMapping("/{trackingNo}/acknowledge")
    Objection acknowledge(HttpServletRequest request, @PathVariable String trackingNo) {
        return objections.acknowledge(trackingNo, authenticated(request));
    }

    @PostMapping("/{trackingNo}/answer")
    Objection answer(HttpServletRequest request, @PathVariable String trackingNo, @RequestBody Answer answer) {
        return objections.answer(trackingNo, authenticated(request), answer.upheld(), answer.answer());
    }

    @ExceptionHandler(ObjectionRefusedException.class)
    ResponseEntity<Map<String, String>> refused(ObjectionRefusedException e) {
        HttpStatus status = "trackingNo".equals(e.field()) ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).body(Map.of("field", e.field(), "message", e.getMessage()));
    }

    private String filer(HttpServletRequest request) {
        String caller = authenticated(request);
        String kind = sources.find(caller).map(SourceDefinition::kind).orElse("");
        if (!filerKinds.contains(kind)) {
            throw new ObjectionRefusedException("source", caller + " may not file objections (only a source of kind "
                    + String.join(" or ", filerKinds) + ")");
        }
        return caller;
    }

    /** The source the signature filter authenticated (the filter refuses unsigned requests before this). */
    private static String authenticated(HttpServletRequest request) {
        String source = request.getHeader(SignedRequest.AUTHENTICATED_SOURCE);
        if (source == null) {
            throw new ObjectionRefusedException("source", "not authenticated");
        }
        return source;
    }

    private static byte[] decode(String base64) {
        try {
            return base64 == null ? new byte[0] : Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new ObjectionRefusedException("attachments", "content is not Base64");
        }
    }
}
