package cn.jining.credithub.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jining.credithub.contracts.record.FieldSpec;
import cn.jining.credithub.contracts.record.Presence;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.sample.SampleRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The generated XSDs: valid schemas for a hardened factory, and right about a penalty in XML. */
class PenaltyXsdTest {

    @ParameterizedTest
    @EnumSource(RecordCategory.class)
    void everyCategoryXsdIsAValidSchema(RecordCategory category) {
        assertThatCode(() -> PublishedSchemas.xsd(SchemaFiles.xsdFile(category))).doesNotThrowAnyException();
    }

    @Test
    void acceptsTheSamplePenaltyInXml() throws Exception {
        assertThatCode(() -> validate(xml(SampleRecords.penalty(1)))).doesNotThrowAnyException();
    }

    @Test
    void refusesAPenaltyWithoutARequiredElement() throws Exception {
        ObjectNode record = SampleRecords.penalty(1);
        record.remove("decisionNumber");

        assertThatThrownBy(() -> validate(xml(record))).isInstanceOf(SAXException.class)
                .hasMessageContaining("decisionNumber");
    }

    @Test
    void refusesValuesOutsideTheirTypes() throws Exception {
        List<ObjectNode> wrong = List.of(
                SampleRecords.penalty(1).put("decisionDate", "2026-03-01Z"),
                SampleRecords.penalty(1).put("fineAmount", "-2"),
                SampleRecords.penalty(1).put("fineAmount", "1.0000001"),
                SampleRecords.penalty(1).put("uscc", "91370800100000016"),
                SampleRecords.penalty(1).put("subjectCategory", "企业"));
        for (ObjectNode record : wrong) {
            String xml = xml(record);
            assertThatThrownBy(() -> validate(xml)).as(xml).isInstanceOf(SAXException.class);
        }
        ObjectNode kinds = SampleRecords.penalty(1);
        kinds.putArray("penaltyKinds").add("罚款").add("未知");
        assertThatThrownBy(() -> validate(xml(kinds))).isInstanceOf(SAXException.class).hasMessageContaining("未知");
    }

    /** SECURITY: an instance that declares an external entity is refused, never resolved. */
    @Test
    void neverResolvesExternalEntities() throws Exception {
        String xml = xml(SampleRecords.penalty(1)).replaceFirst("<\\?xml[^>]*\\?>",
                "<!DOCTYPE AdministrativePenalty [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>")
                .replace("济宁示例企业1有限公司", "&secret;");

        assertThatThrownBy(() -> validate(xml)).isInstanceOf(SAXException.class)
                .hasMessageContaining("accessExternalDTD");
    }

    @Test
    void elementsFollowTheModelWithChineseDocumentation() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Element sequence = (Element) factory.newDocumentBuilder().parse(PublishedSchemas.open("ADMIN_PENALTY.xsd"))
                .getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "sequence").item(0);
        List<Element> elements = new ArrayList<>();
        for (Node node = sequence.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        List<FieldSpec> specs = FieldSpec.of(RecordCategory.ADMIN_PENALTY.recordType());

        assertThat(elements).extracting(e -> e.getAttribute("name"))
                .containsExactlyElementsOf(specs.stream().map(FieldSpec::name).toList());
        for (int i = 0; i < specs.size(); i++) {
            FieldSpec spec = specs.get(i);
            Element element = elements.get(i);
            assertThat(element.getAttribute("minOccurs")).as(spec.name())
                    .isEqualTo(spec.field().presence() == Presence.ALWAYS ? "1" : "0");
            assertThat(element.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "documentation").item(0)
                    .getTextContent()).isEqualTo(spec.field().zh());
        }
    }

    private static void validate(String xml) throws Exception {
        Schema schema = PublishedSchemas.xsd("ADMIN_PENALTY.xsd");
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new StringReader(xml)));
    }

    /** The record as XML: one element per field in declaration order, a list as its element repeated. */
    private static String xml(ObjectNode record) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter writer = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        writer.writeStartDocument("UTF-8", "1.0");
        writer.setDefaultNamespace(SchemaFiles.XML_NAMESPACE);
        writer.writeStartElement(SchemaFiles.XML_NAMESPACE, "AdministrativePenalty");
        writer.writeDefaultNamespace(SchemaFiles.XML_NAMESPACE);
        for (FieldSpec spec : FieldSpec.of(RecordCategory.ADMIN_PENALTY.recordType())) {
            JsonNode value = record.get(spec.name());
            for (JsonNode item : value == null ? List.<JsonNode>of() : value.isArray() ? list(value) : List.of(value)) {
                writer.writeStartElement(SchemaFiles.XML_NAMESPACE, spec.name());
                writer.writeCharacters(item.asText());
                writer.writeEndElement();
            }
        }
        writer.writeEndElement();
        writer.writeEndDocument();
        writer.close();
        return out.toString();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
