package cn.jining.credithub.gateway.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The hub's HTTPS key pair ({@code keys tls}): an EC P-256 key and a self-signed certificate naming the hub's host
 * names and addresses, as {@code tls.p12} (alias {@value #ALIAS}, owner-only) and {@code tls.crt} for clients to
 * trust. TLS clients do not speak SM2, hence a NIST curve; a certificate from the bureau's CA may replace it.
 */
public final class TlsKeys {

    public static final String ALIAS = "tls";
    static final Duration VALIDITY = Duration.ofDays(2 * 365);

    private TlsKeys() {
    }

    public static Path keystore(KeyFolder folder) {
        return folder.dir().resolve("tls.p12");
    }

    public static Path certificate(KeyFolder folder) {
        return folder.dir().resolve("tls.crt");
    }

    /** Generates and writes the pair; refuses to replace an existing key store or certificate. */
    public static X509Certificate generate(KeyFolder folder, char[] password, List<String> hosts)
            throws GeneralSecurityException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=" + hosts.get(0).replaceAll("[,=+<>#;\"\\\\]", "") + ", OU=credit-hub");
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, new SecureRandom()).add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(VALIDITY)), subject, pair.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false, names(hosts));
        X509Certificate certificate;
        try {
            certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("SHA256withECDSA signer unavailable", e);
        }
        // The JDK's own PKCS#12, which Tomcat reads with the JDK's provider.
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, pair.getPrivate(), password, new Certificate[] {certificate});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        store.store(bytes, password);
        if (certificate(folder).toFile().exists()) {
            throw new KeyMaterialException(certificate(folder) + " exists; key material is never written over an existing file");
        }
        KeyFiles.writeSecret(keystore(folder), bytes.toByteArray());
        KeyFolder.writePem(certificate(folder), certificate);
        return certificate;
    }

    private static GeneralNames names(List<String> hosts) throws IOException {
        List<GeneralName> names = new ArrayList<>();
        for (String host : hosts) {
            boolean address = host.matches("[0-9.]+") || host.contains(":");
            names.add(address ? new GeneralName(GeneralName.iPAddress, InetAddress.getByName(host).getHostAddress())
                    : new GeneralName(GeneralName.dNSName, host));
        }
        return new GeneralNames(names.toArray(GeneralName[]::new));
    }
}
