package cn.jining.credithub.gateway.demo;

import cn.jining.credithub.gateway.security.KeyFiles;
import cn.jining.credithub.gateway.sftp.KnownHosts;
import cn.jining.credithub.routes.source.SourceDefinition;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo county's SFTP server (Apache MINA SSHD) on 127.0.0.1: serves {@code <demo dir>/sftp}, lets in only the
 * hub's key, and on first start generates its host key and the hub's key pair, writes the hub's known_hosts and
 * drops a sample export into the county's folder.
 */
final class DemoSftpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSftpServer.class);
    /** What the county drops on first start: its own export, in its own charset (the entry's). */
    static final String SAMPLE = "demo/yanzhou-penalties.csv";
    static final String SAMPLE_FILE_NAME = "兖州区行政处罚-202603.csv";

    private final SshServer server;

    private DemoSftpServer(SshServer server) {
        this.server = server;
    }

    /** Starts the server for the demo entry {@code source}, whose sftp settings name the hub's key and known_hosts. */
    static DemoSftpServer start(Path demoDir, int port, SourceDefinition source) {
        SourceDefinition.Sftp sftp = source.sftp();
        try {
            // Absolute: MINA's rooted file system cannot resolve paths under a relative root such as ./data.
            Path root = Files.createDirectories(demoDir.resolve("sftp")).toAbsolutePath().normalize();
            Path inbox = root.resolve(sftp.directory());
            if (!Files.isDirectory(inbox)) {
                seed(Files.createDirectories(inbox), Charset.forName(sftp.charset()));
            }
            Path ssh = KeyFiles.folder(demoDir.resolve("ssh"));
            // The host key lives outside the served folder: the county's files never include it.
            SimpleGeneratorHostKeyProvider hostKeys = new SimpleGeneratorHostKeyProvider(ssh.resolve("host_key"));
            hostKeys.setAlgorithm(KeyUtils.EC_ALGORITHM);
            hostKeys.setKeySize(256);
            PublicKey hub = hubKey(Path.of(sftp.privateKeyPath()));

            SshServer server = SshServer.setUpDefaultServer();
            server.setHost("127.0.0.1");
            server.setPort(port);
            server.setKeyPairProvider(hostKeys);
            // SECURITY: the hub's key for the entry's user and nothing else; no passwords, no keyboard-interactive.
            server.setPasswordAuthenticator(null);
            server.setKeyboardInteractiveAuthenticator(null);
            server.setPublickeyAuthenticator((user, key, session) ->
                    sftp.username().equals(user) && KeyUtils.compareKeys(hub, key));
            server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
            server.setFileSystemFactory(new VirtualFileSystemFactory(root));
            try {
                server.start();
            } catch (IOException e) {
                server.stop(true);
                throw new IllegalStateException("demo SFTP server: cannot listen on 127.0.0.1:" + port + " (" + e
                        + "); set CREDITHUB_DEMO_SFTP_PORT to a free port, or CREDITHUB_DEMO=false", e);
            }
            // Rewritten on every start: the port may have changed, and the hub checks the server's key (strict).
            KnownHosts.write(Path.of(sftp.knownHostsPath()), "127.0.0.1", server.getPort(), hostKeys);
            KeyFiles.restrictToOwner(ssh.resolve("host_key"));
            LOG.info("demo SFTP server of {} ({}) on 127.0.0.1:{}, its folder {}", source.name(), source.id(),
                    server.getPort(), inbox.toAbsolutePath().normalize());
            return new DemoSftpServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("demo SFTP server under " + demoDir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("demo SFTP server: the hub's key " + sftp.privateKeyPath(), e);
        }
    }

    /** The county's sample export, written as the county writes it (GBK for most Excel exports). */
    private static void seed(Path inbox, Charset charset) throws IOException {
        String csv;
        try (var in = new ClassPathResource(SAMPLE).getInputStream()) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // Written aside and renamed, as a careful source does: the hub never sees half a file.
        Path part = inbox.resolve(SAMPLE_FILE_NAME + ".part");
        Files.write(part, csv.getBytes(charset));
        Files.move(part, inbox.resolve(SAMPLE_FILE_NAME), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The hub's SSH key pair (OpenSSH format, owner-only), generated on first start; its public half. */
    private static PublicKey hubKey(Path privateKey) throws IOException, GeneralSecurityException {
        Path publicKey = privateKey.resolveSibling(privateKey.getFileName() + ".pub");
        if (!Files.exists(privateKey) && !Files.exists(publicKey)) {
            KeyPair pair = generate();
            ByteArrayOutputStream key = new ByteArrayOutputStream();
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, "credithub-demo", null, key);
            // Never over an existing key: KeyFiles creates each file new, the private one owner-only.
            KeyFiles.writeSecret(privateKey, key.toByteArray());
            KeyFiles.writePublic(publicKey, (PublicKeyEntry.toString(pair.getPublic()) + " credithub-demo\n")
                    .getBytes(StandardCharsets.US_ASCII));
        } else if (!Files.exists(publicKey)) {
            throw new IllegalStateException("demo SFTP server: " + privateKey + " exists without " + publicKey
                    + "; the demo does not write over a key it did not make");
        }
        return PublicKeyEntry.parsePublicKeyEntry(Files.readString(publicKey).strip()).resolvePublicKey(null, null,
                null);
    }

    private static KeyPair generate() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}
