package cn.jining.credithub.contracts.seal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** SM2 keys: the Bouncy Castle provider instance, key generation and JCA-to-lightweight conversion. */
public final class Sm2Keys {

    /** The curve of GB/T 32918.5. */
    public static final String CURVE = "sm2p256v1";
    /** The default user ID of GB/T 35276 (distinguishing identifier for Z), used for every envelope signature. */
    public static final byte[] DEFAULT_USER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);
    // A private instance, not Security.addProvider: a library jar must not change the JVM's provider list.
    private static final Provider PROVIDER = new BouncyCastleProvider();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Sm2Keys() {
    }

    public static Provider provider() {
        return PROVIDER;
    }

    public static SecureRandom random() {
        return RANDOM;
    }

    /** A fresh SM2 key pair from the JVM's strong random source. */
    public static KeyPair generate() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", PROVIDER);
        generator.initialize(new ECGenParameterSpec(CURVE), RANDOM);
        return generator.generateKeyPair();
    }

    static ECPublicKeyParameters publicParameters(PublicKey key) throws InvalidKeyException {
        return (ECPublicKeyParameters) lightweight(() -> PublicKeyFactory.createKey(key.getEncoded()), key);
    }

    static ECPrivateKeyParameters privateParameters(PrivateKey key) throws InvalidKeyException {
        return (ECPrivateKeyParameters) lightweight(() -> PrivateKeyFactory.createKey(key.getEncoded()), key);
    }

    private static AsymmetricKeyParameter lightweight(KeyDecoder decoder, Key key)
            throws InvalidKeyException {
        if (key == null || key.getEncoded() == null) {
            throw new InvalidKeyException("no encodable key");
        }
        try {
            AsymmetricKeyParameter parameter = decoder.decode();
            if (!(parameter instanceof ECPublicKeyParameters) && !(parameter instanceof ECPrivateKeyParameters)) {
                throw new InvalidKeyException("not an EC key: " + key.getAlgorithm());
            }
            return parameter;
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidKeyException("key cannot be read: " + key.getAlgorithm(), e);
        }
    }

    @FunctionalInterface
    private interface KeyDecoder {
        AsymmetricKeyParameter decode() throws IOException;
    }
}
