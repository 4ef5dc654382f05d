package cn.jining.credithub.contracts.schema;

import cn.jining.credithub.contracts.json.ContractsJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** Test access to the schemas the build generated into the contracts jar (classpath {@code schemas/}). */
final class PublishedSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private PublishedSchemas() {
    }

    static InputStream open(String fileName) {
        InputStream in = PublishedSchemas.class.getClassLoader().getResourceAsStream(SchemaFiles.resource(fileName));
        if (in == null) {
            throw new IllegalStateException(SchemaFiles.resource(fileName) + " is not on the classpath");
        }
        return in;
    }

    static JsonNode json(String fileName) {
        try (InputStream in = open(fileName)) {
            return ContractsJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Schema jsonSchema(String fileName) {
        return REGISTRY.getSchema(json(fileName));
    }

    /** Errors of {@code instance}; formats ("date") are asserted, as a strict consumer would. */
    static List<Error> validate(Schema schema, JsonNode instance) {
        return schema.validate(instance, context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)));
    }

    /** The meta-schema of the dialect the generator writes. */
    static Schema metaSchema() {
        return REGISTRY.getSchema(SchemaLocation.of(JsonRecordSchema.DIALECT));
    }

    /** SECURITY: a schema factory that reads only what it is given; no DTD or schema is ever fetched. */
    static SchemaFactory hardenedSchemaFactory() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    static javax.xml.validation.Schema xsd(String fileName) throws SAXException {
        return hardenedSchemaFactory().newSchema(new StreamSource(open(fileName), fileName));
    }
}
