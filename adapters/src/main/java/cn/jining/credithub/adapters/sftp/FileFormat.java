package cn.jining.credithub.adapters.sftp;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The file formats an SFTP source may drop (its {@code sftp.format}), each with the file names the hub takes
 * and the streaming reader that turns a file into batches.
 */
public enum FileFormat {
    /** A header row, then one record per row ({@link CsvBatchReader}). */
    CSV("csv", "*.csv,*.CSV"),
    /** One JSON object per line, a record as in a REST submission ({@link JsonLinesBatchReader}). */
    JSONL("jsonl", "*.jsonl,*.JSONL,*.ndjson,*.NDJSON"),
    /** {@code <records>} of {@code <record>} elements, the shape of the SOAP channel ({@link XmlBatchReader}). */
    XML("xml", "*.xml,*.XML");

    private final String setting;
    private final String include;

    FileFormat(String setting, String include) {
        this.setting = setting;
        this.include = include;
    }

    /** The value of {@code sftp.format} in the registry. */
    public String setting() {
        return setting;
    }

    /** The Ant patterns of the file names the poller takes (receipts, {@code *.receipt.json}, never match). */
    public String include() {
        return include;
    }

    public static List<String> settings() {
        return Arrays.stream(values()).map(FileFormat::setting).toList();
    }

    public static FileFormat of(String setting) {
        String value = setting == null ? "csv" : setting.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.setting.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("sftp.format '" + setting + "' is not one of " + settings()));
    }

    /** The file as a stream of batches, read as it arrives; problems go to the tally. */
    Iterator<CsvChunk> reader(InputStream in, SftpFileSettings settings, String file, FileTally tally) {
        return switch (this) {
            case CSV -> new CsvBatchReader(in, settings, file, tally);
            case JSONL -> new JsonLinesBatchReader(in, settings, file, tally);
            case XML -> new XmlBatchReader(in, settings, file, tally);
        };
    }
}
