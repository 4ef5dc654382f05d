package cn.jining.credithub.gateway.wiring;

import cn.jining.credithub.adapters.sftp.FileFormat;
import cn.jining.credithub.routes.source.SourceDefinition;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;

/** Start-up checks of a registry entry's SFTP settings; a problem names the entry and the field. */
final class SftpSettingsCheck {

    /** The encodings bureaus' exports actually use; anything else is more likely a typo than a need. */
    static final List<String> CHARSETS = List.of("UTF-8", "GBK", "GB18030");
    /** The intake's default ceiling of records per submission; one chunk of a file is one submission. */
    static final int MAX_BATCH_SIZE = 10_000;

    private SftpSettingsCheck() {
    }

    static void check(String entry, SourceDefinition source) {
        boolean sftpChannel = "sftp".equals(source.channel());
        require(!sftpChannel || source.sftp() != null, entry, "sftp",
                "is required with channel: sftp (host, directory, username, passwordEnv or privateKeyPath, ...)");
        require(sftpChannel || source.sftp() == null, entry, "sftp",
                "is given but the channel is '" + source.channel() + "'; set channel: sftp or remove it");
        if (source.sftp() == null) {
            return;
        }
        String at = entry + ".sftp";
        SourceDefinition.Sftp sftp = source.sftp();
        require(present(sftp.host()), at, "host", "is required");
        require(sftp.port() >= 1 && sftp.port() <= 65535, at, "port", sftp.port() + " is not a TCP port (1-65535)");
        require(present(sftp.directory()), at, "directory", "is required (the folder the source drops its files in)");
        require(present(sftp.username()), at, "username", "is required");
        // SECURITY: the registry names where a secret is, never the secret itself.
        require(present(sftp.passwordEnv()) != present(sftp.privateKeyPath()), at, "passwordEnv",
                "give exactly one of passwordEnv (the name of an environment variable holding the password) "
                        + "and privateKeyPath");
        require(!present(sftp.passwordEnv()) || sftp.passwordEnv().matches("[A-Za-z_][A-Za-z0-9_.]*"), at,
                "passwordEnv", "'" + sftp.passwordEnv() + "' is not the name of an environment variable; "
                        + "put the password in the environment, not in the registry");
        // SECURITY: a server whose host key is not checked could be anyone's; the hub would hand it its login.
        require(present(sftp.knownHostsPath()), at, "knownHostsPath", "is required: the server's host key is always "
                + "checked against this known_hosts file (its key verified with the bureau, e.g. ssh-keyscan)");
        require(!sftp.delay().isNegative() && !sftp.delay().isZero(), at, "delay", "must be positive");
        require(!sftp.readLockInterval().isNegative() && !sftp.readLockInterval().isZero(), at,
                "readLockInterval", "must be positive");
        require(CHARSETS.contains(sftp.charset().toUpperCase(Locale.ROOT)) && Charset.isSupported(sftp.charset()),
                at, "charset", "'" + sftp.charset() + "' is not one of " + CHARSETS);
        require(FileFormat.settings().contains(sftp.format()), at, "format",
                "'" + sftp.format() + "' is not one of " + FileFormat.settings());
        require(present(sftp.category()) && source.categories().contains(sftp.category()), at, "category",
                "'" + sftp.category() + "' must be one of the entry's categories " + source.categories());
        // JSON lines and XML carry each record's id in the record itself.
        require(!"csv".equals(sftp.format()) || present(sftp.idColumn()), at, "idColumn",
                "is required (the column holding the source's record id)");
        require(sftp.batchSize() >= 1 && sftp.batchSize() <= MAX_BATCH_SIZE, at, "batchSize",
                sftp.batchSize() + " is not between 1 and " + MAX_BATCH_SIZE);
        folder(at, "doneDirectory", sftp.doneDirectory());
        folder(at, "failedDirectory", sftp.failedDirectory());
        require(!sftp.doneDirectory().equals(sftp.failedDirectory()), at, "failedDirectory",
                "must differ from doneDirectory");
    }

    /** Relative and inside the polled folder: the hub must never move a source's files somewhere else. */
    private static void folder(String at, String field, String value) {
        require(present(value) && !value.startsWith("/") && !value.contains("..") && !value.contains("$")
                && !value.contains("{"), at, field, "'" + value + "' must be a folder relative to directory, "
                + "without '..' or expressions");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static void require(boolean condition, String at, String field, String message) {
        if (!condition) {
            throw new IllegalStateException(at + "." + field + " " + message);
        }
    }
}
