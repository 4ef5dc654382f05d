package cn.jining.credithub.contracts.schema;

import cn.jining.credithub.contracts.record.RecordCategory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;

/**
 * Writes the published schemas from the record model: per category {@code <CATEGORY>.schema.json} and
 * {@code <CATEGORY>.xsd}, and {@code submission.schema.json}. The build runs it into
 * {@code target/classes/schemas}, so the contracts jar ships them; nobody edits the output by hand.
 */
public final class SchemaGenerator {

    private static final ObjectWriter JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build().writer();

    private SchemaGenerator() {
    }

    /** {@code args[0]}: the folder to write into (created if missing). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: SchemaGenerator <output folder>");
        }
        List<Path> written = generate(Path.of(args[0]));
        System.out.println("SchemaGenerator: wrote " + written.size() + " schemas to " + args[0]);
    }

    /** Writes every schema into {@code folder}; returns the files written. */
    public static List<Path> generate(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (RecordCategory category : RecordCategory.values()) {
            written.add(writeJson(folder.resolve(SchemaFiles.jsonFile(category)), JsonRecordSchema.of(category)));
            written.add(writeXml(folder.resolve(SchemaFiles.xsdFile(category)), XsdRecordSchema.of(category)));
        }
        written.add(writeJson(folder.resolve(SchemaFiles.SUBMISSION_JSON), JsonSubmissionSchema.of()));
        return written;
    }

    private static Path writeJson(Path file, ObjectNode schema) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            JSON.writeValue(out, schema);
        }
        return file;
    }

    private static Path writeXml(Path file, Document document) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Transformer transformer = transformerFactory().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            document.setXmlStandalone(true);
            transformer.transform(new DOMSource(document), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IOException("cannot write " + file, e);
        }
        return file;
    }

    private static TransformerFactory transformerFactory() throws TransformerException {
        TransformerFactory factory = TransformerFactory.newInstance();
        // SECURITY: the identity transform reads only our own DOM, but a factory never fetches anything.
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return factory;
    }
}
