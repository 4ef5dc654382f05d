package cn.jining.credithub.gateway;

import cn.jining.credithub.gateway.broker.BrokerProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints where the hub listens once it is ready, so an operator (and the README) can find it. */
@Component
class StartupReport {

    private final BrokerProperties broker;
    private final Environment environment;

    StartupReport(BrokerProperties broker, Environment environment) {
        this.broker = broker;
        this.environment = environment;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : -1;
        String scheme = environment.getProperty("server.ssl.enabled", Boolean.class, false) ? "https://" : "http://";
        String base = scheme + environment.getProperty("server.address", "127.0.0.1") + ":" + port;
        System.out.println(String.join(System.lineSeparator(),
                "Credit Hub is ready.",
                "  submissions (REST):  POST " + base + "/api/v1/submissions",
                "  health:              " + base + "/actuator/health",
                "  console (Hawtio):    " + base + "/actuator/hawtio (users viewer/operator, docs/operations.md)",
                "  broker:              " + (broker.embedded() ? "embedded Artemis, acceptors " + broker.allAcceptors()
                        + ", data " + broker.dataDir() : "external Artemis at " + broker.url()),
                "  repository:          " + environment.getProperty("spring.datasource.url")));
    }
}
