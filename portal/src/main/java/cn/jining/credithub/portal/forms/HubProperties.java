package cn.jining.credithub.portal.forms;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;

/**
 * The hub's intake the forms go to, and the site's own identity that signs them.
 *
 * @param intakeUrl the base URL of the hub's intake; a form of kind K goes to {@code intakeUrl/K.hubPath()}
 * @param timeout   how long the site waits for the hub
 * @param identity  the signing identity (a PKCS#12 keystore; none: a demo identity made at start)
 */
@ConfigurationProperties("portal.hub")
public record HubProperties(URI intakeUrl, Duration timeout, @Name("identity") Identity identity) {

    /**
     * @param sourceId the site's id in the hub's source registry
     * @param keystore PKCS#12 file of the site's SM2 key and certificate (blank: a demo identity)
     * @param password the keystore's password (from the environment, PORTAL_IDENTITY_PASSWORD)
     * @param alias    the keystore entry
     */
    public record Identity(String sourceId, Path keystore, String password, String alias) {
    }
}
