package cn.jining.credithub.contracts.seal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;

/** An SM2 private key with its X.509 certificate, as kept in one entry of a PKCS#12 keystore. */
public record SealingIdentity(PrivateKey privateKey, X509Certificate certificate) {

    private static final String TYPE = "PKCS12";

    /**
     * Loads entry {@code alias} of a PKCS#12 keystore. The password comes from the caller (the environment
     * in the hub), never from a file in the repository.
     */
    public static SealingIdentity fromPkcs12(InputStream in, char[] password, String alias)
            throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(TYPE, Sm2Keys.provider());
        store.load(in, password);
        if (!store.isKeyEntry(alias)) {
            throw new UnrecoverableKeyException("no key entry named " + alias);
        }
        PrivateKey key = (PrivateKey) store.getKey(alias, password);
        Certificate certificate = store.getCertificate(alias);
        if (!(certificate instanceof X509Certificate x509)) {
            throw new UnrecoverableKeyException("entry " + alias + " has no X.509 certificate");
        }
        return new SealingIdentity(key, x509);
    }

    /** This identity as a PKCS#12 keystore with one entry {@code alias}. */
    public byte[] toPkcs12(char[] password, String alias) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(TYPE, Sm2Keys.provider());
        store.load(null, null);
        store.setKeyEntry(alias, privateKey, password, new Certificate[] {certificate});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, password);
        return out.toByteArray();
    }

    /** A {@link Signer} with this identity's key. */
    public Signer signer() throws GeneralSecurityException {
        return new BcSm2Signer(privateKey);
    }
}
