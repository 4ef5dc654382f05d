package cn.jining.credithub.adapters.sftp;

import org.apache.camel.Exchange;

/** What the file steps need of a source's settings; the route template puts them on each exchange. */
public record SftpFileSettings(String sourceId, String category, String idColumn, String charset, int batchSize,
                               String doneDirectory, String failedDirectory) {

    static final String PREFIX = "CreditHubSftp";

    static SftpFileSettings of(Exchange exchange) {
        return new SftpFileSettings(text(exchange, "SourceId"), text(exchange, "Category"),
                text(exchange, "IdColumn"), text(exchange, "Charset"),
                exchange.getProperty(PREFIX + "BatchSize", Integer.class),
                text(exchange, "DoneDirectory"), text(exchange, "FailedDirectory"));
    }

    private static String text(Exchange exchange, String name) {
        return exchange.getProperty(PREFIX + name, String.class);
    }
}
