package cn.jining.credithub.gateway.soap;

import cn.jining.credithub.adapters.soap.ws.SubmissionPort;
import cn.jining.credithub.gateway.HubTestSupport;
import cn.jining.credithub.repository.CreditRecordStore;
import cn.jining.credithub.contracts.sample.SampleRecords;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpResponse;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One hub for the SOAP tests (they share its context): small batch and body limits, the demo SOAP county. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SoapTestSupport extends HubTestSupport {

    /** The demo registry's SOAP county (sources.yml). */
    static final String SOURCE = "zoucheng";
    static final int MAX_RECORDS = 50;
    static final int MAX_BODY_BYTES = 256 * 1024;
    /** The address the WSDL publishes (credithub.soap.public-url), as behind a proxy. */
    static final String PUBLIC_URL = "https://credithub.jining.example/soap/submissions";

    @Autowired
    CreditRecordStore store;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
        registry.add("credithub.intake.max-records-per-batch", () -> MAX_RECORDS);
        registry.add("credithub.intake.max-body-bytes", () -> MAX_BODY_BYTES);
        registry.add("credithub.soap.public-url", () -> PUBLIC_URL);
    }

    /** A valid penalty as 邹城市 sends it: its own enforcement office as the data source (a county's region). */
    static ObjectNode penalty(int n) {
        ObjectNode data = SampleRecords.penalty(n);
        data.put("dataSource", "邹城市综合行政执法局");
        data.put("dataSourceUscc", SampleRecords.creditCode("11370883", 430201));
        return data;
    }

    String serviceUrl() {
        return "http://127.0.0.1:" + port + "/soap/submissions";
    }

    /** A CXF client generated from the WSDL, its requests signed by {@code sourceId}. */
    SubmissionPort client(String sourceId) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(SubmissionPort.class);
        factory.setAddress(serviceUrl());
        factory.getOutInterceptors().add(new SigningOutInterceptor(signed(), sourceId, URI.create(serviceUrl())));
        return (SubmissionPort) factory.create();
    }

    /** A raw SOAP request over plain HTTP, signed by the SOAP county. */
    HttpResponse<String> postSoap(byte[] body, String contentType) {
        return send(signed().post(URI.create(serviceUrl()), SOURCE, body)
                .header("Content-Type", contentType)
                .header("SOAPAction", "\"http://credithub.jining.cn/submission/v1/submit\"").build());
    }
}
