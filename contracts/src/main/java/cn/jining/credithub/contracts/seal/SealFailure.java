package cn.jining.credithub.contracts.seal;

/** Why an envelope was refused; the names are stable codes that receipts and logs may rely on. */
public enum SealFailure {
    /** The header names a signer certificate that is not in the verifier's trust store. */
    UNKNOWN_SIGNER,
    /** The header is intact but the signature does not verify under the trusted signer's key. */
    BAD_SIGNATURE,
    /** A record's content does not match its fingerprint, or the records do not give the signed root. */
    ALTERED_RECORD,
    /** The header is malformed or is not the header that was sealed (its SM3 does not match). */
    ALTERED_HEADER,
    /** The envelope's expiry time has passed. */
    EXPIRED,
    /** This source has already delivered a batch with this id. */
    REPLAYED,
    /** The payload could not be decrypted: no or wrong recipient key, or ciphertext, IV or key altered. */
    DECRYPTION_FAILED
}
