package cn.jining.credithub.gateway.security;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * How the hub writes key material: folders it creates are owner-only (0700), key stores and private keys
 * owner-only (0600), certificates readable (0644), and never over an existing file (create-new, atomic), so
 * generated demo material can never replace a deployment's own keys or certificates.
 */
public final class KeyFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private KeyFiles() {
    }

    /** Creates {@code dir} and any missing parent, each new one owner-only; existing folders are left as they are. */
    public static Path folder(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return dir;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            folder(parent);
        }
        try {
            Files.createDirectory(absolute, attributes("rwx------"));
        } catch (FileAlreadyExistsException raced) {
            // made meanwhile by another writer: fine, it is there
        }
        return dir;
    }

    /** Writes a key store or private key, owner-only; refuses to replace an existing file. */
    public static void writeSecret(Path file, byte[] content) throws IOException {
        write(file, content, "rw-------");
    }

    /** Writes a certificate or public key; refuses to replace an existing file. */
    public static void writePublic(Path file, byte[] content) throws IOException {
        write(file, content, "rw-r--r--");
    }

    /** Narrows an existing private key file that a library wrote (MINA's host key) to owner-only. */
    public static void restrictToOwner(Path file) throws IOException {
        if (POSIX && Files.exists(file)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static void write(Path file, byte[] content, String permissions) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            folder(parent);
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file, Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), attributes(permissions))) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (FileAlreadyExistsException e) {
            throw new KeyMaterialException(file + " exists; key material is never written over an existing file", e);
        }
        if (POSIX) {
            // The process umask may have narrowed what was asked for at creation; set it exactly.
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        }
    }

    private static FileAttribute<?>[] attributes(String permissions) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }
}
