package cn.jining.credithub.gateway.admin;

import cn.jining.credithub.gateway.broker.EmbeddedBroker;
import cn.jining.credithub.repository.audit.AuditTrail;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dead-letter queues of the hub's consumed queues and their admin (embedded broker only), and the admin audit. */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {

    @Bean
    @ConditionalOnProperty(name = "credithub.broker.embedded", havingValue = "true", matchIfMissing = true)
    DeadLetterAdmin deadLetterAdmin(EmbeddedBroker broker,
                                    @Value("${credithub.queues.dead-letter-address:DLA}") String deadLetterAddress,
                                    @Value("${credithub.queues.intake}") String intake,
                                    @Value("${credithub.queues.repository}") String repository,
                                    @Value("${credithub.queues.province}") String province,
                                    @Value("${credithub.queues.publication}") String publication) throws Exception {
        return new DeadLetterAdmin(broker, deadLetterAddress, List.of(intake, repository, province, publication));
    }

    /** On the intake's bounded pool: an audit trail that cannot be written refuses the action at once. */
    @Bean
    AdminAudit adminAudit(@Qualifier("intakeAuditTrail") AuditTrail trail) {
        return new AdminAudit(trail);
    }
}
