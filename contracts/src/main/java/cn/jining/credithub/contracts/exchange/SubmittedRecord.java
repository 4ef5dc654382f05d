package cn.jining.credithub.contracts.exchange;

import com.fasterxml.jackson.databind.JsonNode;

/** One record as a source submits it: its own id, its category, and its fields in the canonical names. */
public record SubmittedRecord(String recordId, String category, JsonNode data) {
}
