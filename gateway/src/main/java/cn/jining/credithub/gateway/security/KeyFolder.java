package cn.jining.credithub.gateway.security;

import cn.jining.credithub.contracts.seal.DemoKeys;
import cn.jining.credithub.contracts.seal.SealingIdentity;
import cn.jining.credithub.contracts.seal.Sm2Keys;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * The layout of the hub's key folder ({@code credithub.keys.dir}, docs/operations.md "Keys"):
 * {@code hub.p12} (alias {@code hub}) is the hub's SM2 sealing identity, {@code province.crt} the provincial
 * platform's certificate, {@code sources/<id>.crt} a pushing source's certificate. Demo material adds
 * {@code province.p12} (for the simulator) and {@code sources/<id>.p12} (for demo clients).
 */
public record KeyFolder(Path dir) {

    public static final String HUB_ALIAS = "hub";
    public static final String PROVINCE_ALIAS = "province";

    public Path hubKeystore() {
        return dir.resolve("hub.p12");
    }

    public Path provinceCertificate() {
        return dir.resolve("province.crt");
    }

    public Path provinceKeystore() {
        return dir.resolve("province.p12");
    }

    public Path sourceCertificate(String sourceId) {
        return dir.resolve("sources").resolve(sourceId + ".crt");
    }

    public Path sourceKeystore(String sourceId) {
        return dir.resolve("sources").resolve(sourceId + ".p12");
    }

    /** Loads entry {@code alias} of the PKCS#12 keystore at {@code file}. */
    public static SealingIdentity loadIdentity(Path file, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(file)) {
            return SealingIdentity.fromPkcs12(in, password, alias);
        } catch (IOException | GeneralSecurityException e) {
            throw new KeyMaterialException("cannot read keystore " + file + " (entry " + alias + "): " + e.getMessage(), e);
        }
    }

    /** Reads an X.509 certificate in PEM or DER. */
    public static X509Certificate loadCertificate(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            // The JDK's own factory does not know the SM2 curve; Bouncy Castle's does.
            return (X509Certificate) CertificateFactory.getInstance("X.509", Sm2Keys.provider()).generateCertificate(in);
        } catch (IOException | GeneralSecurityException e) {
            throw new KeyMaterialException("cannot read certificate " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Generates a demo identity (self-signed, {@code O=DEMO}) and writes it as a keystore and a PEM certificate,
     * only when neither file exists: demo material never replaces a deployment's key or certificate. Returns
     * whether it wrote them.
     */
    public static boolean ensureDemoIdentity(Path keystore, Path certificate, char[] password, String alias,
                                             String commonName) {
        if (Files.exists(keystore) || Files.exists(certificate)) {
            return false;
        }
        try {
            SealingIdentity identity = DemoKeys.generate(commonName);
            writeIdentity(keystore, certificate, identity, password, alias);
            return true;
        } catch (GeneralSecurityException e) {
            throw new KeyMaterialException("cannot write demo keystore " + keystore + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code identity} as a new owner-only keystore and its PEM certificate; never over existing files. */
    public static void writeIdentity(Path keystore, Path certificate, SealingIdentity identity, char[] password,
                                     String alias) throws GeneralSecurityException {
        if (Files.exists(certificate)) {
            throw new KeyMaterialException(certificate + " exists; key material is never written over an existing file");
        }
        try {
            KeyFiles.writeSecret(keystore, identity.toPkcs12(password, alias));
        } catch (IOException e) {
            throw new KeyMaterialException("cannot write keystore " + keystore + ": " + e.getMessage(), e);
        }
        writePem(certificate, identity.certificate());
    }

    /** Writes {@code certificate} in PEM, as a new file. */
    public static void writePem(Path file, X509Certificate certificate) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
            pem.writeObject(certificate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            KeyFiles.writePublic(file, text.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new KeyMaterialException("cannot write certificate " + file + ": " + e.getMessage(), e);
        }
    }
}
