package cn.jining.credithub.adapters.sftp;

import cn.jining.credithub.contracts.exchange.Echo;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.validation.Violation;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XML file in the SOAP channel's record shape as a stream of batches with StAX, never holding more
 * than one batch:
 * <pre>{@code <records><record recordId="A1" category="ADMIN_PENALTY"><field name="subjectName">…</field>
 * <list name="penaltyKinds"><item>罚款</item></list></record>…</records>}</pre>
 * Names are matched by local name, in any namespace. A record element that is not of that shape is rejected
 * with its line and the rest is read. The file fails from the point where it is not well-formed XML, holds a
 * DTD (refused: no external or expanding entities are ever resolved), or is not valid text in the source's
 * charset; an encoding declaration other than the source's charset fails it before the first record.
 */
public final class XmlBatchReader extends ChunkedBatchReader {

    public static final String RULE_XML_RECORD = "XML_RECORD";
    /** A value longer than this rejects its record; the parser itself stops far earlier than the file's size. */
    static final int MAX_VALUE_CHARS = 65_536;
    private static final XMLInputFactory FACTORY = hardenedFactory();

    private XMLStreamReader xml;

    public XmlBatchReader(InputStream in, SftpFileSettings settings, String file, FileTally tally) {
        super(settings, file, tally);
        // The hub decodes (strictly) in the source's charset and only checks the declaration against it: a parser
        // left to the declaration would decode a mislabelled file with replacement characters.
        Reader reader = new BufferedReader(new InputStreamReader(in, strictDecoder(settings.charset())), 1 << 16);
        try {
            skipByteOrderMark(reader);
            xml = FACTORY.createXMLStreamReader(reader);
            String declared = xml.getCharacterEncodingScheme();
            if (declared != null && !sameCharset(declared, settings.charset())) {
                fail("line 1: the file declares encoding '" + declared + "' but the source's charset is "
                        + settings.charset() + "; write the file in " + settings.charset() + " or change the source's setting");
                return;
            }
            if (toRootElement() == null) {
                fail("the file has no root element");
            }
        } catch (XMLStreamException | java.io.IOException e) {
            failed(e);
        }
    }

    @Override
    protected RecordAtLine nextRecord() {
        try {
            while (xml != null && nextRecordElement()) {
                long line = xml.getLocation().getLineNumber();
                SubmittedRecord record = record(line);
                if (record != null) {
                    return new RecordAtLine(line, record);
                }
            }
        } catch (XMLStreamException e) {
            failed(e);
        }
        return null;
    }

    /** Moves to the next child of the root element; false at the root's end. Text between records is ignored. */
    private boolean nextRecordElement() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                xml = null; // the root's end: nothing after it is read
                return false;
            }
        }
        xml = null;
        return false;
    }

    /** The current element (a child of the root) as a record, read to its end; null when rejected. */
    private SubmittedRecord record(long line) throws XMLStreamException {
        String recordId = attribute("recordId");
        String category = attribute("category");
        String problem = !"record".equals(xml.getLocalName()) ? "is a <" + Echo.of(xml.getLocalName()) + ">, not a <record>"
                : recordId == null ? "has no recordId attribute" : null;
        ObjectNode data = ContractsJson.mapper().createObjectNode();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String element = xml.getLocalName();
            String name = attribute("name");
            if (problem != null) {
                skipElement();
            } else if (!"field".equals(element) && !"list".equals(element)) {
                problem = "has a <" + Echo.of(element) + "> element; a record holds <field> and <list> elements";
                skipElement();
            } else if (name == null || name.isBlank()) {
                problem = "has a <" + element + "> without a name attribute";
                skipElement();
            } else if (data.has(name)) {
                problem = "names field " + Echo.quoted(name) + " more than once";
                skipElement();
            } else if ("field".equals(element)) {
                String value = text();
                if (value == null) {
                    problem = "has field " + Echo.quoted(name) + " with child elements or longer than " + MAX_VALUE_CHARS + " characters";
                } else {
                    data.put(name, value);
                }
            } else {
                ArrayNode items = items();
                if (items == null) {
                    problem = "has list " + Echo.quoted(name) + " with an element other than <item> or an item that is not plain text";
                } else {
                    data.set(name, items);
                }
            }
        }
        if (problem != null) {
            tally.rowUnreadable(line, recordId, new Violation("*", RULE_XML_RECORD, null,
                    "line " + line + ": the record " + problem, "第" + line + "行的记录格式不正确：" + problem));
            return null;
        }
        return new SubmittedRecord(recordId, category == null ? settings.category() : category, data);
    }

    /** The text of the current element, read to its end; null when it has child elements or is too long. */
    private String text() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        boolean plain = true;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                plain = false;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (plain && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                if (text.length() + xml.getTextLength() > MAX_VALUE_CHARS) {
                    plain = false;
                } else {
                    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
            }
        }
        return plain ? text.toString() : null;
    }

    private ArrayNode items() throws XMLStreamException {
        ArrayNode items = ContractsJson.mapper().createArrayNode();
        boolean ok = true;
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!"item".equals(xml.getLocalName())) {
                ok = false;
                skipElement();
                continue;
            }
            String item = text();
            if (item == null) {
                ok = false;
            } else {
                items.add(item);
            }
        }
        return ok ? items : null;
    }

    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }

    private String attribute(String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Moves to the root element; a DTD before it fails the file. */
    private String toRootElement() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                // SECURITY: no DTD, so no external entity (XXE) and no entity expansion (billion laughs).
                fail("line " + xml.getLocation().getLineNumber() + ": the file has a DTD (<!DOCTYPE>); "
                        + "DTDs and entity declarations are not accepted");
                return null;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                return xml.getLocalName();
            }
        }
        return null;
    }

    private void failed(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof CharacterCodingException || e instanceof XMLStreamException x
                && x.getNestedException() instanceof CharacterCodingException) {
            fail(where(e) + "is not valid " + settings.charset() + " text; records before it are answered above");
        } else {
            fail(where(e) + "is not well-formed XML: " + message(e) + "; records before it are answered above");
        }
    }

    private static String where(Exception e) {
        return e instanceof XMLStreamException x && x.getLocation() != null
                ? "line " + x.getLocation().getLineNumber() + ", column " + x.getLocation().getColumnNumber() + " "
                : "the file ";
    }

    /** The parser's reason without its own location prefix (the receipt gives line and column). */
    private static String message(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "")
                .replaceFirst("(?s)\\s*at \\[row,col[^\\]]*\\]: \\[\\d+,\\d+\\]\\s*$", "")
                .replaceAll("\\s+", " ").trim();
    }

    private void fail(String message) {
        tally.fail(message);
        xml = null;
    }

    private static boolean sameCharset(String declared, String setting) {
        try {
            return Charset.forName(declared).equals(Charset.forName(setting));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void skipByteOrderMark(Reader reader) throws java.io.IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    /** SECURITY: no DTD support and no external entities, whatever StAX implementation is on the class path. */
    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resources are not loaded (" + systemId + ")");
        });
        return factory;
    }
}
