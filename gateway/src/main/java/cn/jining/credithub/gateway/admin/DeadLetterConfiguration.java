package cn.jining.credithub.gateway.admin;

import cn.jining.credithub.gateway.broker.EmbeddedBroker;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dead-letter queues of the hub's consumed queues and their admin, on the embedded broker only. */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {

    @Bean
    @ConditionalOnProperty(name = "credithub.broker.embedded", havingValue = "true", matchIfMissing = true)
    DeadLetterAdmin deadLetterAdmin(EmbeddedBroker broker,
                                    @Value("${credithub.queues.dead-letter-address:DLA}") String deadLetterAddress,
                                    @Value("${credithub.queues.intake}") String intake,
                                    @Value("${credithub.queues.repository}") String repository) throws Exception {
        return new DeadLetterAdmin(broker, deadLetterAddress, List.of(intake, repository));
    }
}
