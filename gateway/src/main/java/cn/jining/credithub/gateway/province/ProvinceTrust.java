package cn.jining.credithub.gateway.province;

import cn.jining.credithub.gateway.security.KeyMaterialException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** The TLS trust of the province link: exactly the given certificates (a pinned province or simulator certificate). */
final class ProvinceTrust {

    private ProvinceTrust() {
    }

    /** Trusts the certificates of the PEM file at {@code pem}. */
    static SSLContext fromPem(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new KeyMaterialException("credithub.province.tls-trust: " + pem + " holds no certificate");
            }
            return trusting(certificates.stream().map(X509Certificate.class::cast).toList());
        } catch (IOException | GeneralSecurityException e) {
            throw new KeyMaterialException("credithub.province.tls-trust: cannot read " + pem + ": " + e.getMessage(), e);
        }
    }

    static SSLContext trusting(List<X509Certificate> certificates) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            for (int i = 0; i < certificates.size(); i++) {
                store.setCertificateEntry("province-" + i, certificates.get(i));
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new KeyMaterialException("cannot build the province link's TLS trust: " + e.getMessage(), e);
        }
    }
}
