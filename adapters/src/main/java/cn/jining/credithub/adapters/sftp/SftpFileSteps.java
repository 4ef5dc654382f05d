package cn.jining.credithub.adapters.sftp;

import cn.jining.credithub.contracts.exchange.Receipt;
import cn.jining.credithub.contracts.exchange.Submission;
import cn.jining.credithub.contracts.json.ContractsJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Collections;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;

/**
 * The steps of the SFTP route around the intake: open a dropped file as a stream of batches, tally the
 * intake's receipts with line numbers, then write the file's receipt and choose where the file goes.
 */
public final class SftpFileSteps {

    /** The folder (relative to the source's) the consumer moves the file to when the exchange completes. */
    public static final String MOVE_TO = SftpFileSettings.PREFIX + "MoveTo";
    static final String TALLY = SftpFileSettings.PREFIX + "Tally";
    static final String LINES = SftpFileSettings.PREFIX + "Lines";

    private SftpFileSteps() {
    }

    /** The body becomes an iterator of batches; a duplicate or unreadable file gives none. */
    public static void open(Exchange exchange) throws InvalidPayloadException {
        SftpFileSettings settings = SftpFileSettings.of(exchange);
        String file = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        FileTally tally = new FileTally(settings.sourceId(), file);
        exchange.setProperty(TALLY, tally);
        if (exchange.getProperty(Exchange.DUPLICATE_MESSAGE, false, Boolean.class)) {
            // Never processed twice, never silently ignored: the source is told, and the copy leaves the inbox.
            tally.duplicate("this file (same name, size and modification time) was processed before; "
                    + "its receipt is in " + settings.doneDirectory());
            exchange.getMessage().setBody(Collections.emptyIterator());
            return;
        }
        InputStream in = exchange.getMessage().getMandatoryBody(InputStream.class);
        exchange.getMessage().setBody(settings.format().reader(in, settings, file, tally));
    }

    /** Inside the split: the chunk's Submission goes to the intake; its line numbers wait for the receipt. */
    public static void toIntake(Exchange exchange) throws InvalidPayloadException {
        CsvChunk chunk = exchange.getMessage().getMandatoryBody(CsvChunk.class);
        exchange.setProperty(LINES, chunk.lines());
        Submission submission = chunk.submission();
        exchange.getMessage().setBody(submission);
    }

    public static void tally(Exchange exchange) throws InvalidPayloadException {
        Receipt receipt = exchange.getMessage().getMandatoryBody(Receipt.class);
        exchange.getProperty(TALLY, FileTally.class).add(receipt, exchange.getProperty(LINES, long[].class));
    }

    /**
     * The body becomes the file's receipt, named for the folder the file goes to: done when every row is
     * answered, failed when the file could not be read to its end or was a duplicate.
     */
    public static void finish(Exchange exchange) throws JsonProcessingException {
        SftpFileSettings settings = SftpFileSettings.of(exchange);
        FileTally tally = exchange.getProperty(TALLY, FileTally.class);
        FileReceipt receipt = tally.receipt(Instant.now());
        String folder = receipt.status() == FileReceipt.Status.PROCESSED ? settings.doneDirectory()
                : settings.failedDirectory();
        exchange.setProperty(MOVE_TO, folder + "/" + receipt.file());
        exchange.getMessage().setHeader(Exchange.FILE_NAME, folder + "/" + receipt.file() + ".receipt.json");
        exchange.getMessage().setBody(ContractsJson.mapper().writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(receipt));
    }
}
