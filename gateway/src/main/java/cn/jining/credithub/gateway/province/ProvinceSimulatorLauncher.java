package cn.jining.credithub.gateway.province;

import cn.jining.credithub.contracts.seal.SealingIdentity;
import cn.jining.credithub.gateway.security.HubKeys;
import cn.jining.credithub.gateway.security.KeyFolder;
import cn.jining.credithub.gateway.security.KeyMaterialException;
import cn.jining.credithub.simulator.ProvinceSimulator;
import cn.jining.credithub.simulator.SimulatorSettings;
import java.net.URI;
import java.nio.file.Files;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Demo only: runs the province simulator in the hub's process on loopback, with the province's demo identity from
 * the key folder ({@code province.p12}) and the hub's certificate as the one signer it trusts; pushes from it go to
 * this hub's downward endpoint once the web server's port is known.
 */
public class ProvinceSimulatorLauncher implements DisposableBean, ApplicationListener<WebServerInitializedEvent> {

    private static final String DEMO_PASSWORD = "demo-only";
    private final ProvinceSimulator simulator;
    private final Environment environment;

    public ProvinceSimulatorLauncher(ProvinceProperties properties, HubKeys keys, KeyFolder folder,
                                     Environment environment) {
        this.environment = environment;
        if (!Files.exists(folder.provinceKeystore())) {
            throw new KeyMaterialException("the province simulator needs the demo province identity "
                    + folder.provinceKeystore() + ": set credithub.keys.demo=true, or credithub.province.simulator.enabled=false");
        }
        SealingIdentity province = KeyFolder.loadIdentity(folder.provinceKeystore(), password(), KeyFolder.PROVINCE_ALIAS);
        SimulatorSettings settings = SimulatorSettings.defaults(province, keys.hub().certificate())
                .withPorts(properties.simulator().port(), properties.simulator().controlPort())
                .withTls(true, folder.dir().resolve("province-tls.pem"));
        this.simulator = ProvinceSimulator.start(settings);
    }

    public ProvinceSimulator simulator() {
        return simulator;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() != null) {
            return;
        }
        String host = environment.getProperty("server.address", "127.0.0.1");
        simulator.hubDownwardUrl(URI.create("http://" + host + ":" + event.getWebServer().getPort()
                + "/api/v1/province/downward"));
    }

    @Override
    public void destroy() {
        simulator.close();
    }

    private static char[] password() {
        String password = System.getenv("CREDITHUB_KEYSTORE_PASSWORD");
        return (password == null || password.isEmpty() ? DEMO_PASSWORD : password).toCharArray();
    }
}
