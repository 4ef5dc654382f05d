package cn.jining.credithub.simulator;

import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.province.Acknowledgement;
import cn.jining.credithub.contracts.province.AcknowledgementSigner;
import cn.jining.credithub.contracts.seal.PayloadOpener;
import cn.jining.credithub.contracts.seal.SealException;
import cn.jining.credithub.contracts.seal.SealFailure;
import cn.jining.credithub.contracts.seal.SealVerifier;
import cn.jining.credithub.contracts.seal.SealedBatch;
import cn.jining.credithub.contracts.seal.TrustedSigners;
import cn.jining.credithub.contracts.seal.VerifiedBatch;
import com.fasterxml.jackson.core.JacksonException;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The province's API as the hub sees it: {@code POST /province/v1/batches} verifies a sealed batch (trusted signer =
 * the hub), stores it and answers with a signed acknowledgement; {@code GET /province/v1/acknowledgements?since=}
 * lists the acknowledgements given, for the hub's daily reconciliation. Both obey the current {@link SimulatorMode}.
 */
final class ProvinceApi {

    static final String BATCHES = "/province/v1/batches";
    static final String ACKNOWLEDGEMENTS = "/province/v1/acknowledgements";
    private static final Logger LOG = LoggerFactory.getLogger(ProvinceApi.class);
    private final SealVerifier verifier;
    private final AcknowledgementSigner signer;
    private final ReceivedStore store;
    private final Supplier<SimulatorMode> mode;
    private final SimulatorSettings settings;

    ProvinceApi(SimulatorSettings settings, ReceivedStore store, Supplier<SimulatorMode> mode, Clock clock)
            throws GeneralSecurityException {
        // Re-sending a batch under its own id is expected (its acknowledgement was lost): the store answers a copy
        // with DUPLICATE and refuses other content under a known id, so the verifier's replay guard stays open.
        this.verifier = new SealVerifier(TrustedSigners.of(settings.hub()), (source, batch, expires) -> true, clock,
                PayloadOpener.forRecipient(settings.province()));
        this.signer = new AcknowledgementSigner(settings.province(), clock);
        this.store = store;
        this.mode = mode;
        this.settings = settings;
    }

    void batches(HttpExchange exchange) throws IOException {
        try {
            if (!answerable(exchange) || !HttpAnswers.method(exchange, "POST")) {
                return;
            }
            byte[] body = HttpAnswers.body(exchange, settings.maxBodyBytes());
            if (body == null) {
                HttpAnswers.error(exchange, 413, "TOO_LARGE", "the batch is larger than " + settings.maxBodyBytes() + " bytes");
                return;
            }
            SealedBatch sealed;
            try {
                sealed = ContractsJson.mapper().readValue(body, SealedBatch.class);
            } catch (JacksonException e) {
                HttpAnswers.error(exchange, 400, "MALFORMED", "the body is not a sealed batch: " + e.getOriginalMessage());
                return;
            }
            VerifiedBatch verified;
            try {
                verified = verifier.verify(sealed);
            } catch (SealException e) {
                store.refused(e.code());
                LOG.warn("refused a batch: {}", e.getMessage());
                // SealException's message starts with its code; the answer carries the code in its own member.
                String message = e.getMessage().startsWith(e.code() + ": ")
                        ? e.getMessage().substring(e.code().name().length() + 2) : e.getMessage();
                HttpAnswers.error(exchange, status(e.code()), e.code().name(), message);
                return;
            }
            Acknowledgement ack;
            try {
                ack = store.receive(verified, signer::acknowledge);
            } catch (ReceivedStore.BatchIdReusedException e) {
                HttpAnswers.error(exchange, 409, "BATCH_ID_REUSED", e.getMessage());
                return;
            } catch (GeneralSecurityException e) {
                HttpAnswers.error(exchange, 500, "SIGNING_FAILED", "the acknowledgement could not be signed");
                return;
            }
            if (mode.get() == SimulatorMode.LOSE_ACKS) {
                // Stored, but the answer never arrives: closing before the status line drops the connection.
                store.lostAcknowledgement();
                LOG.info("lost the acknowledgement of batch {} on purpose", ack.batchId());
                return;
            }
            HttpAnswers.json(exchange, 200, ack);
        } finally {
            exchange.close();
        }
    }

    void acknowledgements(HttpExchange exchange) throws IOException {
        try {
            if (!answerable(exchange) || !HttpAnswers.method(exchange, "GET")) {
                return;
            }
            Instant since;
            try {
                since = parseSince(exchange.getRequestURI().getRawQuery());
            } catch (DateTimeParseException e) {
                HttpAnswers.error(exchange, 400, "BAD_SINCE", "since must be an ISO-8601 instant, e.g. 2026-11-26T00:00:00Z");
                return;
            }
            List<Acknowledgement> acks = store.acknowledgements(since);
            HttpAnswers.json(exchange, 200, acks);
        } finally {
            exchange.close();
        }
    }

    /** Applies the failure modes that still answer; false when the request is already answered (or dropped). */
    private boolean answerable(HttpExchange exchange) throws IOException {
        SimulatorMode now = mode.get();
        if (now == SimulatorMode.ERRORS) {
            HttpAnswers.error(exchange, 503, "UNAVAILABLE", "the provincial platform is unavailable (simulated)");
            return false;
        }
        if (now == SimulatorMode.SLOW) {
            try {
                // The simulated slowness itself: the handler holds the answer back.
                Thread.sleep(settings.slowDelay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** 403 for a signer the province does not trust, 422 for every other refused seal. */
    static int status(SealFailure code) {
        return code == SealFailure.UNKNOWN_SIGNER ? 403 : 422;
    }

    private static Instant parseSince(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals("since")) {
                return Instant.parse(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return null;
    }
}
