package cn.jining.credithub.adapters.downward;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.province.AckStatus;
import cn.jining.credithub.contracts.province.Acknowledgement;
import cn.jining.credithub.contracts.province.AcknowledgementSigner;
import cn.jining.credithub.contracts.seal.ReplayGuard;
import cn.jining.credithub.contracts.seal.SealException;
import cn.jining.credithub.contracts.seal.SealFailure;
import cn.jining.credithub.contracts.seal.SealHeader;
import cn.jining.credithub.contracts.seal.SealVerifier;
import cn.jining.credithub.contracts.seal.SealedBatch;
import cn.jining.credithub.contracts.seal.VerifiedBatch;
import cn.jining.credithub.repository.audit.AuditEntry;
import cn.jining.credithub.repository.audit.AuditKind;
import cn.jining.credithub.repository.audit.AuditTrail;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the hub does with an envelope the province pushes down: verify it against the province certificate
 * only (decrypting it when it is wrapped for the hub), refuse it with a stable code, audit both outcomes, and
 * sign the acknowledgement of a batch it has published.
 */
public class DownwardReception {

    /** The audit trail's destination of a received batch: the address it was published on. */
    public static final String PUBLISHED_TO = "credit.downward";
    /** Batch ids become file names at SFTP subscribers: plain characters only, no path, no leading dot. */
    static final Pattern BATCH_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final String UNKNOWN = "(unknown)";
    private final SealVerifier verifier;
    private final ReplayGuard replayGuard;
    private final AcknowledgementSigner acknowledgements;
    private final AuditTrail audit;
    private final Clock clock;

    /** {@code verifier} must use {@code replayGuard} and trust the province certificate alone. */
    public DownwardReception(SealVerifier verifier, ReplayGuard replayGuard,
                             AcknowledgementSigner acknowledgements, AuditTrail audit, Clock clock) {
        this.verifier = verifier;
        this.replayGuard = replayGuard;
        this.acknowledgements = acknowledgements;
        this.audit = audit;
        this.clock = clock;
    }

    /** The verified envelope of {@code body}; a refusal is audited before it is thrown. */
    public VerifiedBatch verify(byte[] body) throws DownwardRefusal {
        SealedBatch sealed = null;
        try {
            sealed = read(body);
            if (sealed.header() != null && sealed.header().batchId() != null
                    && !BATCH_ID.matcher(sealed.header().batchId()).matches()) {
                throw new DownwardRefusal("MALFORMED", 400, "batchId must be 1-128 characters of A-Z, a-z, 0-9, '.', "
                        + "'_' and '-', starting with a letter or digit (it names the batch's file at subscribers)");
            }
            return verifier.verify(sealed);
        } catch (SealException e) {
            DownwardRefusal refusal = new DownwardRefusal(e.code().name(), status(e.code()), e.getMessage());
            refused(sealed, refusal);
            throw refusal;
        } catch (DownwardRefusal refusal) {
            refused(sealed, refusal);
            throw refusal;
        }
    }

    /** The batch as subscribers receive it. */
    public DownwardBatch toBatch(VerifiedBatch verified) {
        SealHeader header = verified.header();
        return new DownwardBatch(header.sourceId(), header.batchId(), header.createdAt(), clock.instant(),
                header.merkleRoot(), header.signerSubject(), header.signerCertificateSm3(), verified.records());
    }

    /** The batch was not published after all: the province may send it again. */
    public void release(VerifiedBatch verified) {
        replayGuard.release(verified.header().sourceId(), verified.header().batchId());
    }

    /** Audits the published batch and signs its acknowledgement with the hub's identity. */
    public Acknowledgement received(DownwardBatch batch, VerifiedBatch verified) throws GeneralSecurityException {
        replayGuard.kept(batch.origin(), batch.batchId());
        ObjectNode detail = ContractsJson.mapper().createObjectNode();
        detail.put("records", batch.records().size());
        detail.put("merkleRoot", batch.merkleRoot());
        detail.put("signer", batch.signerSubject());
        audit.append(batch.records().isEmpty()
                ? List.of(AuditEntry.of(AuditKind.DOWNWARD, null, batch.origin(), batch.batchId(), null, null,
                        PUBLISHED_TO, detail.toString()))
                // One entry per record, like every other stage, so a record can be traced down to each subscriber.
                : batch.records().stream().map(r -> AuditEntry.of(AuditKind.DOWNWARD, r.category(), batch.origin(),
                        batch.batchId(), r.recordId(), r.fingerprint(), PUBLISHED_TO, detail.toString())).toList());
        return acknowledgements.acknowledge(verified.header(), AckStatus.RECEIVED);
    }

    private static SealedBatch read(byte[] body) throws DownwardRefusal {
        try {
            SealedBatch sealed = ContractsJson.mapper().readValue(body == null ? new byte[0] : body, SealedBatch.class);
            if (sealed == null) {
                throw new DownwardRefusal("MALFORMED", 400, "the body is empty; expected a sealed envelope "
                        + "(docs/envelope.md)");
            }
            return sealed;
        } catch (JsonProcessingException e) {
            // The parser's own words and position, never the body: a refusal must not echo hostile input.
            String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            String member = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                    ? " (" + path(mapping) + ")" : "";
            // Jackson's hints on its own configuration are no help to the province.
            String why = e.getOriginalMessage().replaceFirst("\\s*\\(set DeserializationConfig.*$", "");
            throw new DownwardRefusal("MALFORMED", 400, "the body is not a sealed envelope (docs/envelope.md)" + at
                    + member + ": " + why);
        } catch (IOException e) {
            throw new DownwardRefusal("MALFORMED", 400, "the body cannot be read: " + e.getMessage());
        }
    }

    /** Where in the envelope, e.g. {@code header.recordCount} or {@code records[2].data}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Forged or altered: not who it claims, or not what was sealed; anything else is a bad request. */
    static int status(SealFailure failure) {
        return switch (failure) {
            case UNKNOWN_SIGNER, BAD_SIGNATURE -> 403;
            case REPLAYED -> 409;
            default -> 400;
        };
    }

    private void refused(SealedBatch sealed, DownwardRefusal refusal) {
        SealHeader header = sealed == null ? null : sealed.header();
        ObjectNode detail = ContractsJson.mapper().createObjectNode();
        detail.put("code", refusal.code());
        detail.put("message", clip(refusal.getMessage(), 1_000));
        // The claimed ids are the sender's word only (the envelope was refused); clipped to fit the trail's columns.
        audit.append(List.of(AuditEntry.of(AuditKind.DOWNWARD_REFUSAL, null,
                header == null || header.sourceId() == null ? UNKNOWN : clip(header.sourceId(), 128),
                header == null || header.batchId() == null ? UNKNOWN : clip(header.batchId(), 128), null, null,
                PUBLISHED_TO, detail.toString())));
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
