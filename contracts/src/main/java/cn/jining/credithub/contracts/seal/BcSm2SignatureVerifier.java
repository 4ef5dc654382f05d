package cn.jining.credithub.contracts.seal;

import java.security.InvalidKeyException;
import java.security.PublicKey;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.SM2Signer;

/** Verifies SM3withSM2 signatures (DER, user ID {@link Sm2Keys#DEFAULT_USER_ID}) with Bouncy Castle's {@link SM2Signer}. */
public final class BcSm2SignatureVerifier implements SignatureVerifier {

    @Override
    public boolean verify(byte[] message, byte[] signature, PublicKey key) {
        if (message == null || signature == null) {
            return false;
        }
        try {
            SM2Signer verifier = new SM2Signer();
            verifier.init(false, new ParametersWithID(Sm2Keys.publicParameters(key), Sm2Keys.DEFAULT_USER_ID));
            verifier.update(message, 0, message.length);
            return verifier.verifySignature(signature);
        } catch (InvalidKeyException | IllegalArgumentException e) {
            // A key of another algorithm or a malformed one verifies nothing.
            return false;
        }
    }
}
