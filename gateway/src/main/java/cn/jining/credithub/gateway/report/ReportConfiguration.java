package cn.jining.credithub.gateway.report;

import cn.jining.credithub.gateway.security.HubKeys;
import cn.jining.credithub.repository.report.IssuedReportStore;
import cn.jining.credithub.services.report.ReportFont;
import cn.jining.credithub.services.report.ReportIssuer;
import cn.jining.credithub.services.report.ReportNumbers;
import cn.jining.credithub.services.report.ReportPdf;
import cn.jining.credithub.services.report.ReportVerifier;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Credit reports (docs/reports.md): the register, the PDF printer with its CJK font, issuer and verifier. */
@Configuration(proxyBeanMethods = false)
public class ReportConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ReportConfiguration.class);

    @Bean
    IssuedReportStore issuedReportStore(DataSource dataSource) {
        return new IssuedReportStore(dataSource);
    }

    @Bean
    ReportNumbers reportNumbers(Clock clock) {
        return new ReportNumbers(clock);
    }

    /** Without a CJK font (configured or installed) reports are issued as JSON only, said once at start-up. */
    @Bean
    ReportIssuer reportIssuer(HubKeys keys, IssuedReportStore register,
                              @Value("${credithub.reports.font:}") String configured) throws GeneralSecurityException {
        Optional<ReportFont> font = ReportFont.locate(configured.isBlank() ? Optional.empty()
                : Optional.of(Path.of(configured)));
        font.ifPresentOrElse(f -> LOG.info("credit reports are printed with the font {}", f.file()),
                () -> LOG.warn("no CJK TrueType font configured (CREDITHUB_REPORT_FONT) or installed ({}): credit "
                        + "reports are issued as JSON only", ReportFont.KNOWN_LOCATIONS));
        return new ReportIssuer(keys.hub().signer(), font.map(ReportPdf::new), register);
    }

    @Bean
    ReportVerifier reportVerifier(IssuedReportStore register) {
        return new ReportVerifier(register);
    }

    /** One budget for all callers of the anonymous verification endpoint: PDF parsing is not free. */
    @Bean
    RateLimiter reportVerificationRate(@Value("${credithub.reports.verifications-per-second:20}") int perSecond) {
        return RateLimiter.of("report-verification", RateLimiterConfig.custom().limitForPeriod(perSecond)
                .limitRefreshPeriod(Duration.ofSeconds(1)).timeoutDuration(Duration.ZERO).build());
    }
}
