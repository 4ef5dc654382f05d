package cn.jining.credithub.gateway.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.publication.PublicationAction;
import cn.jining.credithub.contracts.publication.PublicationEvent;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.gateway.HubTestSupport;
import cn.jining.credithub.gateway.console.ConsoleAccounts;
import cn.jining.credithub.services.support.TestClock;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.apache.camel.ConsumerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The publication feed end to end on real parts (HTTP, embedded Artemis, H2): a penalty submitted over REST appears on
 * the feed queue, masked; a correction updates it at once; an objection filed at the service window (signed, typed
 * attachment) marks it, the operators see it in their work list, the bureau's answer clears it; when the test clock
 * passes its last day, the scheduled job withdraws it by itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicationEndToEndTest extends HubTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final TestClock CLOCK = new TestClock(Instant.now());
    private static final String WINDOW = "jn-window";

    @Autowired
    ConsumerTemplate consumer;

    @TestConfiguration
    static class MovableTime {

        @Bean
        @Primary
        Clock testClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
        signingSource(registry, 0);
        ConsoleAccounts.register(registry);
        // The service window, through which subjects file objections (credithub.objections.filer-kinds).
        registry.add("credithub.sources[1].id", () -> WINDOW);
        registry.add("credithub.sources[1].name", () -> "济宁市政务服务中心信用窗口");
        registry.add("credithub.sources[1].kind", () -> "window");
        registry.add("credithub.sources[1].region", () -> "370800");
        registry.add("credithub.sources[1].channel", () -> "rest");
        registry.add("credithub.sources[1].categories[0]", () -> "ADMIN_PENALTY");
        registry.add("credithub.publication.drain-interval", () -> 100);
        registry.add("credithub.publication.withdrawal-interval", () -> 200);
        // This test is about the feed: the province link would only see a clock three years on.
        registry.add("credithub.province.enabled", () -> false);
    }

    @Test
    void aPenaltyIsPublishedMaskedCorrectedAndWithdrawnAtTheEndOfItsPeriod() {
        ObjectNode penalty = SampleRecords.penalty(71).put("legalRepresentativeIdNumber", "11010519491231002X")
                .put("legalRepresentativeIdType", "身份证");
        assertThat(submit("jn-amr", "pub-1", List.of(new SubmittedRecord("PUB-71", "ADMIN_PENALTY", penalty)))
                .statusCode()).isEqualTo(200);

        PublicationEvent published = next();
        assertThat(published.action()).isEqualTo(PublicationAction.PUBLISH);
        assertThat(published.recordKey()).isEqualTo("ADMIN_PENALTY/jn-amr/PUB-71");
        assertThat(published.sequence()).isEqualTo(1);
        assertThat(published.publishedUntil()).hasToString("2029-02-28");
        assertThat(published.fields().path("legalRepresentativeIdNumber").asText()).isEqualTo("110105********002X");

        ObjectNode corrected = penalty.deepCopy().put("penaltyContent", "更正后的处罚内容");
        assertThat(submit("jn-amr", "pub-2", List.of(new SubmittedRecord("PUB-71", "ADMIN_PENALTY", corrected)))
                .statusCode()).isEqualTo(200);
        PublicationEvent update = next();
        assertThat(update.action()).isEqualTo(PublicationAction.UPDATE);
        assertThat(update.sequence()).isEqualTo(2);
        assertThat(update.fields().path("penaltyContent").asText()).isEqualTo("更正后的处罚内容");

        String trackingNo = objectionFiledAtTheWindow(corrected);
        PublicationEvent marked = next();
        assertThat(marked.action()).isEqualTo(PublicationAction.UPDATE);
        assertThat(marked.underObjection()).isTrue();
        assertThat(marked.sequence()).isEqualTo(3);
        assertThat(getAsOperator("/api/admin/objections").body()).contains(trackingNo);

        HttpResponse<String> answered = send(signed().jsonPost(objections("/" + trackingNo + "/answer"), DEFAULT_SIGNER,
                "{\"upheld\":false,\"answer\":\"处罚决定合法有效\"}"));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(json(answered).path("state").asText()).isEqualTo("REJECTED");
        PublicationEvent cleared = next();
        assertThat(cleared.underObjection()).isFalse();
        assertThat(cleared.sequence()).isEqualTo(4);

        CLOCK.set(Instant.parse("2029-02-28T17:00:00Z")); // 01:00 on 1 March 2029 in Jining
        PublicationEvent withdrawn = next();
        assertThat(withdrawn.action()).isEqualTo(PublicationAction.WITHDRAW);
        assertThat(withdrawn.sequence()).isEqualTo(5);
        assertThat(withdrawn.reason()).contains("ended on 2029-02-28");
    }

    /** Files an objection to PUB-71 through the window (the bureau itself may not), returns its tracking number. */
    private String objectionFiledAtTheWindow(ObjectNode record) {
        String subject = record.path("uscc").asText();
        String filing = "{\"category\":\"ADMIN_PENALTY\",\"sourceId\":\"jn-amr\",\"recordId\":\"PUB-71\","
                + "\"subjectCode\":\"" + subject + "\",\"reasons\":\"处罚已于复议中撤销\",\"attachments\":"
                + "[{\"fileName\":\"复议决定书.pdf\",\"content\":\"" + Base64.getEncoder().encodeToString(
                "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII)) + "\"}]}";
        HttpResponse<String> byBureau = send(signed().jsonPost(objections(""), DEFAULT_SIGNER, filing));
        assertThat(byBureau.statusCode()).isEqualTo(400);
        assertThat(json(byBureau).path("field").asText()).isEqualTo("source");
        String exe = filing.replace(Base64.getEncoder().encodeToString("%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII)),
                Base64.getEncoder().encodeToString(new byte[] {'M', 'Z', 0, 0}));
        HttpResponse<String> hostile = send(signed().jsonPost(objections(""), WINDOW, exe));
        assertThat(hostile.statusCode()).isEqualTo(400);
        assertThat(json(hostile).path("message").asText()).contains("attachments[0]").doesNotContain("Exception");

        HttpResponse<String> filed = send(signed().jsonPost(objections(""), WINDOW, filing));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        assertThat(json(filed).path("attachments").get(0).path("sm3").asText()).hasSize(64);
        return json(filed).path("trackingNo").asText();
    }

    private URI objections(String path) {
        return URI.create("http://127.0.0.1:" + port + "/api/v1/objections" + path);
    }

    /** The next event on the feed queue, as the public site receives it. */
    private PublicationEvent next() {
        String[] body = new String[1];
        await().atMost(PATIENCE).until(() -> (body[0] = consumer.receiveBody("jms:queue:credit.publication.feed", 500,
                String.class)) != null);
        try {
            return ContractsJson.mapper().readValue(body[0], PublicationEvent.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
