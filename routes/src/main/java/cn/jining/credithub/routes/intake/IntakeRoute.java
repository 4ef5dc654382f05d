package cn.jining.credithub.routes.intake;

import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.contracts.exchange.Receipt;
import cn.jining.credithub.contracts.exchange.Submission;
import cn.jining.credithub.routes.Endpoints;
import cn.jining.credithub.routes.Headers;
import cn.jining.credithub.routes.JsonFormat;
import cn.jining.credithub.routes.error.ErrorPolicy;
import cn.jining.credithub.routes.metrics.IntakeMetrics;
import java.util.function.BiConsumer;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.builder.RouteBuilder;

/**
 * The intake every channel shares: check the submission, queue the accepted records durably, and only
 * then answer with the receipt (a receipt that says "accepted" means "on disk in the broker").
 */
public class IntakeRoute extends RouteBuilder {

    private static final String RECEIPT = "CreditHubReceipt";
    private static final String SUBMISSION = "CreditHubSubmission";
    private final IntakeService intake;
    private final IntakeMetrics metrics;
    private final BiConsumer<Submission, Receipt> audit;

    /**
     * {@code audit} is told of every answered submission with its final receipt (the gateway appends one
     * SUBMISSION or REJECTION entry per record to the audit trail, docs/audit.md).
     */
    public IntakeRoute(IntakeService intake, IntakeMetrics metrics, BiConsumer<Submission, Receipt> audit) {
        this.intake = intake;
        this.metrics = metrics;
        this.audit = audit;
    }

    @Override
    public void configure() {
        from(Endpoints.INTAKE).routeId("intake")
                .routeConfigurationId(ErrorPolicy.SHARED_STEP)
                .process(this::check)
                .split(simple("${body.messages}")).stopOnException()
                    .process(IntakeRoute::chunkHeaders)
                    .marshal(JsonFormat.acceptedBatch())
                    .to(ExchangePattern.InOnly, Endpoints.INTAKE_QUEUE)
                .end()
                // Counted only now: a batch whose queueing failed was answered with an error, not this receipt.
                .process(this::count)
                // After the queueing: the trail must not say "submitted" for records the broker never took. A
                // failing append fails the answer, and the source resubmits (harmless: writes are idempotent).
                .process(this::audit)
                .setBody(exchangeProperty(RECEIPT))
                .log("batch ${header." + Headers.BATCH_ID + "} from ${header." + Headers.SOURCE_ID
                        + "}: ${body.accepted} accepted, ${body.rejected} rejected");
    }

    private void check(Exchange exchange) throws InvalidPayloadException {
        Submission submission = exchange.getMessage().getMandatoryBody(Submission.class);
        IntakeResult result = intake.check(submission);
        exchange.setProperty(SUBMISSION, submission);
        exchange.setProperty(RECEIPT, result.receipt());
        exchange.getMessage().setHeader(Headers.SOURCE_ID, result.receipt().sourceId());
        exchange.getMessage().setHeader(Headers.BATCH_ID, result.receipt().batchId());
        exchange.getMessage().setBody(result);
    }

    private void count(Exchange exchange) {
        metrics.count(exchange.getProperty(SUBMISSION, Submission.class), exchange.getProperty(RECEIPT, Receipt.class));
    }

    private void audit(Exchange exchange) {
        audit.accept(exchange.getProperty(SUBMISSION, Submission.class), exchange.getProperty(RECEIPT, Receipt.class));
    }

    private static void chunkHeaders(Exchange exchange) {
        AcceptedBatch chunk = exchange.getMessage().getBody(AcceptedBatch.class);
        exchange.getMessage().setHeader(Headers.CHUNK, exchange.getProperty(Exchange.SPLIT_INDEX));
        exchange.getMessage().setHeader(Headers.RECORD_COUNT, chunk.records().size());
    }
}
