package cn.jining.credithub.gateway.security;

import cn.jining.credithub.contracts.seal.SealingIdentity;
import cn.jining.credithub.gateway.wiring.HubProperties;
import cn.jining.credithub.routes.source.SourceDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the hub's keys from {@code credithub.keys.dir} (layout: {@link KeyFolder}); with
 * {@code credithub.keys.demo=true} it first generates whatever demo material is missing, so the demo runs on
 * a fresh machine with nothing committed.
 */
@Configuration(proxyBeanMethods = false)
public class KeyConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(KeyConfiguration.class);
    /** Only for generated demo material; a real deployment sets CREDITHUB_KEYSTORE_PASSWORD. */
    public static final String DEMO_PASSWORD = "demo-only";
    private static final Set<String> PUSH_CHANNELS = Set.of("rest", "soap");

    @Bean
    KeyFolder keyFolder(@Value("${credithub.keys.dir:${credithub.data-dir:./data}/keys}") String dir) {
        return new KeyFolder(Path.of(dir));
    }

    @Bean
    HubKeys hubKeys(KeyFolder folder, HubProperties properties,
                    @Value("${credithub.keys.demo:false}") boolean demo) {
        char[] password = password(demo);
        if (demo) {
            generateDemoMaterial(folder, properties, password);
        }
        if (!Files.exists(folder.hubKeystore())) {
            throw new KeyMaterialException("the hub keystore " + folder.hubKeystore() + " is missing: create it with "
                    + "`java -jar credit-hub-exec.jar keys demo` (demo material) or set credithub.keys.demo=true "
                    + "(docs/operations.md, Keys)");
        }
        SealingIdentity hub = KeyFolder.loadIdentity(folder.hubKeystore(), password, KeyFolder.HUB_ALIAS);
        X509Certificate province = Files.exists(folder.provinceCertificate())
                ? KeyFolder.loadCertificate(folder.provinceCertificate()) : null;
        Map<String, X509Certificate> sources = new LinkedHashMap<>();
        for (SourceDefinition source : properties.sources()) {
            Path file = certificatePath(folder, source);
            if (Files.exists(file)) {
                sources.put(source.id(), KeyFolder.loadCertificate(file));
            }
        }
        return new HubKeys(hub, province, sources);
    }

    /** A source's certificate: where its registry entry says, else {@code sources/<id>.crt} in the key folder. */
    static Path certificatePath(KeyFolder folder, SourceDefinition source) {
        return source.credentials() != null && source.credentials().certificate() != null
                ? Path.of(source.credentials().certificate()) : folder.sourceCertificate(source.id());
    }

    private static char[] password(boolean demo) {
        String password = System.getenv("CREDITHUB_KEYSTORE_PASSWORD");
        if (password != null && !password.isEmpty()) {
            return password.toCharArray();
        }
        if (demo) {
            return DEMO_PASSWORD.toCharArray();
        }
        throw new KeyMaterialException("CREDITHUB_KEYSTORE_PASSWORD is not set: the hub keystore password comes "
                + "only from the environment");
    }

    private static void generateDemoMaterial(KeyFolder folder, HubProperties properties, char[] password) {
        demoIdentity(folder.hubKeystore(), folder.dir().resolve("hub.crt"), password, KeyFolder.HUB_ALIAS, "credit-hub");
        demoIdentity(folder.provinceKeystore(), folder.provinceCertificate(), password, KeyFolder.PROVINCE_ALIAS,
                "shandong-province-simulator");
        for (SourceDefinition source : properties.sources()) {
            if (PUSH_CHANNELS.contains(source.channel()) && source.credentials() == null) {
                demoIdentity(folder.sourceKeystore(source.id()), folder.sourceCertificate(source.id()), password,
                        source.id(), source.id());
            }
        }
    }

    private static void demoIdentity(Path keystore, Path certificate, char[] password, String alias, String name) {
        if (KeyFolder.ensureDemoIdentity(keystore, certificate, password, alias, name)) {
            LOG.warn("Generated DEMO key material {} (not for production; CREDITHUB_KEYS_DEMO=false turns this off)",
                    keystore.toAbsolutePath());
        } else if (!Files.exists(keystore)) {
            // SECURITY: a certificate that is there stays as it is, whoever put it there.
            LOG.warn("{} exists without {}: no demo key generated over it", certificate.toAbsolutePath(), keystore);
        }
    }
}
