package cn.jining.credithub.portal.forms;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The forms' limits.
 *
 * @param maxAttachments files per form
 * @param perClient      forms one client may send per window
 * @param window         the rate limit's window
 * @param minFillTime    a form sent sooner after its challenge was issued is a robot's
 * @param challengeTtl   how long a challenge can be answered
 */
@ConfigurationProperties("portal.forms")
public record FormsProperties(int maxAttachments, int perClient, Duration window, Duration minFillTime,
                              Duration challengeTtl) {
}
