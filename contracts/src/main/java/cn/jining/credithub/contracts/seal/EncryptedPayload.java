package cn.jining.credithub.contracts.seal;

/**
 * The records of a batch encrypted with SM4-GCM (all values Base64): the SM4 key wrapped with SM2 (C1C3C2)
 * for one recipient, the 96-bit IV and the ciphertext with its 128-bit tag appended.
 */
public record EncryptedPayload(String recipientCertificateSm3, String wrappedKey, String iv, String ciphertext) {
}
