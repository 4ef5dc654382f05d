package cn.jining.credithub.gateway.security;

import cn.jining.credithub.contracts.seal.SealingIdentity;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;

/**
 * The key material the hub runs with: its own SM2 sealing identity, the provincial platform's certificate
 * (null when no province link is configured) and the certificates of the sources that push (REST, SOAP).
 */
public final class HubKeys {

    private final SealingIdentity hub;
    private final X509Certificate province;
    private final Map<String, X509Certificate> sources;

    public HubKeys(SealingIdentity hub, X509Certificate province, Map<String, X509Certificate> sources) {
        this.hub = hub;
        this.province = province;
        this.sources = Map.copyOf(sources);
    }

    public SealingIdentity hub() {
        return hub;
    }

    /** The province's certificate; fails with a clear message when none is configured. */
    public X509Certificate province() {
        if (province == null) {
            throw new KeyMaterialException("no province certificate: set credithub.keys.dir with province.crt "
                    + "(or credithub.keys.demo=true)");
        }
        return province;
    }

    public Optional<X509Certificate> sourceCertificate(String sourceId) {
        return Optional.ofNullable(sources.get(sourceId));
    }

    public Map<String, X509Certificate> sourceCertificates() {
        return sources;
    }
}
