package cn.jining.credithub.portal;

import cn.jining.credithub.contracts.seal.SealingIdentity;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring-started site the portal's web tests share (same properties, so one context): an in-memory H2
 * store, forms without a minimum fill time, and a loopback hub stub that verifies the site's signature.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:portal-site;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "server.address=127.0.0.1",
        "portal.forms.min-fill-time=PT0S",
        "portal.forms.per-client=1000",
        "portal.feed.import-dir=",
        "portal.feed.broker-url="})
public abstract class PortalTestSupport {

    protected static final HubStub HUB = startHub();

    @LocalServerPort
    protected int port;
    @Autowired
    protected SealingIdentity portalIdentity;

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) {
        registry.add("portal.hub.intake-url", () -> HUB.url() + "/api/v1/public");
    }

    @BeforeEach
    void registerTheSiteWithTheHub() {
        HUB.register(portalIdentity.certificate());
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static HubStub startHub() {
        try {
            return HubStub.start("credit-portal", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
