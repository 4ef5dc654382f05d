package cn.jining.credithub.gateway.security;

import cn.jining.credithub.contracts.seal.SealingIdentity;
import cn.jining.credithub.contracts.seal.Sm2Keys;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A bureau's signing identity: a fresh SM2 key pair and a self-signed SM3withSM2 certificate. The hub trusts
 * it by registration (the certificate file of the source), not by a chain, so self-signed is enough; a bureau
 * with a certificate from a CA registers that one instead.
 */
final class SourceCertificates {

    static final Duration VALIDITY = Duration.ofDays(2 * 365);

    private SourceCertificates() {
    }

    static SealingIdentity generate(String sourceId) throws GeneralSecurityException {
        KeyPair pair = Sm2Keys.generate();
        // The builder escapes whatever the id holds; the id is an operator's input, not a trusted string.
        var subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, sourceId)
                .addRDN(BCStyle.OU, "credit-hub source").addRDN(BCStyle.O, "Jining public credit platform").build();
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, Sm2Keys.random()).add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(VALIDITY)), subject, pair.getPublic());
        try {
            var signer = new JcaContentSignerBuilder("SM3withSM2").setProvider(Sm2Keys.provider()).build(pair.getPrivate());
            X509Certificate certificate = new JcaX509CertificateConverter().setProvider(Sm2Keys.provider())
                    .getCertificate(builder.build(signer));
            return new SealingIdentity(pair.getPrivate(), certificate);
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("SM3withSM2 certificate signer unavailable", e);
        }
    }
}
