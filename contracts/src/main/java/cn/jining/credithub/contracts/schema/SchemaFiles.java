package cn.jining.credithub.contracts.schema;

import cn.jining.credithub.contracts.record.RecordCategory;

/**
 * Where the published schemas are: file names in the generated folder and the classpath resources of
 * the contracts jar ({@code schemas/ADMIN_PENALTY.schema.json}, {@code schemas/ADMIN_PENALTY.xsd}, ...).
 */
public final class SchemaFiles {

    /** The classpath folder of the schemas inside the contracts jar. */
    public static final String FOLDER = "schemas";
    public static final String SUBMISSION_JSON = "submission.schema.json";
    /** Identifiers, not addresses: nothing is served there, so no validator tries to fetch them. */
    static final String ID_PREFIX = "urn:cn-jining-credithub:schemas:";
    /** The XML namespace of every category's XSD. */
    public static final String XML_NAMESPACE = "urn:cn-jining-credithub:records";

    private SchemaFiles() {
    }

    public static String jsonFile(RecordCategory category) {
        return category.name() + ".schema.json";
    }

    public static String xsdFile(RecordCategory category) {
        return category.name() + ".xsd";
    }

    /** The classpath resource name of a file in {@link #FOLDER}, e.g. {@code schemas/ADMIN_PENALTY.xsd}. */
    public static String resource(String fileName) {
        return FOLDER + "/" + fileName;
    }

    static String id(String fileName) {
        return ID_PREFIX + fileName;
    }
}
