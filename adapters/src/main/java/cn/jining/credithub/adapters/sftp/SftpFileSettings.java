package cn.jining.credithub.adapters.sftp;

import org.apache.camel.Exchange;

/** What the file steps need of a source's settings; the route template puts them on each exchange. */
public record SftpFileSettings(String sourceId, String category, String idColumn, String charset, int batchSize,
                               String doneDirectory, String failedDirectory, FileFormat format) {

    static final String PREFIX = "CreditHubSftp";

    /** A CSV source (the default format). */
    public SftpFileSettings(String sourceId, String category, String idColumn, String charset, int batchSize,
                            String doneDirectory, String failedDirectory) {
        this(sourceId, category, idColumn, charset, batchSize, doneDirectory, failedDirectory, FileFormat.CSV);
    }

    static SftpFileSettings of(Exchange exchange) {
        return new SftpFileSettings(text(exchange, "SourceId"), text(exchange, "Category"),
                text(exchange, "IdColumn"), text(exchange, "Charset"),
                exchange.getProperty(PREFIX + "BatchSize", Integer.class),
                text(exchange, "DoneDirectory"), text(exchange, "FailedDirectory"),
                FileFormat.of(text(exchange, "Format")));
    }

    private static String text(Exchange exchange, String name) {
        return exchange.getProperty(PREFIX + name, String.class);
    }
}
