package cn.jining.credithub.gateway.publication;

import cn.jining.credithub.adapters.publication.FeedOutbox;
import cn.jining.credithub.adapters.publication.PublicationDestinationRoute;
import cn.jining.credithub.adapters.publication.PublicationFeedRoute;
import cn.jining.credithub.contracts.publication.PublicationEvent;
import cn.jining.credithub.repository.audit.AuditTrail;
import cn.jining.credithub.routes.source.SourceDefinition;
import cn.jining.credithub.routes.source.SourceRegistry;
import cn.jining.credithub.repository.CreditRecordStore;
import cn.jining.credithub.services.calendar.WorkingDayCalendar;
import cn.jining.credithub.services.objection.ObjectionAttachments;
import cn.jining.credithub.services.objection.ObjectionDeadlines;
import cn.jining.credithub.services.objection.ObjectionService;
import cn.jining.credithub.services.publication.PublicationFeed;
import cn.jining.credithub.services.publication.PublicationMasking;
import cn.jining.credithub.services.publication.PublicationRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Wires the publication feed (docs/publication.md): the rule, masking and holiday tables from
 * credithub.publication.*, the feed's decisions on the repository database, its queue consumer, the outbox drain,
 * objections (credithub.objections.*) and the scheduled withdrawal and escalation.
 */
@Configuration(proxyBeanMethods = false)
public class PublicationConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar(ResourceLoader resources,
                                          @Value("${credithub.publication.holidays}") String location) {
        return load(resources, location, WorkingDayCalendar::read);
    }

    @Bean
    PublicationRules publicationRules(ResourceLoader resources, WorkingDayCalendar calendar,
                                      @Value("${credithub.publication.rules}") String location) {
        return load(resources, location, (name, in) -> PublicationRules.read(name, in, calendar));
    }

    @Bean
    PublicationMasking publicationMasking(ResourceLoader resources,
                                          @Value("${credithub.publication.masking}") String location) {
        return load(resources, location, PublicationMasking::read);
    }

    @Bean
    PublicationFeed publicationFeed(DataSource dataSource, PublicationRules rules, PublicationMasking masking,
                                    SourceRegistry sources, AuditTrail audit, Clock clock) {
        return new PublicationFeed(dataSource, rules, masking,
                id -> sources.find(id).map(SourceDefinition::name).orElse(id), audit, clock);
    }

    @Bean
    PublicationDestinationRoute publicationDestinationRoute(PublicationFeed feed) {
        return new PublicationDestinationRoute(batch -> feed.apply(batch).size());
    }

    @Bean
    ObjectionService objectionService(DataSource dataSource, CreditRecordStore records, PublicationFeed feed,
                                      WorkingDayCalendar calendar, AuditTrail audit, Clock clock,
                                      @Value("${credithub.objections.acknowledge-working-days}") int acknowledge,
                                      @Value("${credithub.objections.decide-working-days}") int decide,
                                      @Value("${credithub.objections.max-attachments}") int maxAttachments,
                                      @Value("${credithub.objections.max-attachment-bytes}") long maxBytes) {
        return new ObjectionService(dataSource, records, feed, new ObjectionAttachments(maxAttachments, maxBytes),
                calendar, new ObjectionDeadlines(acknowledge, decide), audit, clock);
    }

    @Bean
    PublicationFeedRoute publicationFeedRoute(PublicationFeed feed, ObjectionService objections) {
        FeedOutbox outbox = new FeedOutbox() {
            @Override
            public List<PublicationEvent> pending(int max) {
                return feed.store().pending(max);
            }

            @Override
            public void sent(List<String> eventIds) {
                feed.store().sent(eventIds);
            }
        };
        // The scheduled work: periods that ended, objections that became overdue.
        return new PublicationFeedRoute(outbox, () -> {
            feed.withdrawEnded();
            objections.escalateOverdue();
        });
    }

    /** A table that cannot be read stops the start with its name: publishing by a wrong table is worse. */
    private static <T> T load(ResourceLoader resources, String location, BiFunction<String, InputStream, T> reader) {
        Resource resource = resources.getResource(location);
        try (InputStream in = resource.getInputStream()) {
            return reader.apply(location, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the publication table " + location, e);
        }
    }
}
