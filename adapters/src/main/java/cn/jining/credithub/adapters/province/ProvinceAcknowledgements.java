package cn.jining.credithub.adapters.province;

import cn.jining.credithub.contracts.province.Acknowledgement;
import cn.jining.credithub.contracts.province.AcknowledgementException;
import cn.jining.credithub.contracts.province.AcknowledgementVerifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The province's list of acknowledgements, by batch id, keeping only those signed by the province; the rest are counted. */
public final class ProvinceAcknowledgements {

    private final Map<String, Acknowledgement> byBatchId;
    private final int invalid;

    private ProvinceAcknowledgements(Map<String, Acknowledgement> byBatchId, int invalid) {
        this.byBatchId = Map.copyOf(byBatchId);
        this.invalid = invalid;
    }

    static ProvinceAcknowledgements verified(List<Acknowledgement> listed, AcknowledgementVerifier verifier) {
        Map<String, Acknowledgement> valid = new HashMap<>();
        int invalid = 0;
        for (Acknowledgement ack : listed) {
            try {
                verifier.verifySignature(ack);
                valid.put(ack.batchId(), ack);
            } catch (AcknowledgementException e) {
                invalid++;
            }
        }
        return new ProvinceAcknowledgements(valid, invalid);
    }

    public Optional<Acknowledgement> of(String batchId) {
        return Optional.ofNullable(byBatchId.get(batchId));
    }

    /** Listed acknowledgements whose signature did not verify (ignored: they prove nothing). */
    public int invalid() {
        return invalid;
    }
}
