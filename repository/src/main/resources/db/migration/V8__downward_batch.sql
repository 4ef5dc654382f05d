-- Replay protection of the downward channel (docs/province.md "Downward"), shared by every hub node and kept across
-- restarts: every batch the province pushed, until its envelope expires (the verifier refuses it after that anyway).
-- PENDING while the hub publishes it, KEPT once published; a PENDING row a crashed node left behind is taken over
-- by the province's re-send after a grace period, so a crash between remembering and publishing loses nothing.
CREATE TABLE downward_batch (
    source_id    VARCHAR(128) NOT NULL,
    batch_id     VARCHAR(128) NOT NULL,
    state        VARCHAR(8)   NOT NULL,
    seen_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_downward_batch PRIMARY KEY (source_id, batch_id)
);
CREATE INDEX ix_downward_batch_expires ON downward_batch (expires_at);
