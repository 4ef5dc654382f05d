package cn.jining.credithub.simulator;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.province.Acknowledgement;
import cn.jining.credithub.contracts.province.AcknowledgementException;
import cn.jining.credithub.contracts.province.AcknowledgementVerifier;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.contracts.seal.SealedBatch;
import cn.jining.credithub.contracts.seal.Sealer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Pushes a downward batch as the province would: seals the records with the province key (SM4-GCM for the hub's
 * certificate on request), POSTs the envelope to the hub's downward endpoint and checks the hub's signed
 * acknowledgement against the hub certificate.
 */
final class DownwardPusher {

    private static final Duration VALIDITY = Duration.ofHours(1);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private final SimulatorSettings settings;
    private final Sealer sealer;
    private final AcknowledgementVerifier hubAcks;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile URI hubDownwardUrl;

    DownwardPusher(SimulatorSettings settings, Clock clock) throws GeneralSecurityException {
        this.settings = settings;
        this.clock = clock;
        this.sealer = new Sealer(settings.province().signer(), settings.province().certificate(), clock, VALIDITY);
        this.hubAcks = new AcknowledgementVerifier(settings.hub());
        this.hubDownwardUrl = settings.hubDownwardUrl();
    }

    /** Where pushes go from now on (an embedding hub knows its own port only once its web server runs). */
    void hubDownwardUrl(URI url) {
        this.hubDownwardUrl = url;
    }

    /** Seals and sends {@code records}; the answer says what the hub replied and whether its acknowledgement verified. */
    PushResult push(List<AcceptedRecord> records, boolean encrypt) throws GeneralSecurityException, IOException,
            InterruptedException {
        URI target = hubDownwardUrl;
        if (target == null) {
            throw new IllegalStateException("no hub downward URL is configured (--hub-url)");
        }
        String batchId = "SD-DOWN-" + DAY.format(clock.instant().atZone(clock.getZone())) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        SealedBatch sealed = encrypt
                ? sealer.seal(settings.provinceSourceId(), batchId, records, settings.hub())
                : sealer.seal(settings.provinceSourceId(), batchId, records);
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ContractsJson.mapper().writeValueAsBytes(sealed)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return new PushResult(batchId, records.size(), response.statusCode(), null, false, response.body());
        }
        Acknowledgement ack;
        try {
            ack = ContractsJson.mapper().readValue(response.body(), Acknowledgement.class);
        } catch (IOException e) {
            return new PushResult(batchId, records.size(), 200, null, false, "the answer is not an acknowledgement: "
                    + e.getMessage());
        }
        try {
            hubAcks.verify(ack, sealed.header());
            return new PushResult(batchId, records.size(), 200, ack, true, null);
        } catch (AcknowledgementException e) {
            return new PushResult(batchId, records.size(), 200, ack, false, e.getMessage());
        }
    }

    /** The default downward sample: {@code count} joint-punishment list entries (CREDIT_LIST) about demo enterprises. */
    static List<AcceptedRecord> jointPunishmentSample(int count) {
        List<AcceptedRecord> records = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            ObjectNode data = SampleRecords.creditListEntry(n);
            String category = RecordCategory.CREDIT_LIST.name();
            records.add(new AcceptedRecord(category, "SD-JP-" + n, Fingerprint.of(category, data), "LEGAL_PERSON",
                    data.get("uscc").asText(), data, null));
        }
        return records;
    }
}
