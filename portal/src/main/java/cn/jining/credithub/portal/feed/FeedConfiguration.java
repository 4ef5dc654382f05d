package cn.jining.credithub.portal.feed;

import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.listener.DefaultMessageListenerContainer;
import org.springframework.scheduling.annotation.Scheduled;

/** Wires the feed's transports that are configured: the broker consumer, the import folder, or both. */
@Configuration(proxyBeanMethods = false)
public class FeedConfiguration {

    @Bean
    FeedImport feedImport(FeedApplier applier) {
        return new FeedImport(applier);
    }

    /** The broker consumer, started with the context and stopped with it. */
    @Bean
    @ConditionalOnExpression("!'${portal.feed.broker-url:}'.isBlank()")
    DefaultMessageListenerContainer brokerFeed(FeedProperties properties, FeedApplier applier) {
        return BrokerFeed.container(properties, applier);
    }

    /** Polls the import folder when one is configured. */
    @Bean
    @ConditionalOnExpression("!'${portal.feed.import-dir:}'.isBlank()")
    ImportPoller importPoller(FeedProperties properties, FeedImport feedImport) {
        return new ImportPoller(properties, feedImport);
    }

    /** The scheduled look at the import folder. */
    static final class ImportPoller {
        private final FeedProperties properties;
        private final FeedImport feedImport;

        ImportPoller(FeedProperties properties, FeedImport feedImport) {
            this.properties = properties;
            this.feedImport = feedImport;
        }

        @Scheduled(fixedDelayString = "${portal.feed.import-every:PT10S}", initialDelay = 0)
        void poll() throws IOException {
            feedImport.importFolder(properties.importDir());
        }
    }
}
