package cn.jining.credithub.gateway.sftp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;

/**
 * Writes a known_hosts file for an SFTP server the hub itself runs (the demo's, a test's): one line per host key,
 * {@code [host]:port <key>}, which the SFTP channel checks the server against (strict host key checking).
 */
public final class KnownHosts {

    private KnownHosts() {
    }

    public static void write(Path file, String host, int port, KeyPairProvider hostKeys) throws IOException {
        StringBuilder lines = new StringBuilder();
        try {
            for (KeyPair key : hostKeys.loadKeys(null)) {
                lines.append('[').append(host).append("]:").append(port).append(' ')
                        .append(PublicKeyEntry.toString(key.getPublic())).append('\n');
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the host key of " + host + ":" + port, e);
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, lines);
    }
}
