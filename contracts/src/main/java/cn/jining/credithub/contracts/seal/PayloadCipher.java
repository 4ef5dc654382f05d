package cn.jining.credithub.contracts.seal;

import java.security.GeneralSecurityException;

/** Authenticated encryption of a payload under a fresh key per call (SM4-GCM in the envelope). */
public interface PayloadCipher {

    /** Encrypts under a newly generated key and IV; {@code aad} is authenticated, not encrypted. */
    Encrypted encrypt(byte[] plaintext, byte[] aad) throws GeneralSecurityException;

    /** The plaintext, or an exception if key, IV, ciphertext or {@code aad} do not match. */
    byte[] decrypt(byte[] key, byte[] iv, byte[] ciphertext, byte[] aad) throws GeneralSecurityException;

    /** The fresh key and IV used, and the ciphertext with its authentication tag appended. */
    record Encrypted(byte[] key, byte[] iv, byte[] ciphertext) {
    }
}
