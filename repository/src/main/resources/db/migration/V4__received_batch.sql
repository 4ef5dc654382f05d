-- Replay protection of the push channels (docs/rest-api.md, "Authentication"): every batch id a source has
-- pushed and when the hub answered it. A second request with the same (source, batch id) is refused with 409
-- REPLAYED, across restarts and hub nodes. Batch ids are the source's own and unique per source.
CREATE TABLE received_batch (
    source_id    VARCHAR(128) NOT NULL,
    batch_id     VARCHAR(64)  NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_received_batch PRIMARY KEY (source_id, batch_id)
);
