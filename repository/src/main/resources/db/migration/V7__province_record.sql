-- The province link keeps each record's order (docs/province.md "Order"): the acceptance stamp of the newest version
-- of every record the province acknowledged. A version accepted before it is never sent after it (it arrived late:
-- a redelivery, a dead-letter replay), so the province's copy can only move forward.
CREATE TABLE province_record (
    record_id    VARCHAR(64)  NOT NULL,
    source_id    VARCHAR(64)  NOT NULL,
    category     VARCHAR(32)  NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    intake_seq   BIGINT       NOT NULL,
    CONSTRAINT pk_province_record PRIMARY KEY (record_id, source_id, category)
);
