package cn.jining.credithub.portal.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/** The forms' guards: the challenge, the rate limit and the checked uploads, with hostile input. */
class FormGuardsTest {

    private static final Pattern SUM = Pattern.compile("请计算：(.)加(.)等于几");
    private static final String DIGITS = "零一二三四五六七八九";
    private final MutableClock clock = new MutableClock();

    @Test
    void aChallengeIsAnsweredOnceInsideItsTime() throws Exception {
        Challenge challenge = new Challenge(clock, Duration.ofSeconds(3), Duration.ofMinutes(30));
        Challenge.Question question = challenge.issue();
        String answer = answer(question);
        assertThatThrownBy(() -> challenge.check(question.token(), answer)).hasMessageContaining("过快");
        clock.advance(Duration.ofSeconds(5));
        assertThatThrownBy(() -> challenge.check(question.token(), "99")).hasMessageContaining("不正确");
        assertThatNoException().isThrownBy(() -> challenge.check(question.token(), answer));
        assertThatThrownBy(() -> challenge.check(question.token(), answer)).hasMessageContaining("重复");
        Challenge.Question late = challenge.issue();
        clock.advance(Duration.ofHours(1));
        assertThatThrownBy(() -> challenge.check(late.token(), answer(late))).hasMessageContaining("过期");
    }

    @Test
    void aForgedOrForeignTokenIsRefused() {
        Challenge challenge = new Challenge(clock, Duration.ZERO, Duration.ofMinutes(30));
        Challenge other = new Challenge(clock, Duration.ZERO, Duration.ofMinutes(30));
        Challenge.Question foreign = other.issue();
        assertThatThrownBy(() -> challenge.check(foreign.token(), answer(foreign))).hasMessageContaining("无效");
        assertThatThrownBy(() -> challenge.check("MjoxOjE.forged", "2")).hasMessageContaining("无效");
        assertThatThrownBy(() -> challenge.check(null, "2")).hasMessageContaining("缺少");
        assertThatThrownBy(() -> challenge.check("%%%.%%%", "2")).isInstanceOf(FormProblem.class);
    }

    @Test
    void eachClientHasItsOwnWindow() {
        RateLimiter limiter = new RateLimiter(clock, 2, Duration.ofMinutes(10));
        assertThat(List.of(limiter.allow("a"), limiter.allow("a"), limiter.allow("a"), limiter.allow("b")))
                .containsExactly(true, true, false, true);
        clock.advance(Duration.ofMinutes(10));
        assertThat(limiter.allow("a")).isTrue();
    }

    @Test
    void uploadsAreCheckedByContentAndCounted() throws Exception {
        MockMultipartFile pdf = new MockMultipartFile("attachments", "../../etc/决定书.pdf", "text/plain",
                "%PDF-1.7 ...".getBytes());
        MockMultipartFile fakePng = new MockMultipartFile("attachments", "x.png", "image/png", "<script>".getBytes());
        MockMultipartFile pdfNamedPng = new MockMultipartFile("attachments", "x.png", "image/png", "%PDF-1.4".getBytes());
        MockMultipartFile empty = new MockMultipartFile("attachments", "", "application/octet-stream", new byte[0]);

        assertThat(Attachments.check(List.of(pdf, empty), 3)).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("决定书.pdf");
            assertThat(a.contentType()).isEqualTo("application/pdf");
        });
        assertThatThrownBy(() -> Attachments.check(List.of(fakePng), 3)).hasMessageContaining("x.png");
        assertThatThrownBy(() -> Attachments.check(List.of(pdfNamedPng), 3)).isInstanceOf(FormProblem.class);
        assertThatThrownBy(() -> Attachments.check(List.of(pdf, pdf), 1)).hasMessageContaining("最多 1 个");
    }

    private static String answer(Challenge.Question question) {
        Matcher m = SUM.matcher(question.text());
        assertThat(m.find()).isTrue();
        return String.valueOf(DIGITS.indexOf(m.group(1)) + DIGITS.indexOf(m.group(2)));
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T02:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
