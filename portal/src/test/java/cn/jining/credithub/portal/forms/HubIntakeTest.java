package cn.jining.credithub.portal.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.contracts.auth.RequestSigner;
import cn.jining.credithub.contracts.seal.DemoKeys;
import cn.jining.credithub.contracts.seal.SealingIdentity;
import cn.jining.credithub.portal.HubStub;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The forms' client against a loopback HTTP stub of the hub's intake that checks the signature as the hub does. */
class HubIntakeTest {

    private HubStub hub;

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void aFormIsPostedSignedWithTheSitesIdentity() throws Exception {
        SealingIdentity portal = DemoKeys.generate("credit-portal");
        hub = HubStub.start("credit-portal", portal.certificate());
        HubIntake intake = new HubIntake(URI.create(hub.url() + "/api/v1/public/"), Duration.ofSeconds(5),
                RequestSigner.of("credit-portal", portal));
        byte[] json = "{\"kind\":\"COMPLAINT\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(intake.send(FormKind.COMPLAINT, json)).contains("\"reference\"");
        assertThat(hub.received()).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo("/api/v1/public/complaints");
            assertThat(r.body()).isEqualTo(json);
        });
    }

    @Test
    void anotherIdentitysSignatureIsRefusedAndTheFormIsNotTakenAsDelivered() throws Exception {
        hub = HubStub.start("credit-portal", DemoKeys.generate("credit-portal").certificate());
        HubIntake forger = new HubIntake(URI.create(hub.url() + "/api/v1/public"), Duration.ofSeconds(5),
                RequestSigner.of("credit-portal", DemoKeys.generate("someone-else")));

        assertThatThrownBy(() -> forger.send(FormKind.OBJECTION, "{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(HubIntake.Unavailable.class).hasMessageContaining("401");
        assertThat(hub.received()).isEmpty();
    }

    @Test
    void anUnreachableHubIsUnavailable() throws Exception {
        hub = HubStub.start("credit-portal", DemoKeys.generate("credit-portal").certificate());
        String url = hub.url();
        hub.close();
        HubIntake intake = new HubIntake(URI.create(url), Duration.ofSeconds(2),
                RequestSigner.of("credit-portal", DemoKeys.generate("credit-portal")));
        assertThatThrownBy(() -> intake.send(FormKind.REPAIR, new byte[0])).isInstanceOf(HubIntake.Unavailable.class);
    }
}
