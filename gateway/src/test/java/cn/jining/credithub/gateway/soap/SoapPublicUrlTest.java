package cn.jining.credithub.gateway.soap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The WSDL's address comes from configuration only: the public URL, else the hub's own address and port. */
class SoapPublicUrlTest {

    @Test
    void theConfiguredPublicUrlWins() {
        MockEnvironment environment = new MockEnvironment().withProperty(SoapPublicUrl.PROPERTY, "https://hub.example/soap/submissions")
                .withProperty("server.port", "9090");
        assertThat(new SoapPublicUrl(environment).get()).isEqualTo("https://hub.example/soap/submissions");
    }

    @Test
    void otherwiseTheHubsOwnAddressThePortItListensOnAndTheCxfPath() {
        MockEnvironment environment = new MockEnvironment().withProperty("server.port", "0")
                .withProperty("local.server.port", "41234").withProperty("cxf.path", "/soap");
        assertThat(new SoapPublicUrl(environment).get()).isEqualTo("http://127.0.0.1:41234/soap/submissions");

        environment.withProperty("server.address", "10.1.2.3").withProperty("server.ssl.enabled", "true");
        assertThat(new SoapPublicUrl(environment).get()).isEqualTo("https://10.1.2.3:41234/soap/submissions");

        environment.withProperty("server.address", "0.0.0.0");
        assertThat(new SoapPublicUrl(environment).get()).isEqualTo("https://127.0.0.1:41234/soap/submissions");
    }
}
