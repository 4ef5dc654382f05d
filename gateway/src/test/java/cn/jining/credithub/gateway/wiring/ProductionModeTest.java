package cn.jining.credithub.gateway.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.contracts.seal.DemoKeys;
import cn.jining.credithub.gateway.CreditHubApplication;
import cn.jining.credithub.gateway.HubTestSupport;
import cn.jining.credithub.gateway.security.KeyFolder;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Production mode refuses every demo-only or open setting before anything starts, each named by its environment
 * variable and property, all in one error; the demo (default mode) is untouched.
 */
class ProductionModeTest {

    @TempDir
    Path data;

    /** A deployment production mode accepts: the baseline each case below spoils in one place. */
    private Map<String, Object> deployment() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("credithub.mode", "production");
        settings.put("credithub.keys.dir", data.resolve("keys").toString());
        settings.put("credithub.keys.demo", "false");
        settings.put("credithub.demo.enabled", "false");
        settings.put("credithub.province.enabled", "true");
        settings.put("credithub.province.simulator.enabled", "false");
        settings.put("credithub.province.url", "https://province.example/credit");
        settings.put("credithub.broker.embedded", "true");
        settings.put("credithub.broker.acceptors", "vm://0");
        settings.put("server.address", "127.0.0.1");
        settings.put("credithub.console.viewer-password", "v");
        settings.put("credithub.console.operator-password", "o");
        return settings;
    }

    @Test
    void aProperDeploymentPasses() {
        assertThat(ProductionMode.violations(environment(deployment()))).isEmpty();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "credithub.keys.demo|true|CREDITHUB_KEYS_DEMO (credithub.keys.demo)",
        "credithub.demo.enabled|true|CREDITHUB_DEMO (credithub.demo.enabled)",
        "credithub.province.simulator.enabled|true|CREDITHUB_PROVINCE_SIMULATOR (credithub.province.simulator.enabled)",
        "credithub.province.url|http://province.example/credit|CREDITHUB_PROVINCE_URL (credithub.province.url)",
        "credithub.broker.tcp-port|61616|CREDITHUB_BROKER_PORT (credithub.broker.tcp-port",
        "server.address|0.0.0.0|CREDITHUB_HTTP_ADDRESS (server.address)",
        "credithub.console.operator-password|''|CREDITHUB_OPERATOR_PASSWORD (credithub.console.operator-password)",
        "credithub.sources[0].sftp.host|sftp.example|credithub.sources[0].sftp.knownHostsPath"})
    void eachRefusalNamesItsSetting(String property, String value, String named) {
        Map<String, Object> settings = deployment();
        settings.put(property, value);
        if (property.startsWith("credithub.sources")) {
            settings.put("credithub.sources[0].id", "qufu-files");
            settings.put("credithub.sources[0].channel", "sftp");
        }
        List<String> violations = ProductionMode.violations(environment(settings));
        assertThat(violations).hasSize(1);
        assertThat(violations.get(0)).contains(named);
    }

    @Test
    void plainHttpOffLoopbackPassesOnlyWithTls() {
        Map<String, Object> settings = deployment();
        settings.put("server.address", "0.0.0.0");
        settings.put("server.ssl.enabled", "true");
        assertThat(ProductionMode.violations(environment(settings))).isEmpty();
    }

    @Test
    void demoCertificatesLeftInTheKeyFolderAreRefused() throws Exception {
        KeyFolder folder = new KeyFolder(data.resolve("keys"));
        KeyFolder.writePem(folder.provinceCertificate(), DemoKeys.generate("shandong-province-simulator").certificate());
        assertThat(ProductionMode.violations(environment(deployment()))).singleElement().asString()
                .contains("CREDITHUB_KEYS_DIR (credithub.keys.dir)").contains("province.crt").contains("DEMO");
    }

    @Test
    void theDemoDefaultsStopAProductionStartWithOneErrorListingEverything() {
        SpringApplicationBuilder hub = new SpringApplicationBuilder(CreditHubApplication.class);
        int port = HubTestSupport.freePort();
        assertThatThrownBy(() -> hub.run("--credithub.mode=production", "--credithub.data-dir=" + data,
                "--server.port=" + port))
                .isInstanceOfSatisfying(ProductionModeRefusal.class, refusal -> {
                    assertThat(refusal.violations()).hasSize(6);
                    FailureAnalysis analysis = new ProductionModeFailureAnalyzer().analyze(refusal);
                    assertThat(analysis.getDescription()).contains("CREDITHUB_KEYS_DEMO", "CREDITHUB_DEMO ",
                            "CREDITHUB_PROVINCE_SIMULATOR", "CREDITHUB_PROVINCE_URL", "CREDITHUB_VIEWER_PASSWORD",
                            "CREDITHUB_OPERATOR_PASSWORD");
                });
        // Refused before anything started: no demo key was generated into the data folder.
        assertThat(data.resolve("keys")).doesNotExist();
    }

    private static StandardEnvironment environment(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        return environment;
    }
}
