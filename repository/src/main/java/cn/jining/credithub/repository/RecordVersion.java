package cn.jining.credithub.repository;

import cn.jining.credithub.contracts.exchange.AcceptanceStamp;

/**
 * One version of a record, as its history shows it: its number in acceptance order, content, the batch that
 * brought it, when it was accepted, and whether it is the current one.
 */
public record RecordVersion(int version, String fingerprint, String batchId, AcceptanceStamp acceptedAt,
                            String payload, String originalPayload, boolean current) {

    RecordVersion numbered(int number) {
        return new RecordVersion(number, fingerprint, batchId, acceptedAt, payload, originalPayload, current);
    }
}
