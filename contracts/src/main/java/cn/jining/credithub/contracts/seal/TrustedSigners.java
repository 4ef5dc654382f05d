package cn.jining.credithub.contracts.seal;

import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The certificates whose envelopes a verifier accepts, looked up by {@link CertificateRef#sm3()}. */
public final class TrustedSigners {

    private final Map<String, X509Certificate> bySm3;

    private TrustedSigners(Map<String, X509Certificate> bySm3) {
        this.bySm3 = Map.copyOf(bySm3);
    }

    public static TrustedSigners of(X509Certificate... certificates) {
        return of(List.of(certificates));
    }

    public static TrustedSigners of(Collection<X509Certificate> certificates) {
        Map<String, X509Certificate> map = new LinkedHashMap<>();
        for (X509Certificate certificate : certificates) {
            map.put(CertificateRef.of(certificate).sm3(), certificate);
        }
        return new TrustedSigners(map);
    }

    public Optional<X509Certificate> find(String certificateSm3) {
        return certificateSm3 == null ? Optional.empty() : Optional.ofNullable(bySm3.get(certificateSm3));
    }
}
