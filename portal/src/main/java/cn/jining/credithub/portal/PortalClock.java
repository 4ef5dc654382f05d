package cn.jining.credithub.portal;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The site's clock: publication periods are days in Jining's time zone. */
@Configuration(proxyBeanMethods = false)
public class PortalClock {

    /** The zone publication periods are counted in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
