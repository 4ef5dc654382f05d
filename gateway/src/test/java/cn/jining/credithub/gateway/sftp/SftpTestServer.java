package cn.jining.credithub.gateway.sftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;

/** A real SFTP server (Apache MINA SSHD) on a free port of 127.0.0.1, serving a temporary folder, password login. */
final class SftpTestServer implements AutoCloseable {

    private final SshServer server;
    private final Path base;
    private final Path root;

    private SftpTestServer(SshServer server, Path base, Path root) {
        this.server = server;
        this.base = base;
        this.root = root;
    }

    static SftpTestServer start(String user, String password) {
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
            return new SftpTestServer(server, base, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.getPort();
    }

    /** The server's root folder on local disk: what a source sees as {@code /}. */
    Path root() {
        return root;
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
        try (var paths = Files.walk(base)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
