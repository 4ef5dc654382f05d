package cn.jining.credithub.contracts.schema;

import cn.jining.credithub.contracts.record.FieldSpec;
import cn.jining.credithub.contracts.record.Presence;
import cn.jining.credithub.contracts.record.RecordCategory;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The XSD of one record category, generated from its fields' {@code @Field} descriptions: a global
 * element and a complex type whose elements follow the record's declaration order. Presence that
 * depends on the subject category cannot be said in XSD 1.0, so those elements are optional here.
 */
final class XsdRecordSchema {

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    /** Free text without control characters other than tab, LF and CR, as the validator requires. */
    private static final String FREE_TEXT = "([^\\p{Cc}]|[\\t\\n\\r])*";

    private XsdRecordSchema() {
    }

    /** The global element's name: the record type's simple name, e.g. {@code AdministrativePenalty}. */
    static String elementName(RecordCategory category) {
        return category.recordType().getSimpleName();
    }

    static Document of(RecordCategory category) {
        Document doc = newDocument();
        Element schema = doc.createElementNS(XS, "xs:schema");
        doc.appendChild(schema);
        schema.setAttribute("targetNamespace", SchemaFiles.XML_NAMESPACE);
        schema.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xs", XS);
        schema.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", SchemaFiles.XML_NAMESPACE);
        schema.setAttribute("elementFormDefault", "qualified");
        document(schema, category.label() + " (" + category.name() + ")");
        String typeName = elementName(category) + "Type";
        Element root = child(schema, "element");
        root.setAttribute("name", elementName(category));
        root.setAttribute("type", typeName);
        Element type = child(schema, "complexType");
        type.setAttribute("name", typeName);
        document(type, category.label());
        Element sequence = child(type, "sequence");
        for (FieldSpec spec : FieldSpec.of(category.recordType())) {
            field(sequence, FieldConstraints.of(spec));
        }
        return doc;
    }

    private static void field(Element sequence, FieldConstraints field) {
        Element element = child(sequence, "element");
        element.setAttribute("name", field.name());
        element.setAttribute("minOccurs", field.presence() == Presence.ALWAYS ? "1" : "0");
        if (field.repeated()) {
            // A list is its element repeated, once per value.
            element.setAttribute("maxOccurs", "unbounded");
        }
        document(element, field.zh());
        Element restriction = child(child(element, "simpleType"), "restriction");
        switch (field.type()) {
            case TEXT -> text(restriction, field);
            case DATE -> {
                // xs:date alone would also take a time zone suffix, which the JSON mapping does not.
                restriction.setAttribute("base", "xs:date");
                facet(restriction, "pattern", FieldConstraints.DATE_PATTERN);
            }
            case DATE_TIME -> restriction.setAttribute("base", "xs:dateTime");
            case DECIMAL -> {
                restriction.setAttribute("base", "xs:decimal");
                facet(restriction, "minInclusive", "0");
                facet(restriction, "maxExclusive", FieldConstraints.AMOUNT_LIMIT.toPlainString());
                facet(restriction, "fractionDigits", String.valueOf(FieldConstraints.AMOUNT_STEP.scale()));
            }
            case INTEGER -> restriction.setAttribute("base", "xs:long");
            case BOOLEAN -> restriction.setAttribute("base", "xs:boolean");
        }
    }

    private static void text(Element restriction, FieldConstraints field) {
        restriction.setAttribute("base", "xs:string");
        if (!field.choices().isEmpty()) {
            field.choices().forEach(choice -> facet(restriction, "enumeration", choice));
            return;
        }
        facet(restriction, "minLength", "1");
        facet(restriction, "maxLength", String.valueOf(field.maxLength()));
        facet(restriction, "pattern", field.pattern() == null ? FREE_TEXT : field.pattern());
    }

    private static void facet(Element restriction, String name, String value) {
        child(restriction, name).setAttribute("value", value);
    }

    private static void document(Element parent, String text) {
        Element documentation = child(child(parent, "annotation"), "documentation");
        documentation.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", "zh");
        documentation.setTextContent(text);
    }

    private static Element child(Element parent, String localName) {
        Element child = parent.getOwnerDocument().createElementNS(XS, "xs:" + localName);
        parent.appendChild(child);
        return child;
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML document builder", e);
        }
    }
}
