-- The province link's ledger (docs/province.md "Upward"): every batch the hub sealed for the provincial platform,
-- its records as sent, and the province's signed acknowledgement once it came. A batch is re-sent under the same
-- batch_id (a lost acknowledgement, the daily reconciliation), so the province can de-duplicate it.
CREATE TABLE province_batch (
    batch_id         VARCHAR(64)  NOT NULL,
    -- The source whose records these are (the envelope's sourceId) and its own batch id.
    source_id        VARCHAR(128) NOT NULL,
    origin_batch_id  VARCHAR(128) NOT NULL,
    record_count     INTEGER      NOT NULL,
    merkle_root      CHAR(64)     NOT NULL,
    -- The records as sealed (JSON array of accepted records, docs/envelope.md), so a re-send seals the same root.
    records          VARCHAR      NOT NULL,
    first_sent_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts         INTEGER      NOT NULL,
    -- Null until a valid acknowledgement arrived: then its status (RECEIVED, DUPLICATE), time and signature.
    acked_at         TIMESTAMP WITH TIME ZONE,
    ack_status       VARCHAR(16),
    ack_received_at  TIMESTAMP WITH TIME ZONE,
    ack_signature    VARCHAR(200),
    last_error       VARCHAR(2000),
    CONSTRAINT pk_province_batch PRIMARY KEY (batch_id)
);

-- Reconciliation reads the batches sent in a window, and those still unacknowledged.
CREATE INDEX ix_province_batch_sent ON province_batch (first_sent_at);
CREATE INDEX ix_province_batch_acked ON province_batch (acked_at);
