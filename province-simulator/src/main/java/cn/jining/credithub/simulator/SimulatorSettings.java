package cn.jining.credithub.simulator;

import cn.jining.credithub.contracts.seal.SealingIdentity;
import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;

/**
 * What a simulator runs with.
 *
 * @param host             the address both ports bind to (loopback unless told otherwise)
 * @param port             the province API port ({@code /province/v1/...}); 0 picks a free one
 * @param controlPort      the control API port ({@code /simulator/...}, plain HTTP, stays up in every mode); 0 = free
 * @param tls              serve the province API over HTTPS with a certificate generated at start (false: plain HTTP)
 * @param tlsCertificateFile where to write that certificate in PEM for the hub to trust; null: not written
 * @param province         the province's SM2 identity: signs acknowledgements and downward batches, opens SM4 payloads
 * @param hub              the hub's certificate: the only signer of upward batches it accepts, and the downward recipient
 * @param provinceSourceId the source id the province seals downward batches under
 * @param hubDownwardUrl   where pushes go (the hub's {@code /api/v1/province/downward}); null: pushing is refused
 * @param slowDelay        how long {@link SimulatorMode#SLOW} holds each answer back
 * @param maxBodyBytes     the largest batch accepted (413 beyond)
 */
public record SimulatorSettings(String host, int port, int controlPort, boolean tls, Path tlsCertificateFile,
                                SealingIdentity province, X509Certificate hub, String provinceSourceId,
                                URI hubDownwardUrl, Duration slowDelay, long maxBodyBytes) {

    public static final int DEFAULT_PORT = 8091;
    public static final int DEFAULT_CONTROL_PORT = 8092;
    public static final String DEFAULT_SOURCE_ID = "shandong-province";

    /** Loopback, the default ports, HTTPS, no push target, a 5 s slow mode, 64 MiB batches. */
    public static SimulatorSettings defaults(SealingIdentity province, X509Certificate hub) {
        return new SimulatorSettings("127.0.0.1", DEFAULT_PORT, DEFAULT_CONTROL_PORT, true, null, province, hub,
                DEFAULT_SOURCE_ID, null, Duration.ofSeconds(5), 64L * 1024 * 1024);
    }

    public SimulatorSettings withPorts(int newPort, int newControlPort) {
        return new SimulatorSettings(host, newPort, newControlPort, tls, tlsCertificateFile, province, hub,
                provinceSourceId, hubDownwardUrl, slowDelay, maxBodyBytes);
    }

    public SimulatorSettings withTls(boolean newTls, Path newTlsCertificateFile) {
        return new SimulatorSettings(host, port, controlPort, newTls, newTlsCertificateFile, province, hub,
                provinceSourceId, hubDownwardUrl, slowDelay, maxBodyBytes);
    }

    public SimulatorSettings withHubDownwardUrl(URI newUrl) {
        return new SimulatorSettings(host, port, controlPort, tls, tlsCertificateFile, province, hub,
                provinceSourceId, newUrl, slowDelay, maxBodyBytes);
    }

    public SimulatorSettings withSlowDelay(Duration newDelay) {
        return new SimulatorSettings(host, port, controlPort, tls, tlsCertificateFile, province, hub,
                provinceSourceId, hubDownwardUrl, newDelay, maxBodyBytes);
    }
}
