-- The tamper-evident audit trail (docs/audit.md): append-only, each entry carrying the SM3 hash of the one
-- before it. Rows are never updated or deleted by the hub; any change breaks the chain at that seq.
CREATE TABLE audit_entry (
    seq          BIGINT       NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    -- Wider than credit_record's: a REJECTION records ids the standard refused (clipped to fit by the writer).
    category     VARCHAR(64),
    source_id    VARCHAR(128) NOT NULL,
    batch_id     VARCHAR(128) NOT NULL,
    record_id    VARCHAR(256),
    fingerprint  CHAR(64),
    destination  VARCHAR(64),
    detail       VARCHAR      NOT NULL,
    prev_hash    CHAR(64)     NOT NULL,
    hash         CHAR(64)     NOT NULL,
    -- Base64 DER SM2 signature of the entry's hash; only on checkpoint entries, when a signer is configured.
    signature    VARCHAR(200),
    CONSTRAINT pk_audit_entry PRIMARY KEY (seq),
    -- A second writer that somehow chained onto the same predecessor fails here instead of forking the chain.
    CONSTRAINT uq_audit_entry_prev UNIQUE (prev_hash)
);

-- trace(category, source, record): a record's entries from submission to every destination.
CREATE INDEX ix_audit_entry_record ON audit_entry (record_id, source_id, category);

-- The one lock row every append takes (UPDATE first, then read): appends from every thread and every hub
-- node are serialised on it, and it names the last seq and hash, so a deleted tail is detected as well.
CREATE TABLE audit_head (
    id         INTEGER  NOT NULL,
    seq        BIGINT   NOT NULL,
    hash       CHAR(64) NOT NULL,
    CONSTRAINT pk_audit_head PRIMARY KEY (id)
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
