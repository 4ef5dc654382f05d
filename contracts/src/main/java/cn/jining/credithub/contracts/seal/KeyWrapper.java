package cn.jining.credithub.contracts.seal;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;

/** Encrypts a symmetric key for one recipient's public key (SM2, C1C3C2, in the envelope). */
public interface KeyWrapper {

    byte[] wrap(byte[] key, PublicKey recipient) throws GeneralSecurityException;

    byte[] unwrap(byte[] wrapped, PrivateKey recipient) throws GeneralSecurityException;
}
