-- Per-node audit chains (docs/audit.md "Several hub nodes"): each hub node appends to a hash chain of its own, so
-- nodes never wait on one another's lock row; the chains are anchored into one common chain (audit_anchor) at
-- intervals. The single-node trail so far becomes the chain of the default node id 'hub' unchanged (its hashes
-- do not cover the node id: moving a row to another chain breaks both chains' links, renaming a chain breaks
-- its anchors).
ALTER TABLE audit_entry ADD COLUMN node_id VARCHAR(64) DEFAULT 'hub' NOT NULL;
ALTER TABLE audit_entry DROP CONSTRAINT uq_audit_entry_prev;
ALTER TABLE audit_entry DROP CONSTRAINT pk_audit_entry;
ALTER TABLE audit_entry ADD CONSTRAINT pk_audit_entry PRIMARY KEY (node_id, seq);
-- Every chain starts from 64 zeros, so the fork guard is per chain.
ALTER TABLE audit_entry ADD CONSTRAINT uq_audit_entry_prev UNIQUE (node_id, prev_hash);

-- One lock row per node (UPDATE first, then read), naming the node's last seq and hash (a deleted tail shows).
CREATE TABLE audit_node_head (
    node_id    VARCHAR(64) NOT NULL,
    seq        BIGINT      NOT NULL,
    hash       CHAR(64)    NOT NULL,
    CONSTRAINT pk_audit_node_head PRIMARY KEY (node_id)
);
INSERT INTO audit_node_head (node_id, seq, hash) SELECT 'hub', seq, hash FROM audit_head WHERE id = 1;
DROP TABLE audit_head;

-- The common chain: each anchor records one node chain's head (node_seq, node_hash) at the time, hash-chained to
-- the anchor before it and signed (when the hub has an audit identity). Written once per interval per node.
CREATE TABLE audit_anchor (
    seq          BIGINT      NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    node_id      VARCHAR(64) NOT NULL,
    node_seq     BIGINT      NOT NULL,
    node_hash    CHAR(64)    NOT NULL,
    prev_hash    CHAR(64)    NOT NULL,
    hash         CHAR(64)    NOT NULL,
    signature    VARCHAR(200),
    CONSTRAINT pk_audit_anchor PRIMARY KEY (seq),
    CONSTRAINT uq_audit_anchor_prev UNIQUE (prev_hash)
);

-- The anchor chain's head and lock row: taken about once a second per node, not per entry.
CREATE TABLE audit_anchor_head (
    id         INTEGER  NOT NULL,
    seq        BIGINT   NOT NULL,
    hash       CHAR(64) NOT NULL,
    CONSTRAINT pk_audit_anchor_head PRIMARY KEY (id)
);
INSERT INTO audit_anchor_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
