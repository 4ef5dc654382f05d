package cn.jining.credithub.contracts.seal;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SignatureException;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;

/**
 * SM3withSM2 (GB/T 32918.2) through Bouncy Castle's {@link SM2Signer}: DER-encoded (r, s), user ID
 * {@link Sm2Keys#DEFAULT_USER_ID}. Thread-safe: a new engine per signature.
 */
public final class BcSm2Signer implements Signer {

    private final ECPrivateKeyParameters key;

    public BcSm2Signer(PrivateKey key) throws GeneralSecurityException {
        this.key = Sm2Keys.privateParameters(key);
    }

    @Override
    public byte[] sign(byte[] message) throws GeneralSecurityException {
        SM2Signer signer = new SM2Signer();
        signer.init(true, new ParametersWithID(new ParametersWithRandom(key, Sm2Keys.random()), Sm2Keys.DEFAULT_USER_ID));
        signer.update(message, 0, message.length);
        try {
            return signer.generateSignature();
        } catch (CryptoException e) {
            throw new SignatureException("SM2 signature failed", e);
        }
    }
}
