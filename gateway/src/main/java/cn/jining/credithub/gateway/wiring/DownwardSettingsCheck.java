package cn.jining.credithub.gateway.wiring;

import cn.jining.credithub.adapters.jdbc.JdbcStagingSettings;
import cn.jining.credithub.routes.source.SourceDefinition;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/** Start-up checks of a registry entry's downward subscription; a problem names the entry and the field. */
final class DownwardSettingsCheck {

    static final List<String> CHANNELS = List.of("rest", "sftp", "jdbc");

    private DownwardSettingsCheck() {
    }

    static void check(String entry, SourceDefinition source) {
        SourceDefinition.Downward downward = source.downward();
        if (downward == null) {
            return;
        }
        String at = entry + ".downward";
        require(downward.channel() != null && CHANNELS.contains(downward.channel()), at, "channel",
                "'" + downward.channel() + "' is not one of " + CHANNELS);
        require("rest".equals(downward.channel()) || downward.callbackUrl() == null, at, "callbackUrl",
                "is only for channel: rest");
        require("sftp".equals(downward.channel()) || downward.directory() == null, at, "directory",
                "is only for channel: sftp");
        require("jdbc".equals(downward.channel()) || downward.table() == null, at, "table",
                "is only for channel: jdbc");
        switch (downward.channel()) {
            case "rest" -> rest(at, downward);
            case "sftp" -> sftp(at, source);
            default -> jdbc(at, source);
        }
    }

    private static void rest(String at, SourceDefinition.Downward downward) {
        URI url = null;
        try {
            url = downward.callbackUrl() == null ? null : new URI(downward.callbackUrl());
        } catch (URISyntaxException e) {
            // reported below, with the field
        }
        require(url != null && url.isAbsolute() && ("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
                && url.getHost() != null, at, "callbackUrl",
                "'" + downward.callbackUrl() + "' must be an absolute http(s) URL (where the hub POSTs each batch)");
        // SECURITY: the registry never holds a secret, not even as user:password inside a URL.
        require(url.getRawUserInfo() == null, at, "callbackUrl", "must not carry credentials");
        require(!downward.callbackTimeout().isNegative() && !downward.callbackTimeout().isZero(), at,
                "callbackTimeout", "must be positive");
    }

    /** The files go to the source's own SFTP server: the entry's sftp connection, another folder than its drops. */
    private static void sftp(String at, SourceDefinition source) {
        require(source.sftp() != null, at, "channel", "sftp delivers over the entry's sftp connection settings, "
                + "and the entry has none (give sftp: host, username, ... or choose rest or jdbc)");
        String directory = source.downward().directory();
        require(directory != null && !directory.isBlank() && !directory.startsWith("/") && !directory.contains("..")
                && !directory.contains("$") && !directory.contains("{"), at, "directory",
                "'" + directory + "' must be a folder relative to the SFTP login folder, without '..' or expressions");
        require(!normalised(directory).equals(normalised(source.sftp().directory())), at, "directory",
                "must differ from sftp.directory, the folder the hub polls for the source's own files");
    }

    private static void jdbc(String at, SourceDefinition source) {
        require(source.jdbc() != null, at, "channel", "jdbc delivers over the entry's jdbc connection settings, "
                + "and the entry has none (give jdbc: url, username, ... or choose rest or sftp)");
        String table = source.downward().table();
        String identifier = JdbcStagingSettings.IDENTIFIER;
        // SECURITY: the table name is written into SQL text; only plain identifiers pass.
        require(table != null && table.matches(identifier + "(\\." + identifier + ")?"), at, "table",
                "'" + table + "' is not a plain SQL identifier (a letter or '_', then letters, digits or '_'; "
                        + "may be schema.table)");
        require(!table.equalsIgnoreCase(source.jdbc().table()), at, "table",
                "must differ from jdbc.table, the staging table the hub polls");
    }

    private static String normalised(String folder) {
        String trimmed = folder.strip();
        while (trimmed.startsWith("./")) {
            trimmed = trimmed.substring(2);
        }
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    private static void require(boolean condition, String at, String field, String message) {
        if (!condition) {
            throw new IllegalStateException(at + "." + field + " " + message);
        }
    }
}
