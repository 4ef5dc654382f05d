package cn.jining.credithub.bench;

import java.util.Locale;

/**
 * One run's figures: what was sent, the receipts' rate and latency percentiles, the end-to-end rate (NaN against a
 * running hub, whose repository the driver cannot see) and the raw broker rate of the same run (NaN likewise).
 */
record LoadFigures(String repository, int records, int batch, int clients, double receiptSeconds,
                   double endToEndSeconds, LoadClients.Seen seen, double rawSendAndReceive) {

    double receiptsPerSecond() {
        return records / receiptSeconds;
    }

    double requestsPerSecond() {
        return seen.latencies().length / receiptSeconds;
    }

    double endToEndPerSecond() {
        return records / endToEndSeconds;
    }

    double ratio() {
        return endToEndPerSecond() / rawSendAndReceive;
    }

    /** The human-readable report the driver prints. */
    String report() {
        return String.format(Locale.ROOT, """
                  repository: %s
                  records: %,d in requests of %,d from %d clients
                  receipts:    %,10.0f records/s, %,8.0f requests/s (%.2f s)
                  latency of a request: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms
                  end to end (in the repository): %,10.0f records/s (%.2f s)
                  raw Artemis transacted send+receive, same run: %,10.0f msg/s; ratio end-to-end : raw = %.2f
                """, repository, records, batch, clients, receiptsPerSecond(), requestsPerSecond(), receiptSeconds,
                seen.percentileMillis(50), seen.percentileMillis(95), seen.percentileMillis(99), endToEndPerSecond(),
                endToEndSeconds, rawSendAndReceive, ratio());
    }

    /** One row of the history table in docs/performance.md (after date, commit and machine). */
    String historyCells() {
        return String.format(Locale.ROOT, "%s | %,d × %,d, %d clients | %,.0f | %,.0f | %.1f / %.1f / %.1f | %,.0f | %,.0f | %.2f",
                repository, records / batch, batch, clients, receiptsPerSecond(), requestsPerSecond(),
                seen.percentileMillis(50), seen.percentileMillis(95), seen.percentileMillis(99), endToEndPerSecond(),
                rawSendAndReceive, ratio());
    }
}
