package cn.jining.credithub.contracts.seal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Demo and test identities: an SM2 key pair with a self-signed SM3withSM2 certificate, generated at run
 * time so no key material is ever committed. Never for production; production keys come from keystores.
 */
public final class DemoKeys {

    private static final Duration VALIDITY = Duration.ofDays(365);

    private DemoKeys() {
    }

    /** A new identity whose certificate subject is {@code CN=<commonName>, O=DEMO}. */
    public static SealingIdentity generate(String commonName) throws GeneralSecurityException {
        KeyPair pair = Sm2Keys.generate();
        X500Name subject = new X500Name("CN=" + commonName + ", O=DEMO");
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                new BigInteger(64, Sm2Keys.random()).add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(VALIDITY)), subject, pair.getPublic());
        try {
            ContentSigner signer = new JcaContentSignerBuilder("SM3withSM2").setProvider(Sm2Keys.provider())
                    .build(pair.getPrivate());
            X509Certificate certificate = new JcaX509CertificateConverter().setProvider(Sm2Keys.provider())
                    .getCertificate(builder.build(signer));
            return new SealingIdentity(pair.getPrivate(), certificate);
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("SM3withSM2 certificate signer unavailable", e);
        }
    }
}
