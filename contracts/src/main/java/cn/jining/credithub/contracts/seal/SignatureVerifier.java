package cn.jining.credithub.contracts.seal;

import java.security.PublicKey;

/** Checks a signature made by a {@link Signer}. */
public interface SignatureVerifier {

    /** True only if {@code signature} is a valid signature of {@code message} under {@code key}; never throws for bad input. */
    boolean verify(byte[] message, byte[] signature, PublicKey key);
}
