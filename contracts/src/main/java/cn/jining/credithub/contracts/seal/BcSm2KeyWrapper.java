package cn.jining.credithub.contracts.seal;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import javax.crypto.BadPaddingException;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.params.ParametersWithRandom;

/**
 * SM2 public-key encryption (GB/T 32918.4) of a symmetric key, output in the standard's order
 * C1 || C3 || C2 (C1 an uncompressed point, C3 the SM3 hash, C2 the masked key). Not the JCA "SM2"
 * cipher of Bouncy Castle, which writes the pre-standard C1 || C2 || C3.
 */
public final class BcSm2KeyWrapper implements KeyWrapper {

    @Override
    public byte[] wrap(byte[] key, PublicKey recipient) throws GeneralSecurityException {
        SM2Engine engine = new SM2Engine(SM2Engine.Mode.C1C3C2);
        engine.init(true, new ParametersWithRandom(Sm2Keys.publicParameters(recipient), Sm2Keys.random()));
        try {
            return engine.processBlock(key, 0, key.length);
        } catch (InvalidCipherTextException e) {
            throw new GeneralSecurityException("SM2 key wrap failed", e);
        }
    }

    @Override
    public byte[] unwrap(byte[] wrapped, PrivateKey recipient) throws GeneralSecurityException {
        SM2Engine engine = new SM2Engine(SM2Engine.Mode.C1C3C2);
        engine.init(false, Sm2Keys.privateParameters(recipient));
        try {
            return engine.processBlock(wrapped, 0, wrapped.length);
        } catch (InvalidCipherTextException | IllegalArgumentException | IllegalStateException e) {
            // BC reports a malformed C1 point with IllegalArgumentException; either way the key is not ours.
            BadPaddingException bad = new BadPaddingException("SM2 key unwrap failed");
            bad.initCause(e);
            throw bad;
        }
    }
}
