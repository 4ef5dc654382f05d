package cn.jining.credithub.contracts.seal;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/** SM4 (GB/T 32907) in GCM mode: 128-bit key, 96-bit IV, 128-bit tag appended to the ciphertext. */
public final class BcSm4GcmCipher implements PayloadCipher {

    public static final int KEY_BYTES = 16;
    public static final int IV_BYTES = 12;
    public static final int TAG_BITS = 128;

    @Override
    public Encrypted encrypt(byte[] plaintext, byte[] aad) throws GeneralSecurityException {
        // SECURITY: a fresh key and IV on every call, so a (key, IV) pair is never reused under GCM.
        byte[] key = new byte[KEY_BYTES];
        byte[] iv = new byte[IV_BYTES];
        Sm2Keys.random().nextBytes(key);
        Sm2Keys.random().nextBytes(iv);
        return new Encrypted(key, iv, run(true, key, iv, plaintext, aad));
    }

    @Override
    public byte[] decrypt(byte[] key, byte[] iv, byte[] ciphertext, byte[] aad) throws GeneralSecurityException {
        return run(false, key, iv, ciphertext, aad);
    }

    private static byte[] run(boolean encrypt, byte[] key, byte[] iv, byte[] input, byte[] aad)
            throws GeneralSecurityException {
        if (key == null || key.length != KEY_BYTES || iv == null || iv.length != IV_BYTES || input == null) {
            throw new InvalidKeyException("SM4-GCM needs a 16-byte key, a 12-byte IV and input");
        }
        GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, iv, aad));
        byte[] out = new byte[gcm.getOutputSize(input.length)];
        try {
            int n = gcm.processBytes(input, 0, input.length, out, 0);
            n += gcm.doFinal(out, n);
            return n == out.length ? out : Arrays.copyOf(out, n);
        } catch (InvalidCipherTextException | IllegalStateException e) {
            AEADBadTagException bad = new AEADBadTagException("SM4-GCM authentication failed");
            bad.initCause(e);
            throw bad;
        }
    }
}
