package cn.jining.credithub.services.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * A subject's credit information as one party may read it: the subject, then each record (base information, 双公示
 * records, list entries) with its current version, its earlier versions and the source that submitted it; fields
 * cut to the party's policy and personal data masked as its role requires.
 */
public record SubjectProfile(String requestId, Subject subject, List<Entry> records) {

    /** The subject as shown: code and name masked where the party may not see them. */
    public record Subject(String subjectCategory, String code, String name, String region) {
    }

    /** One record: category, source, the source's record id, its current version and the earlier ones. */
    public record Entry(String category, String sourceId, String recordId, Version current, List<Version> history) {
    }

    /** One version: its number, when the hub accepted it, and its (cut, masked) fields. */
    public record Version(int version, Instant acceptedAt, ObjectNode data) {
    }
}
