package cn.jining.credithub.gateway;

import cn.jining.credithub.gateway.cli.HubCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The runnable Credit Hub: one Spring Boot application with Camel, the embedded broker and the repository. */
// Spring Boot's own Artemis auto-configuration references JMS server classes Artemis 2.55 no longer has,
// and the hub starts and configures its broker itself (BrokerConfiguration).
@SpringBootApplication(excludeName = "org.springframework.boot.autoconfigure.jms.artemis.ArtemisAutoConfiguration")
@ConfigurationPropertiesScan
public class CreditHubApplication {

    public static void main(String[] args) {
        var command = HubCli.command(args);
        if (command.isPresent()) {
            System.exit(HubCli.run(command.get(), args));
        }
        SpringApplication.run(CreditHubApplication.class, args);
    }
}
