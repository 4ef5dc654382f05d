package cn.jining.credithub.routes.intake;

import cn.jining.credithub.contracts.auth.SignedRequest;
import cn.jining.credithub.contracts.exchange.Receipt;
import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.contracts.exchange.Submission;
import cn.jining.credithub.contracts.exchange.SubmissionRefusedException;
import cn.jining.credithub.routes.Endpoints;
import cn.jining.credithub.routes.Headers;
import cn.jining.credithub.routes.error.ErrorPolicy;
import cn.jining.credithub.routes.metrics.IntakeMetrics;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The intake every channel shares: check that the channel's authenticated source sent it (and not twice), check
 * the submission, queue the accepted records durably, and only then answer with the receipt (a receipt that
 * says "accepted" means "on disk in the broker").
 */
public class IntakeRoute extends RouteBuilder {

    private static final String RECEIPT = "CreditHubReceipt";
    private static final String SUBMISSION = "CreditHubSubmission";
    private static final String REQUEST_TIME = "CreditHubRequestTime";
    private static final Logger LOG = LoggerFactory.getLogger(IntakeRoute.class);
    private final IntakeService intake;
    private final IntakeMetrics metrics;
    private final BiConsumer<Submission, Receipt> audit;
    private final SourceAuthorisation authorisation;
    private final Consumer<RefusedSubmission> refusals;
    private final IntakeQueue queue = new IntakeQueue();

    /**
     * {@code audit} is told of every answered submission with its final receipt (the gateway appends one
     * SUBMISSION or REJECTION entry per record to the audit trail, docs/audit.md); {@code authorisation} checks
     * the authenticated source and replays before anything else; {@code refusals}
     * is told of every submission refused as a whole (the gateway appends a REFUSAL entry to the audit trail).
     */
    public IntakeRoute(IntakeService intake, IntakeMetrics metrics, BiConsumer<Submission, Receipt> audit,
                       SourceAuthorisation authorisation, Consumer<RefusedSubmission> refusals) {
        this.intake = intake;
        this.metrics = metrics;
        this.audit = audit;
        this.authorisation = authorisation;
        this.refusals = refusals;
    }

    @Override
    public void configure() {
        from(Endpoints.INTAKE).routeId("intake")
                .routeConfigurationId(ErrorPolicy.SHARED_STEP)
                .process(this::check)
                // All of the batch in one broker transaction, or nothing of it (the channel answers the failure).
                .process(e -> queue.send(e.getContext(), e.getMessage().getBody(IntakeResult.class).messages()))
                // Counted only now: a batch whose queueing failed was answered with an error, not this receipt.
                .process(this::count)
                // After the queueing: the trail must not say "submitted" for records the broker never took. A
                // failing append fails the answer, and the source resubmits (harmless: writes are idempotent).
                .process(this::audit)
                .process(this::remember)
                .setBody(exchangeProperty(RECEIPT))
                .log("batch ${header." + Headers.BATCH_ID + "} from ${header." + Headers.SOURCE_ID
                        + "}: ${body.accepted} accepted, ${body.rejected} rejected");
    }

    private void check(Exchange exchange) throws InvalidPayloadException {
        Submission submission = exchange.getMessage().getMandatoryBody(Submission.class);
        Message message = exchange.getMessage();
        String authenticated = message.getHeader(SignedRequest.AUTHENTICATED_SOURCE, String.class);
        IntakeResult result;
        Instant requestTime = null;
        try {
            requestTime = requestTime(message);
            authorisation.authorise(submission, authenticated, requestTime);
            result = intake.check(submission);
        } catch (SubmissionRefusedException refused) {
            refused(exchange, submission, authenticated, refused);
            throw refused;
        }
        exchange.setProperty(REQUEST_TIME, requestTime);
        exchange.setProperty(SUBMISSION, submission);
        exchange.setProperty(RECEIPT, result.receipt());
        exchange.getMessage().setHeader(Headers.SOURCE_ID, result.receipt().sourceId());
        exchange.getMessage().setHeader(Headers.BATCH_ID, result.receipt().batchId());
        exchange.getMessage().setBody(result);
    }

    /** The one place every channel's whole-submission refusals reach the audit trail. */
    private void refused(Exchange exchange, Submission submission, String authenticated,
                         SubmissionRefusedException refused) {
        String source = authenticated != null ? authenticated : submission.sourceId() != null ? submission.sourceId() : "-";
        try {
            refusals.accept(new RefusedSubmission(source, submission.batchId(), refused.refusal().name(),
                    refused.getMessage(), exchange.getMessage().getHeader(SignedRequest.REMOTE_ADDRESS, String.class),
                    exchange.getFromRouteId()));
        } catch (RuntimeException e) {
            // The refusal stands either way; an unrecorded one is an operator's problem, not the source's.
            LOG.error("could not audit the refusal {} of batch {} from {}", refused.refusal(), submission.batchId(),
                    source, e);
        }
    }

    private static Instant requestTime(Message message) {
        Object value = message.getHeader(SignedRequest.REQUEST_TIMESTAMP);
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        try {
            return Instant.parse(value.toString());
        } catch (DateTimeParseException e) {
            throw new SubmissionRefusedException(Refusal.UNAUTHENTICATED,
                    "the channel passed an unreadable request timestamp");
        }
    }

    private void remember(Exchange exchange) {
        Receipt receipt = exchange.getProperty(RECEIPT, Receipt.class);
        authorisation.remember(receipt.sourceId(), receipt.batchId(), exchange.getProperty(REQUEST_TIME, Instant.class),
                receipt.receivedAt());
    }

    private void count(Exchange exchange) {
        metrics.count(exchange.getProperty(SUBMISSION, Submission.class), exchange.getProperty(RECEIPT, Receipt.class));
    }

    private void audit(Exchange exchange) {
        audit.accept(exchange.getProperty(SUBMISSION, Submission.class), exchange.getProperty(RECEIPT, Receipt.class));
    }

}
