-- The read side's subject index (docs/query.md): one row per subject of the three base databases, kept by the record
-- store in the transaction that writes the subject's records, so a profile, a lookup by credit code or ID number and a
-- name search never scan credit_record's payloads.
CREATE TABLE credit_subject (
    subject_category  VARCHAR(32)  NOT NULL,
    subject_code      VARCHAR(128) NOT NULL,
    -- The credit code, or the document number without its type: what a caller types to find the subject.
    lookup_code       VARCHAR(128) NOT NULL,
    name              VARCHAR(200),
    -- The name as searched: NFKC, without white space, lower case (SubjectNames.normalise).
    name_key          VARCHAR(200),
    -- 6-digit division code from the base information; null until base information arrives.
    region            VARCHAR(12),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_credit_subject PRIMARY KEY (subject_code, subject_category)
);
CREATE INDEX ix_credit_subject_lookup ON credit_subject (lookup_code);

-- Partial-name search without LIKE '%...%' over a million names and without pg_trgm (H2 has none): every
-- two-character piece of a legal person's name_key, one row each. A search reads the rarest piece of the query
-- through this primary key and checks the whole query on those candidates only. Natural persons' names are not
-- indexed (personal data; they are found by ID number).
CREATE TABLE credit_subject_name_gram (
    gram              VARCHAR(8)   NOT NULL,
    subject_code      VARCHAR(128) NOT NULL,
    subject_category  VARCHAR(32)  NOT NULL,
    CONSTRAINT pk_credit_subject_name_gram PRIMARY KEY (gram, subject_code, subject_category)
);

-- A profile reads a subject's earlier versions in one statement; the batch check reads by subject code alone
-- (H2 serves an IN list from an index only on its leading column).
CREATE INDEX ix_credit_record_history_subject ON credit_record_history (subject_code, subject_category);
CREATE INDEX ix_credit_record_code ON credit_record (subject_code, category);
