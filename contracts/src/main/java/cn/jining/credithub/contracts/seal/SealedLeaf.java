package cn.jining.credithub.contracts.seal;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.json.ContractsJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * What a record contributes to the Merkle tree, per envelope format (docs/envelope.md "Merkle tree"). Version 1 seals
 * the fingerprint alone (category and data); version 2 also binds the record's identity: SM3 of the canonical JSON
 * {@code {"category","fingerprint","recordId","subjectCategory","subjectCode"}}, so an envelope cannot carry a
 * record's content under another record id or subject.
 */
public final class SealedLeaf {

    private SealedLeaf() {
    }

    /** The 64-hex leaf value of {@code record} in an envelope of {@code formatVersion}. */
    public static String of(int formatVersion, AcceptedRecord record) {
        if (formatVersion == 1) {
            return record.fingerprint();
        }
        ObjectNode binding = ContractsJson.mapper().createObjectNode();
        binding.put("category", record.category());
        binding.put("fingerprint", record.fingerprint());
        binding.put("recordId", record.recordId());
        binding.put("subjectCategory", record.subjectCategory());
        binding.put("subjectCode", record.subjectCode());
        return Fingerprint.sm3Hex(Fingerprint.canonicalJson(binding).getBytes(StandardCharsets.UTF_8));
    }
}
