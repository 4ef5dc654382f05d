package cn.jining.credithub.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** 信用济宁, the public credit site: its own store, fed only by the hub's publication feed (docs/portal.md). */
// The feed's consumer is built from portal.feed.* (BrokerFeed); Spring Boot's Artemis auto-configuration is not
// for Artemis 2.55 (org.apache.artemis) and would also connect to a broker nobody configured.
@SpringBootApplication(excludeName = "org.springframework.boot.autoconfigure.jms.artemis.ArtemisAutoConfiguration")
@ConfigurationPropertiesScan
@EnableScheduling
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
