package cn.jining.credithub.contracts.seal;

import static cn.jining.credithub.contracts.seal.SealFailure.DECRYPTION_FAILED;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.json.ContractsJson;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/** Decrypts the SM4-GCM payload of an envelope with the recipient's SM2 private key. */
public final class PayloadOpener {

    private static final TypeReference<List<AcceptedRecord>> RECORDS = new TypeReference<>() {
    };
    private final PrivateKey recipientKey;
    private final String recipientSm3;
    private final KeyWrapper wrapper = new BcSm2KeyWrapper();
    private final PayloadCipher cipher = new BcSm4GcmCipher();

    private PayloadOpener(PrivateKey recipientKey, String recipientSm3) {
        this.recipientKey = recipientKey;
        this.recipientSm3 = recipientSm3;
    }

    /** Opens payloads wrapped for {@code recipient}. */
    public static PayloadOpener forRecipient(SealingIdentity recipient) {
        return new PayloadOpener(recipient.privateKey(), CertificateRef.of(recipient.certificate()).sm3());
    }

    /** Opens nothing: every encrypted payload fails with {@link SealFailure#DECRYPTION_FAILED}. */
    public static PayloadOpener none() {
        return new PayloadOpener(null, null);
    }

    /** The records of {@code payload}, whose AAD must be {@code signedHeader}. */
    public List<AcceptedRecord> open(EncryptedPayload payload, byte[] signedHeader) throws SealException {
        if (recipientKey == null) {
            throw new SealException(DECRYPTION_FAILED, "the payload is encrypted and no recipient key is configured");
        }
        if (payload == null || payload.wrappedKey() == null || payload.iv() == null || payload.ciphertext() == null) {
            throw new SealException(DECRYPTION_FAILED, "the header announces an encrypted payload but there is none");
        }
        if (!recipientSm3.equals(payload.recipientCertificateSm3())) {
            throw new SealException(DECRYPTION_FAILED, "the payload is wrapped for certificate "
                    + payload.recipientCertificateSm3() + ", not for this recipient");
        }
        byte[] key = null;
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            key = wrapper.unwrap(b64.decode(payload.wrappedKey()), recipientKey);
            byte[] plaintext = cipher.decrypt(key, b64.decode(payload.iv()), b64.decode(payload.ciphertext()),
                    signedHeader);
            return ContractsJson.mapper().readValue(plaintext, RECORDS);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SealException(DECRYPTION_FAILED, "the payload cannot be decrypted with this recipient key", e);
        } catch (IOException e) {
            // Authenticated, yet not records: the sealer wrote something else; the content check cannot run.
            throw new SealException(DECRYPTION_FAILED, "the decrypted payload is not a list of records", e);
        } finally {
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }
}
