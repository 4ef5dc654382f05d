package cn.jining.credithub.contracts.seal;

import org.bouncycastle.crypto.digests.SM3Digest;

/** SM3 (GB/T 32905) through Bouncy Castle's lightweight {@link SM3Digest}; stateless and thread-safe. */
public final class BcSm3Digest implements Digest {

    public static final int SIZE = 32;

    @Override
    public byte[] hash(byte[]... parts) {
        SM3Digest digest = new SM3Digest();
        for (byte[] part : parts) {
            digest.update(part, 0, part.length);
        }
        byte[] out = new byte[SIZE];
        digest.doFinal(out, 0);
        return out;
    }

    @Override
    public int size() {
        return SIZE;
    }
}
