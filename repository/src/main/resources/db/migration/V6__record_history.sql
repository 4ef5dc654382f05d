-- Newest version wins (docs/repository.md): every version of a record is ordered by when the hub accepted it
-- (received_at, then intake_seq), whatever order deliveries arrive in. The current row holds the version accepted
-- last; received_at/intake_seq say when its content was first accepted, confirmed_at/confirmed_seq the latest
-- acceptance of that same content and its batch (a resubmission changes no content but moves the record's newest
-- stamp).
-- Rows written before this migration: sequence 0, confirmed when received.
ALTER TABLE credit_record ADD COLUMN intake_seq BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE credit_record ADD COLUMN confirmed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE credit_record ADD COLUMN confirmed_seq BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE credit_record ADD COLUMN confirmed_batch_id VARCHAR(64);
UPDATE credit_record SET confirmed_at = received_at, confirmed_batch_id = batch_id;
ALTER TABLE credit_record ALTER COLUMN confirmed_at SET NOT NULL;
ALTER TABLE credit_record ALTER COLUMN confirmed_batch_id SET NOT NULL;

-- Every earlier version of a record: the one a newer version replaced, and an older one that arrived late (it goes
-- here, never over the current row). Keyed by the record and its acceptance stamp, so a redelivery adds nothing.
CREATE TABLE credit_record_history (
    category          VARCHAR(32)  NOT NULL,
    source_id         VARCHAR(64)  NOT NULL,
    record_id         VARCHAR(64)  NOT NULL,
    fingerprint       CHAR(64)     NOT NULL,
    subject_category  VARCHAR(32)  NOT NULL,
    subject_code      VARCHAR(128) NOT NULL,
    batch_id          VARCHAR(64)  NOT NULL,
    payload           VARCHAR      NOT NULL,
    original_payload  VARCHAR,
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    intake_seq        BIGINT       NOT NULL,
    confirmed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_seq     BIGINT       NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_credit_record_history PRIMARY KEY (record_id, source_id, category, received_at, intake_seq)
);
