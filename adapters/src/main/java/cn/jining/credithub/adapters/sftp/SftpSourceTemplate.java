package cn.jining.credithub.adapters.sftp;

import cn.jining.credithub.contracts.auth.SignedRequest;
import org.apache.camel.builder.RouteBuilder;

/**
 * The SFTP channel as a route template ({@value #ID}), one route per sftp source of the registry: poll the
 * source's folder, take a file only once it has stopped changing (read lock "changed"), stream its records (CSV
 * rows, JSON lines or XML records) in batches through the intake, write {@code <file>.receipt.json} and move the file to its done folder
 * (failed folder when it cannot be read to its end or was dropped before).
 */
public class SftpSourceTemplate extends RouteBuilder {

    public static final String ID = "sftp-source";
    /** The id of the error-policy configuration for file channels (defined by the hub's ErrorPolicy). */
    static final String SFTP_CHANNEL_POLICY = "polling-channel";
    /** Where every inbound channel hands its Submission (the hub's intake). */
    static final String INTAKE = "direct:intake";

    // SECURITY: password is a placeholder naming where the secret is (e.g. {{SOME_ENV_VAR}}), resolved when the
    // route is created; the registry and the template parameters never hold the secret itself.
    private static final String CONNECTION = "sftp:{{host}}:{{port}}/{{directory}}?username={{username}}"
            + "&password={{?password}}&privateKeyFile={{?privateKeyFile}}&knownHostsFile={{knownHostsFile}}"
            // SECURITY: the server's host key is always checked against the entry's known_hosts file.
            + "&strictHostKeyChecking=yes&useUserKnownHostsFile=false&binary=true";

    @Override
    public void configure() {
        routeTemplate(ID)
                .templateParameter("sourceId", null, "the registry id of the source")
                .templateParameter("host")
                .templateParameter("port", "22")
                .templateParameter("directory", null, "the folder the source drops its files in")
                .templateParameter("username")
                .templateOptionalParameter("password", "a placeholder reference to the password, never the value")
                .templateOptionalParameter("privateKeyFile", "path of the private key file")
                .templateParameter("knownHostsFile", null,
                        "path of the known_hosts file the server's host key is checked against")
                .templateParameter("category", null, "the record category of every row")
                .templateParameter("idColumn", "", "the column holding the source's record id (CSV only)")
                .templateParameter("charset", "UTF-8")
                .templateParameter("format", "csv", "csv, jsonl or xml")
                .templateParameter("include", FileFormat.CSV.include(), "Ant patterns of the file names taken")
                .templateParameter("batchSize", "1000")
                .templateParameter("delay", "30000", "milliseconds between polls")
                .templateParameter("readLockCheckInterval", "5000")
                .templateParameter("readLockTimeout", "30000")
                .templateParameter("doneDirectory", ".done")
                .templateParameter("failedDirectory", ".failed")
                .templateParameter("idempotentRepository", "sftpIdempotentRepository",
                        "bean name of the repository remembering processed files")
                // streamDownload: rows are read from the SFTP stream as they arrive; the file is never held whole.
                // readLockMinLength=0: an empty file is taken (and failed with a receipt) rather than ignored.
                // backoff: a source whose server is down is polled less often, and each failure is logged.
                .from(CONNECTION + "&streamDownload=true&delay={{delay}}&antInclude={{include}}"
                        + "&readLock=changed&readLockCheckInterval={{readLockCheckInterval}}"
                        + "&readLockTimeout={{readLockTimeout}}&readLockMinLength=0"
                        + "&move=${exchangeProperty." + SftpFileSteps.MOVE_TO + "}"
                        + "&backoffErrorThreshold=3&backoffMultiplier=4")
                .routeConfigurationId(SFTP_CHANNEL_POLICY)
                // Camel caches stream bodies in memory by default, which would hold the whole file: the rows are
                // read once, straight from the SFTP stream (measured: a 100 MiB file ran out of a 160 MiB heap).
                .streamCache("false")
                // The hub pulls with this source's own credentials, so what it finds is the configured source's.
                .setHeader(SignedRequest.AUTHENTICATED_SOURCE, constant("{{sourceId}}"))
                .setProperty(SftpFileSettings.PREFIX + "SourceId", constant("{{sourceId}}"))
                .setProperty(SftpFileSettings.PREFIX + "Category", constant("{{category}}"))
                .setProperty(SftpFileSettings.PREFIX + "IdColumn", constant("{{idColumn}}"))
                .setProperty(SftpFileSettings.PREFIX + "Charset", constant("{{charset}}"))
                .setProperty(SftpFileSettings.PREFIX + "Format", constant("{{format}}"))
                .setProperty(SftpFileSettings.PREFIX + "BatchSize", constant("{{batchSize}}"))
                .setProperty(SftpFileSettings.PREFIX + "DoneDirectory", constant("{{doneDirectory}}"))
                .setProperty(SftpFileSettings.PREFIX + "FailedDirectory", constant("{{failedDirectory}}"))
                // Keyed by name, size and modification time: a corrected file under the same name is new work.
                // A failed exchange removes its key again, so the next poll retries the file.
                .idempotentConsumer(simple("{{sourceId}}:${file:name}:${file:size}:${file:modified}"))
                    .idempotentRepository("{{idempotentRepository}}").skipDuplicate(false)
                    .process(SftpFileSteps::open)
                    .split(body()).streaming().stopOnException()
                        .process(SftpFileSteps::toIntake)
                        .to(INTAKE)
                        .process(SftpFileSteps::tally)
                    .end()
                    .process(SftpFileSteps::finish)
                    .to(CONNECTION + "&fileExist=Override")
                    .log("file ${exchangeProperty." + SftpFileSteps.MOVE_TO + "} of {{sourceId}} answered in ${header."
                            + "CamelFileName}")
                .end();
    }
}
