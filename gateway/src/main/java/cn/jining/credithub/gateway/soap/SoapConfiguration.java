package cn.jining.credithub.gateway.soap;

import cn.jining.credithub.adapters.soap.SoapLimits;
import cn.jining.credithub.adapters.soap.SoapSubmissionRoute;
import cn.jining.credithub.gateway.wiring.HubProperties;
import org.apache.cxf.Bus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The SOAP channel on the hub's HTTP server: CXF's servlet at {@code cxf.path} (/soap, from the CXF starter)
 * and the {@code submit} service at /soap/submissions, bounded like the REST channel, its WSDL naming the
 * configured public address ({@link SoapPublicUrl}).
 */
@Configuration(proxyBeanMethods = false)
public class SoapConfiguration {

    @Bean
    SoapSubmissionRoute soapSubmissionRoute(Bus bus, HubProperties properties, Environment environment) {
        return new SoapSubmissionRoute(bus, new SoapLimits(properties.intake().maxRecordsPerBatch(),
                properties.intake().maxBodyBytes()), new SoapPublicUrl(environment));
    }
}
