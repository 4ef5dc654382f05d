package cn.jining.credithub.contracts.seal;

import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;

/** How an envelope names its signer: the SM3 of the certificate's DER encoding (lower-case hex) and its subject. */
public record CertificateRef(String sm3, String subject) {

    public static CertificateRef of(X509Certificate certificate) {
        try {
            return new CertificateRef(Fingerprint.sm3Hex(certificate.getEncoded()),
                    certificate.getSubjectX500Principal().getName());
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("certificate cannot be encoded", e);
        }
    }
}
