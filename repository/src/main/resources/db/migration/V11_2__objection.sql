-- Objections (异议, docs/publication.md "Objections"): a subject disputes a record; the source bureau checks it within
-- working-day deadlines; overdue ones are escalated to operators. Attachments are kept with their SM3, Base64 text
-- (portable between H2 and PostgreSQL; their size is bounded by the hub, see ObjectionAttachments).
CREATE TABLE objection (
    tracking_no      VARCHAR(32)  NOT NULL,
    record_key       VARCHAR(200) NOT NULL,
    category         VARCHAR(32)  NOT NULL,
    source_id        VARCHAR(64)  NOT NULL,
    record_id        VARCHAR(64)  NOT NULL,
    filed_by         VARCHAR(64)  NOT NULL,
    subject_code     VARCHAR(128) NOT NULL,
    reasons          VARCHAR(4000) NOT NULL,
    state            VARCHAR(16)  NOT NULL,
    filed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledge_by   DATE         NOT NULL,
    decide_by        DATE         NOT NULL,
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    escalated_at     TIMESTAMP WITH TIME ZONE,
    answer           VARCHAR(4000),
    answered_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_objection PRIMARY KEY (tracking_no)
);
-- The operators' work list: open objections by deadline.
CREATE INDEX ix_objection_open ON objection (state, decide_by);
CREATE INDEX ix_objection_record ON objection (record_key);

CREATE TABLE objection_attachment (
    tracking_no  VARCHAR(32)  NOT NULL,
    position     INTEGER      NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    media_type   VARCHAR(64)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sm3          CHAR(64)     NOT NULL,
    content      VARCHAR      NOT NULL,
    CONSTRAINT pk_objection_attachment PRIMARY KEY (tracking_no, position)
);
