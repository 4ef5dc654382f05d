package cn.jining.credithub.contracts.seal;

import java.security.GeneralSecurityException;

/** Signs a message with the key it holds (SM3withSM2 in the envelope). */
public interface Signer {

    /** A DER-encoded signature over {@code message}. */
    byte[] sign(byte[] message) throws GeneralSecurityException;
}
