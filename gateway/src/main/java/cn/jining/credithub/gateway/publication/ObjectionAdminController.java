package cn.jining.credithub.gateway.publication;

import cn.jining.credithub.services.objection.Objection;
import cn.jining.credithub.services.objection.ObjectionService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operators' work list of objections (admin API, operator role): open ones by deadline, overdue and escalated. */
@RestController
@RequestMapping("/api/admin/objections")
public class ObjectionAdminController {

    private final ObjectionService objections;
    private final Clock clock;

    public ObjectionAdminController(ObjectionService objections, Clock clock) {
        this.objections = objections;
        this.clock = clock;
    }

    /** One line of the work list. */
    public record WorkItem(String trackingNo, String recordKey, String state, LocalDate acknowledgeBy,
                           LocalDate decideBy, boolean overdue, boolean escalated) {
    }

    @GetMapping
    List<WorkItem> workList() {
        LocalDate today = LocalDate.now(clock);
        return objections.workList().stream().map((Objection o) -> new WorkItem(o.trackingNo(), o.recordKey(),
                o.state().name(), o.acknowledgeBy(), o.decideBy(), o.overdueOn(today), o.escalatedAt() != null)).toList();
    }
}
