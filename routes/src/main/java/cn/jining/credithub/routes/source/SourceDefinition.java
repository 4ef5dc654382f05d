package cn.jining.credithub.routes.source;

import cn.jining.credithub.contracts.mapping.CategoryMapping;
import cn.jining.credithub.contracts.mapping.FieldMapping;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One registered source: a bureau, a county or a vertical system, with the record categories it may
 * submit and its field mapping per category (its own field names to the canonical ones; none when it sends
 * canonical names). Channel settings grow with the adapters; the intake needs identity, scope and mapping.
 * {@code sftp} holds the settings of a source whose channel is {@code sftp} (null otherwise), {@code jdbc}
 * those of a source whose channel is {@code jdbc}. {@code credentials} says how a source that pushes (REST,
 * SOAP) proves who it is; {@code downward} how it receives what the province sends down (null: it does not
 * subscribe).
 */
public record SourceDefinition(String id, String name, String kind, String region, String channel,
                               Set<String> categories, Map<String, CategoryMapping> mapping, Sftp sftp,
                               Jdbc jdbc, Credentials credentials, Downward downward) {

    // One constructor only: Spring Boot binds a record through its single constructor, and a second one
    // would leave it no constructor to choose.
    public SourceDefinition {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        // Not Map.copyOf: keeps the configured order for messages, and a category left empty in YAML (null)
        // reaches the validator instead of failing inside the binder.
        mapping = mapping == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
    }

    public boolean maySubmit(String category) {
        return categories.contains(category);
    }

    public FieldMapping fieldMapping() {
        return new FieldMapping(mapping);
    }

    /**
     * Where and how the hub polls a source's SFTP folder (docs/sources.md, "SFTP channel"). Credentials by
     * reference only: the name of an environment variable holding the password, or the path of a key file.
     * Folders for processed and unreadable files are relative to {@code directory}.
     */
    public record Sftp(String host, Integer port, String directory, String username, String passwordEnv,
                       String privateKeyPath, String knownHostsPath, Duration delay, Duration readLockInterval,
                       String charset, String format, String category, String idColumn, Integer batchSize,
                       String doneDirectory, String failedDirectory) {

        public Sftp {
            port = port == null ? 22 : port;
            delay = delay == null ? Duration.ofSeconds(30) : delay;
            readLockInterval = readLockInterval == null ? Duration.ofSeconds(5) : readLockInterval;
            charset = charset == null ? "UTF-8" : charset;
            format = format == null ? "csv" : format;
            batchSize = batchSize == null ? 1000 : batchSize;
            doneDirectory = doneDirectory == null ? ".done" : doneDirectory;
            failedDirectory = failedDirectory == null ? ".failed" : failedDirectory;
        }
    }

    /**
     * Where and how the hub polls a source's own staging table (docs/sources.md, "DB polling channel").
     * Credentials by reference only: {@code passwordEnv} names an environment variable. Table and column
     * names go into SQL text and are checked against a strict identifier pattern at start-up.
     */
    public record Jdbc(String url, String username, String passwordEnv, String table, String idColumn,
                       String statusColumn, String reasonColumn, String category, Integer batchSize,
                       Duration delay) {

        public Jdbc {
            statusColumn = statusColumn == null ? "status" : statusColumn;
            reasonColumn = reasonColumn == null ? "reason" : reasonColumn;
            batchSize = batchSize == null ? 500 : batchSize;
            delay = delay == null ? Duration.ofSeconds(30) : delay;
        }
    }

    /**
     * How a pushing source (REST, SOAP) authenticates: {@code certificate} is the path of its SM2 certificate
     * (PEM or DER), against which the hub verifies its signed requests (docs/rest-api.md, "Authentication").
     */
    public record Credentials(String certificate) {
    }

    /**
     * How a source receives the batches the province sends down (docs/province.md "Downward", docs/sources.md
     * "Downward subscription"): {@code channel} {@code rest} POSTs each batch to {@code callbackUrl};
     * {@code sftp} writes one file per batch into {@code directory} on the source's own SFTP server (the
     * entry's {@code sftp} connection settings); {@code jdbc} inserts one row per record into {@code table} of
     * the source's own database (the entry's {@code jdbc} connection). Only the setting of the chosen channel
     * may be given; start-up refuses anything else, naming the entry and the field.
     */
    public record Downward(String channel, String callbackUrl, Duration callbackTimeout, String directory,
                           String table) {

        public Downward {
            callbackTimeout = callbackTimeout == null ? Duration.ofSeconds(30) : callbackTimeout;
        }
    }
}
