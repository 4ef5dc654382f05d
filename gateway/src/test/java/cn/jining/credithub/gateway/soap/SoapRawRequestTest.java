package cn.jining.credithub.gateway.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The SOAP channel as any SOAP stack (or curl) sees it: envelopes posted over plain HTTP. A well-formed request
 * gets its receipt; hostile and broken ones (external entities, entity expansion, oversized, malformed, a
 * wrong encoding, a schema violation) get a SOAP Client fault with a stable code, a clear message and no
 * stack trace, and nothing of them is queued.
 */
class SoapRawRequestTest extends SoapTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    javax.sql.DataSource dataSource;

    private static final String ENVELOPE_START = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
            + "xmlns:sub=\"http://credithub.jining.cn/submission/v1\"><soapenv:Body>";
    private static final String ENVELOPE_END = "</soapenv:Body></soapenv:Envelope>";

    @Test
    void aRawEnvelopeGetsTheReceiptAndNoInternalHeaders() {
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + ENVELOPE_START
                + "<sub:submissionRequest sourceId=\"" + SOURCE + "\" batchId=\"raw-1\">"
                + record("RAW-1", penalty(7700)) + "</sub:submissionRequest>" + ENVELOPE_END;

        HttpResponse<String> response = postSoap(body.getBytes(StandardCharsets.UTF_8), "text/xml; charset=UTF-8");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("submissionReceipt").contains("batchId=\"raw-1\"")
                .contains("recordId=\"RAW-1\"").contains("status=\"ACCEPTED\"").contains("accepted=\"1\"");
        assertThat(response.headers().map().keySet()).noneMatch(h -> h.toLowerCase().startsWith("credithub")
                || h.toLowerCase().startsWith("camel"));
        await().atMost(Duration.ofSeconds(30)).until(() -> store.find("ADMIN_PENALTY", SOURCE, "RAW-1").isPresent());
    }

    @Test
    void theWsdlIsServedBesideTheService() throws Exception {
        HttpResponse<String> wsdl = http.send(HttpRequest.newBuilder(URI.create(serviceUrl() + "?wsdl")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.body()).contains("SubmissionService").contains("submissionFault");
    }

    @Test
    void anExternalEntityIsRefusedAndTheFileItNamesIsNeverRead() throws IOException {
        Path secret = Files.writeString(Files.createTempFile("credithub-secret", ".txt"), "SECRET-" + UUID.randomUUID());
        String body = "<?xml version=\"1.0\"?><!DOCTYPE soapenv:Envelope [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]>" + ENVELOPE_START + "<sub:submissionRequest sourceId=\"" + SOURCE + "\" batchId=\"xxe\">"
                + "<sub:record recordId=\"XXE-1\" category=\"ADMIN_PENALTY\"><sub:field name=\"subjectName\">&xxe;</sub:field>"
                + "</sub:record></sub:submissionRequest>" + ENVELOPE_END;

        HttpResponse<String> response = postSoap(body.getBytes(StandardCharsets.UTF_8), "text/xml; charset=UTF-8");

        Map<String, String> fault = clientFault(response, "MALFORMED");
        assertThat(fault.get("message")).startsWith("the request is not well-formed XML: a DTD (<!DOCTYPE>) is not "
                + "accepted; entity declarations and external entities are refused (line 1, column ");
        assertThat(response.body()).doesNotContain(Files.readString(secret));
        assertThat(store.find("ADMIN_PENALTY", SOURCE, "XXE-1")).isEmpty();
    }

    @Test
    void entityExpansionIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE soapenv:Envelope [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String body = "<?xml version=\"1.0\"?>" + dtd + "]>" + ENVELOPE_START + "<sub:submissionRequest sourceId=\""
                + SOURCE + "\" batchId=\"lol\"><sub:record recordId=\"LOL-1\" category=\"ADMIN_PENALTY\">"
                + "<sub:field name=\"subjectName\">&l9;</sub:field></sub:record></sub:submissionRequest>" + ENVELOPE_END;

        Map<String, String> fault = clientFault(postSoap(body.getBytes(StandardCharsets.UTF_8), "text/xml"), "MALFORMED");
        assertThat(fault.get("message")).containsIgnoringCase("DTD");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsParsed() {
        String padding = "<!-- " + "x".repeat(MAX_BODY_BYTES) + " -->";
        String body = ENVELOPE_START + padding + ENVELOPE_END;

        HttpResponse<String> response = postSoap(body.getBytes(StandardCharsets.UTF_8), "text/xml");

        // A SOAP fault like every other answer of the SOAP channel, not the REST channel's JSON.
        Map<String, String> fault = clientFault(response, "TOO_LARGE");
        assertThat(fault.get("message")).contains("at most " + MAX_BODY_BYTES + " bytes");
    }

    @Test
    void malformedXmlIsAClientFaultNamingWhere() {
        String body = ENVELOPE_START + "<sub:submissionRequest sourceId=\"" + SOURCE + "\" batchId=\"bad\">"
                + "<sub:record recordId=\"M-1\" category=\"ADMIN_PENALTY\"></sub:recrd>" + ENVELOPE_END;

        Map<String, String> fault = clientFault(postSoap(body.getBytes(StandardCharsets.UTF_8), "text/xml"), "MALFORMED");
        assertThat(fault.get("message")).isEqualTo("the request is not well-formed XML: Unexpected close tag "
                + "</sub:recrd>; expected </sub:record> (line 1, column 263)");
    }

    @Test
    void bytesThatAreNotTheDeclaredEncodingAreAClientFault() {
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + ENVELOPE_START
                + "<sub:submissionRequest sourceId=\"" + SOURCE + "\" batchId=\"gbk\">"
                + record("GBK-1", penalty(7701)) + "</sub:submissionRequest>" + ENVELOPE_END;

        HttpResponse<String> response = postSoap(body.getBytes(Charset.forName("GBK")), "text/xml; charset=UTF-8");

        Map<String, String> fault = clientFault(response, "MALFORMED");
        assertThat(fault.get("message")).containsIgnoringCase("UTF-8");
        assertThat(store.find("ADMIN_PENALTY", SOURCE, "GBK-1")).isEmpty();
    }

    @Test
    void aRequestAgainstTheSchemaIsAClientFaultNamingTheAttribute() {
        String body = ENVELOPE_START + "<sub:submissionRequest sourceId=\"" + SOURCE + "\" batchId=\"schema\">"
                + "<sub:record category=\"ADMIN_PENALTY\"><sub:field name=\"subjectName\">x</sub:field></sub:record>"
                + "</sub:submissionRequest>" + ENVELOPE_END;

        Map<String, String> fault = clientFault(postSoap(body.getBytes(StandardCharsets.UTF_8), "text/xml"), "MALFORMED");
        assertThat(fault.get("message")).isEqualTo("the request does not match the service contract (submission.wsdl): "
                + "cvc-complex-type.4: Attribute 'recordId' must appear on element 'sub:record'.");
    }

    @Test
    void aNonCharacterInARecordIdIsRejectedWithItsRuleAndItsNeighbourAccepted() {
        String body = ENVELOPE_START + "<sub:submissionRequest sourceId=\"" + SOURCE + "\" batchId=\"nc-" + UUID.randomUUID()
                + "\">" + record("NC-&#xFDD0;", penalty(7702)) + record("NC-2", penalty(7703)) + "</sub:submissionRequest>"
                + ENVELOPE_END;

        HttpResponse<String> response = postSoap(body.getBytes(StandardCharsets.UTF_8), "text/xml; charset=UTF-8");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("recordId=\"NC-\\uFDD0\"").contains("rule=\"FORBIDDEN_CHARACTER\"")
                .contains("recordId=\"NC-2\" status=\"ACCEPTED\"");
    }

    /** XML 1.0 cannot carry NUL, other C0 controls, lone surrogates or U+FFFE even escaped: a clean Client fault. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"&#0;", "&#x1;", "&#xD800;", "&#xFFFE;"})
    void aCharacterXmlCannotCarryIsAWellFormedFault(String reference) throws Exception {
        String body = ENVELOPE_START + "<sub:submissionRequest sourceId=\"" + SOURCE + "\" batchId=\"x-" + UUID.randomUUID()
                + "\">" + record("X-" + reference, penalty(7704)) + "</sub:submissionRequest>" + ENVELOPE_END;

        HttpResponse<String> response = postSoap(body.getBytes(StandardCharsets.UTF_8), "text/xml; charset=UTF-8");

        clientFault(response, "MALFORMED");
        javax.xml.parsers.DocumentBuilderFactory xml = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        assertThat(xml.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                response.body().getBytes(StandardCharsets.UTF_8))).getDocumentElement().getLocalName()).isEqualTo("Envelope");
    }

    @Test
    void forgedSoapAndHttpHeadersChangeNeitherTheAuditedAddressNorTheSource() {
        String batchId = "forged-&#xFDD0;-" + UUID.randomUUID();
        String body = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "xmlns:sub=\"http://credithub.jining.cn/submission/v1\"><soapenv:Header>"
                + "<CreditHubRemoteAddress>6.6.6.6</CreditHubRemoteAddress>"
                + "<CreditHubAuthenticatedSource>jn-amr</CreditHubAuthenticatedSource></soapenv:Header><soapenv:Body>"
                + "<sub:submissionRequest sourceId=\"" + SOURCE + "\" batchId=\"" + batchId + "\">"
                + record("F-1", penalty(7705)) + "</sub:submissionRequest>" + ENVELOPE_END;
        URI url = URI.create(serviceUrl() + "?CreditHubRemoteAddress=6.6.6.6&CreditHubAuthenticatedSource=jn-amr");

        HttpResponse<String> response = send(signed().post(url, SOURCE, body.getBytes(StandardCharsets.UTF_8))
                .header("Content-Type", "text/xml; charset=UTF-8").header("CreditHubRemoteAddress", "6.6.6.6")
                .header("SOAPAction", "\"http://credithub.jining.cn/submission/v1/submit\"").build());

        assertThat(clientFault(response, "MALFORMED").get("message")).startsWith("batchId contains the character U+FDD0");
        java.util.List<Map<String, Object>> rows = new org.springframework.jdbc.core.JdbcTemplate(dataSource).queryForList(
                "SELECT source_id, detail FROM audit_entry WHERE kind = 'REFUSAL' AND batch_id = ?",
                "forged-\\uFDD0-" + batchId.substring(batchId.lastIndexOf(';') + 2));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("SOURCE_ID")).isEqualTo(SOURCE);
            assertThat(row.get("DETAIL").toString()).contains("\"remoteAddress\":\"127.0.0.1\"").doesNotContain("6.6.6.6");
        });
    }

    /** Asserts a SOAP 1.1 Client fault with the hub's detail, and no Java internals, and returns the detail. */
    private static Map<String, String> clientFault(HttpResponse<String> response, String code) {
        assertThat(response.statusCode()).isEqualTo(500);
        String body = response.body();
        assertThat(body).contains("<faultcode>soap:Client</faultcode>").doesNotContain("Exception").doesNotContain("\tat ");
        Map<String, String> detail = Map.of("code", element(body, "code"), "message", element(body, "message"),
                "correlationId", element(body, "correlationId"));
        assertThat(detail.get("code")).isEqualTo(code);
        assertThat(detail.get("correlationId")).hasSize(36);
        return detail;
    }

    private static String element(String xml, String name) {
        Matcher m = Pattern.compile("<(?:\\w+:)?" + name + "[^>]*>([^<]*)</(?:\\w+:)?" + name + ">").matcher(xml);
        assertThat(m.find()).as("<%s> in %s", name, xml).isTrue();
        return m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static String record(String recordId, ObjectNode data) {
        StringBuilder out = new StringBuilder("<sub:record recordId=\"" + recordId + "\" category=\"ADMIN_PENALTY\">");
        for (Map.Entry<String, JsonNode> e : data.properties()) {
            if (e.getValue().isArray()) {
                out.append("<sub:list name=\"").append(e.getKey()).append("\">");
                e.getValue().forEach(item -> out.append("<sub:item>").append(item.asText()).append("</sub:item>"));
                out.append("</sub:list>");
            } else {
                out.append("<sub:field name=\"").append(e.getKey()).append("\">").append(e.getValue().asText())
                        .append("</sub:field>");
            }
        }
        return out.append("</sub:record>").toString();
    }
}
