package cn.jining.credithub.portal.forms;

import cn.jining.credithub.contracts.auth.RequestSigner;
import cn.jining.credithub.contracts.seal.DemoKeys;
import cn.jining.credithub.contracts.seal.SealingIdentity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The forms' parts: challenge, rate limit, and the signed client of the hub's intake. */
@Configuration(proxyBeanMethods = false)
public class FormsConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(FormsConfiguration.class);

    @Bean
    Challenge challenge(Clock clock, FormsProperties forms) {
        return new Challenge(clock, forms.minFillTime(), forms.challengeTtl());
    }

    @Bean
    RateLimiter rateLimiter(Clock clock, FormsProperties forms) {
        return new RateLimiter(clock, forms.perClient(), forms.window());
    }

    /** The site's signing identity: its keystore, or (demo, tests) one made now whose certificate is logged. */
    @Bean
    SealingIdentity portalIdentity(HubProperties hub) throws GeneralSecurityException, IOException {
        HubProperties.Identity identity = hub.identity();
        if (identity.keystore() == null || identity.keystore().toString().isBlank()) {
            SealingIdentity demo = DemoKeys.generate(identity.sourceId());
            LOG.warn("no portal.hub.identity.keystore: forms are signed by a demo identity made now ({}); register "
                    + "its certificate with the hub, or configure a keystore", demo.certificate().getSubjectX500Principal());
            return demo;
        }
        char[] password = identity.password() == null ? new char[0] : identity.password().toCharArray();
        try (InputStream in = Files.newInputStream(identity.keystore())) {
            return SealingIdentity.fromPkcs12(in, password, identity.alias());
        }
    }

    @Bean
    HubIntake hubIntake(HubProperties hub, SealingIdentity portalIdentity) throws GeneralSecurityException {
        return new HubIntake(hub.intakeUrl(), hub.timeout(), RequestSigner.of(hub.identity().sourceId(), portalIdentity));
    }
}
