package cn.jining.credithub.contracts.seal;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import java.security.cert.X509Certificate;
import java.util.List;

/** What a verified envelope yields: its header, its signer's certificate and its records, in batch order. */
public record VerifiedBatch(SealHeader header, X509Certificate signer, List<AcceptedRecord> records) {

    public VerifiedBatch {
        records = List.copyOf(records);
    }
}
