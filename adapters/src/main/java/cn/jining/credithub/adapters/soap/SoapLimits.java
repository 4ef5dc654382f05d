package cn.jining.credithub.adapters.soap;

import java.util.HashMap;
import java.util.Map;

/**
 * Bounds on the XML parser of the SOAP channel, as CXF's Woodstox settings: no request can make the hub
 * build more elements, deeper trees or longer texts than a well-formed submission of the maximum size needs.
 * (DTDs, and with them external and expanding entities, are refused by CXF's parser setup itself.)
 */
public record SoapLimits(int maxRecordsPerBatch, long maxBodyBytes) {

    /** Envelope, Body, submissionRequest, record, list, item: six levels; some room for SOAP headers. */
    static final int MAX_DEPTH = 16;
    /** A record has at most 200 fields (submission.xsd); a list at most 100 items. */
    static final int MAX_FIELDS_PER_RECORD = 200;
    /** An attribute value is an id or a code; submission.xsd allows 64 characters. */
    static final int MAX_ATTRIBUTE_CHARACTERS = 1024;
    /** A field value is at most 4000 characters (submission.xsd); the parser stops far earlier than CXF's 128 MiB. */
    static final int MAX_TEXT_CHARACTERS = 65_536;

    Map<String, Object> parserProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("org.apache.cxf.stax.maxElementDepth", MAX_DEPTH);
        properties.put("org.apache.cxf.stax.maxChildElements", Math.max(maxRecordsPerBatch, MAX_FIELDS_PER_RECORD));
        properties.put("org.apache.cxf.stax.maxAttributeCount", 16);
        properties.put("org.apache.cxf.stax.maxAttributeSize", MAX_ATTRIBUTE_CHARACTERS);
        properties.put("org.apache.cxf.stax.maxTextLength", MAX_TEXT_CHARACTERS);
        // Every record with every field as a list of items, plus the envelope.
        properties.put("org.apache.cxf.stax.maxElementCount", (long) maxRecordsPerBatch * MAX_FIELDS_PER_RECORD * 2 + 100);
        properties.put("org.apache.cxf.stax.maxXMLCharacters", maxBodyBytes);
        return properties;
    }
}
