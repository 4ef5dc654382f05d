-- The credit repository's records, one row per (category, source, source's record id).
-- Portable between H2 (embedded default) and PostgreSQL 15+ (production): standard types and MERGE.
CREATE TABLE credit_record (
    category          VARCHAR(32)  NOT NULL,
    source_id         VARCHAR(64)  NOT NULL,
    record_id         VARCHAR(64)  NOT NULL,
    fingerprint       CHAR(64)     NOT NULL,
    version           INTEGER      NOT NULL,
    subject_category  VARCHAR(32)  NOT NULL,
    subject_code      VARCHAR(128) NOT NULL,
    batch_id          VARCHAR(64)  NOT NULL,
    payload           VARCHAR      NOT NULL,
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    written_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    -- record_id leads: H2 serves an IN list from an index only on its leading column, and the writer
    -- looks a batch up by its record ids (CreditRecordStore).
    CONSTRAINT pk_credit_record PRIMARY KEY (record_id, source_id, category)
);

-- The three base databases are read by subject: legal persons and individual businesses by credit code,
-- natural persons by document.
CREATE INDEX ix_credit_record_subject ON credit_record (subject_category, subject_code);
CREATE INDEX ix_credit_record_fingerprint ON credit_record (fingerprint);
