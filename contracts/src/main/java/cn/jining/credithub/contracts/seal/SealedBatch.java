package cn.jining.credithub.contracts.seal;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import java.util.List;

/**
 * A sealed batch as it travels: the header, SM3 of its canonical JSON (hex), the SM3withSM2 signature over
 * that JSON (Base64 DER), and the records either in clear ({@code records}) or encrypted ({@code encrypted}).
 */
public record SealedBatch(SealHeader header, String headerSm3, String signature, List<AcceptedRecord> records,
                          EncryptedPayload encrypted) {
}
