-- Query and sharing (docs/query.md): what the access policy and the vouchers need to hold across hub nodes.

-- Revoked authorisation vouchers. A voucher is checked offline by its signature; this list is what a signature
-- cannot say. Never deleted: a voucher id is never reused.
CREATE TABLE voucher_revocation (
    voucher_id   VARCHAR(64)  NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_by   VARCHAR(128) NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    CONSTRAINT pk_voucher_revocation PRIMARY KEY (voucher_id)
);

-- Each party's queries per day (the policy's daily quota), shared by every hub node: a conditional UPDATE takes one.
CREATE TABLE query_quota (
    party_id     VARCHAR(64)  NOT NULL,
    query_day    DATE         NOT NULL,
    used         INTEGER      NOT NULL,
    CONSTRAINT pk_query_quota PRIMARY KEY (party_id, query_day)
);

-- The fingerprint of the access policy last audited: a start with another policy appends a POLICY audit entry.
CREATE TABLE query_policy_state (
    id           INTEGER      NOT NULL,
    fingerprint  CHAR(64)     NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_query_policy_state PRIMARY KEY (id)
);
