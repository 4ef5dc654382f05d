package cn.jining.credithub.gateway.sftp;

import cn.jining.credithub.gateway.HubTestSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A real SFTP server (Apache MINA SSHD) on a free port of 127.0.0.1, serving a temporary folder, password login. */
final class SftpTestServer implements AutoCloseable {

    private final SshServer server;
    private final String user;
    private final String passwordEnv;
    private final Path base;
    private final Path root;

    private SftpTestServer(SshServer server, String user, String passwordEnv, Path base, Path root) {
        this.server = server;
        this.user = user;
        this.passwordEnv = passwordEnv;
        this.base = base;
        this.root = root;
    }

    /**
     * Starts a server for the hub under test: user "bureau" with a fresh password (with an ampersand, which must
     * survive the endpoint URI) that the hub finds under {@code passwordEnv}, serving the given folders.
     */
    static SftpTestServer startFor(DynamicPropertyRegistry registry, String passwordEnv, String... directories)
            throws IOException {
        String password = "pw&" + UUID.randomUUID();
        SftpTestServer server = start("bureau", password, passwordEnv);
        registry.add(passwordEnv, () -> password);
        for (String directory : directories) {
            Files.createDirectories(server.root.resolve(directory));
        }
        return server;
    }

    private static SftpTestServer start(String user, String password, String passwordEnv) {
        try {
            Path base = Files.createTempDirectory("credithub-sftp");
            Path root = Files.createDirectories(base.resolve("root"));
            SshServer server = SshServer.setUpDefaultServer();
            server.setHost("127.0.0.1");
            server.setPort(0);
            // The host key lives outside the served folder, so no test ever sees it as a dropped file.
            server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(base.resolve("host.key")));
            server.setPasswordAuthenticator((u, p, session) -> user.equals(u) && password.equals(p));
            server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
            server.setFileSystemFactory(new VirtualFileSystemFactory(root));
            server.start();
            return new SftpTestServer(server, user, passwordEnv, base, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.getPort();
    }

    /** A known_hosts file with this server's host key. */
    String knownHosts() {
        Path file = base.resolve("known_hosts");
        try {
            KnownHosts.write(file, "127.0.0.1", port(), server.getKeyPairProvider());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toString();
    }

    /** The server's root folder on local disk: what a source sees as {@code /}. */
    Path root() {
        return root;
    }

    /**
     * Registers source {@code i} as an operator adds one, a registry entry and no code: it polls {@code directory}
     * of this server as its user for ADMIN_PENALTY records in batches of 2.
     * Returns the entry's property prefix ({@code credithub.sources[i].}) for what a test sets besides.
     */
    String registerSource(DynamicPropertyRegistry registry, int i, String id, String directory, String charset) {
        String entry = HubTestSupport.registerBureau(registry, i, id, "济宁市测试局" + i, "sftp");
        String sftp = entry + "sftp.";
        registry.add(sftp + "host", () -> "127.0.0.1");
        registry.add(sftp + "port", this::port);
        registry.add(sftp + "directory", () -> directory);
        registry.add(sftp + "username", () -> user);
        registry.add(sftp + "password-env", () -> passwordEnv);
        // The hub checks this server's host key strictly, as it does every SFTP server's.
        registry.add(sftp + "known-hosts-path", this::knownHosts);
        registry.add(sftp + "delay", () -> "300ms");
        registry.add(sftp + "read-lock-interval", () -> "200ms");
        registry.add(sftp + "charset", () -> charset);
        registry.add(sftp + "category", () -> "ADMIN_PENALTY");
        registry.add(sftp + "batch-size", () -> "2");
        return entry;
    }

    /** Written under another name and renamed, as a careful source does; the read lock covers careless ones. */
    static void drop(Path inbox, String name, byte[] content) throws IOException {
        Path part = inbox.resolve(name + ".part");
        Files.write(part, content);
        Files.move(part, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
        try (var paths = Files.walk(base)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
