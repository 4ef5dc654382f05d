-- The portal's own store: only what the publication feed published (never the hub's repository).
-- One row per record key; a withdrawn record keeps its row (not visible, no fields) so that a late older
-- event, whose sequence is lower, changes nothing.
CREATE TABLE published_record (
    record_key        VARCHAR(400)  NOT NULL PRIMARY KEY,
    record_sequence   BIGINT        NOT NULL,
    visible           BOOLEAN       NOT NULL,
    category          VARCHAR(40)   NOT NULL,
    source_id         VARCHAR(128),
    source_name       VARCHAR(200),
    subject_category  VARCHAR(40),
    subject_code      VARCHAR(64),
    subject_name      VARCHAR(200),
    list_type         VARCHAR(8),
    published_from    DATE,
    published_until   DATE,
    under_objection   BOOLEAN       NOT NULL,
    fields_json       TEXT,
    emitted_at        TIMESTAMP,
    updated_at        TIMESTAMP     NOT NULL
);
CREATE INDEX published_record_subject ON published_record (subject_code);
CREATE INDEX published_record_name ON published_record (subject_name);
CREATE INDEX published_record_latest ON published_record (visible, updated_at);
CREATE INDEX published_record_list ON published_record (list_type, visible);

-- Ids of the events already applied (or dropped): a redelivered event is answered as done.
CREATE TABLE applied_event (
    event_id    VARCHAR(128)  NOT NULL PRIMARY KEY,
    record_key  VARCHAR(400)  NOT NULL,
    outcome     VARCHAR(16)   NOT NULL,
    applied_at  TIMESTAMP     NOT NULL
);

-- What tracking needs, nothing personal: the content of a form goes to the hub and is not kept here.
CREATE TABLE form_submission (
    tracking_number  VARCHAR(32)   NOT NULL PRIMARY KEY,
    kind             VARCHAR(16)   NOT NULL,
    record_key       VARCHAR(400),
    status           VARCHAR(16)   NOT NULL,
    hub_reference    VARCHAR(128),
    submitted_at     TIMESTAMP     NOT NULL
);
