package cn.jining.credithub.simulator;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.province.AckStatus;
import cn.jining.credithub.contracts.province.Acknowledgement;
import cn.jining.credithub.contracts.seal.SealFailure;
import cn.jining.credithub.contracts.seal.SealHeader;
import cn.jining.credithub.contracts.seal.VerifiedBatch;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the simulated province holds: every verified batch with its acknowledgement and every distinct record.
 * A batch is known by (source, batch id): the same content again is a DUPLICATE and stores nothing; a record is
 * known by (source, category, record id, fingerprint), so a record re-sent inside another batch is counted as a
 * duplicate and stored once.
 */
final class ReceivedStore {

    private final Map<String, StoredBatch> batches = new LinkedHashMap<>();
    private final Map<String, StoredRecord> records = new LinkedHashMap<>();
    private final Map<SealFailure, Integer> refused = new EnumMap<>(SealFailure.class);
    private int duplicateBatches;
    private int duplicateRecords;
    private int lostAcknowledgements;
    private int encryptedBatches;

    /** A received batch: its header, the acknowledgement first given for it, the record keys it stored. */
    record StoredBatch(SealHeader header, Acknowledgement ack, List<String> storedKeys) {
    }

    /** A stored record with the source and batch it came in. */
    record StoredRecord(String sourceId, String batchId, AcceptedRecord record) {
    }

    /** Signs an acknowledgement of the given status for the batch being stored. */
    @FunctionalInterface
    interface Acknowledger {
        Acknowledgement acknowledge(SealHeader header, AckStatus status) throws GeneralSecurityException;
    }

    /** The same batch id came back with other content. */
    static final class BatchIdReusedException extends Exception {
        private static final long serialVersionUID = 1L;

        BatchIdReusedException(String message) {
            super(message);
        }
    }

    /** Stores {@code batch} unless it is known, and returns the acknowledgement to answer with. */
    synchronized Acknowledgement receive(VerifiedBatch batch, Acknowledger acknowledger)
            throws GeneralSecurityException, BatchIdReusedException {
        SealHeader header = batch.header();
        String batchKey = key(header.sourceId(), header.batchId());
        StoredBatch known = batches.get(batchKey);
        if (known != null) {
            if (!known.header().merkleRoot().equals(header.merkleRoot())) {
                throw new BatchIdReusedException("batch " + header.batchId() + " of " + header.sourceId()
                        + " was received before with other records (Merkle root " + known.header().merkleRoot() + ")");
            }
            duplicateBatches++;
            duplicateRecords += header.recordCount();
            return acknowledger.acknowledge(header, AckStatus.DUPLICATE);
        }
        List<String> stored = new ArrayList<>();
        for (AcceptedRecord record : batch.records()) {
            String recordKey = key(header.sourceId(), record.category(), record.recordId(), record.fingerprint());
            if (records.containsKey(recordKey)) {
                duplicateRecords++;
            } else {
                records.put(recordKey, new StoredRecord(header.sourceId(), header.batchId(), record));
                stored.add(recordKey);
            }
        }
        Acknowledgement ack = acknowledger.acknowledge(header, AckStatus.RECEIVED);
        batches.put(batchKey, new StoredBatch(header, ack, stored));
        if (SealHeader.SM4_GCM.equals(header.payload())) {
            encryptedBatches++;
        }
        return ack;
    }

    synchronized void refused(SealFailure code) {
        refused.merge(code, 1, Integer::sum);
    }

    synchronized void lostAcknowledgement() {
        lostAcknowledgements++;
    }

    /** The first acknowledgement of every batch received at or after {@code since}, oldest first. */
    synchronized List<Acknowledgement> acknowledgements(Instant since) {
        return batches.values().stream().map(StoredBatch::ack)
                .filter(ack -> since == null || !ack.receivedAt().isBefore(since)).toList();
    }

    /**
     * Forgets a batch and the records it stored, as if the province had restored an older backup; a null id
     * forgets everything. Returns how many batches were forgotten.
     */
    synchronized int forget(String sourceId, String batchId) {
        if (batchId == null) {
            int count = batches.size();
            batches.clear();
            records.clear();
            return count;
        }
        List<String> keys = batches.keySet().stream().filter(k -> k.endsWith('\u0000' + batchId)
                && (sourceId == null || k.equals(key(sourceId, batchId)))).toList();
        for (String k : keys) {
            batches.remove(k).storedKeys().forEach(records::remove);
        }
        return keys.size();
    }

    synchronized List<StoredRecord> records() {
        return List.copyOf(records.values());
    }

    synchronized ReceivedCounts counts() {
        Map<String, Integer> refusals = new TreeMap<>();
        refused.forEach((code, count) -> refusals.put(code.name(), count));
        return new ReceivedCounts(batches.size(), encryptedBatches, records.size(), duplicateBatches, duplicateRecords,
                lostAcknowledgements, refusals);
    }

    private static String key(String... parts) {
        // A separator no id can contain, so ("a\0b", "c") and ("a", "b\0c") cannot collide.
        return String.join("\u0000", parts);
    }
}
