package cn.jining.credithub.contracts.exchange;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A validated record in its canonical form, as it travels on the hub's queues to every destination.
 * {@code data} is the canonical JSON of the record; the fingerprint is the SM3 of category and data only.
 * {@code original} is the record's data exactly as the source submitted it, before normalisation, kept so
 * that what the hub made of a value can always be shown beside what it was sent.
 */
public record AcceptedRecord(String category, String recordId, String fingerprint, String subjectCategory,
                             String subjectCode, JsonNode data, JsonNode original) {
}
