-- Credit reports the hub issued (docs/reports.md): what a verification of a printed or downloaded report is checked
-- against. The report's content stays in the repository's records; here only its identity, digests and signature.
CREATE TABLE credit_report (
    report_number     VARCHAR(40)  NOT NULL,
    subject_category  VARCHAR(32)  NOT NULL,
    subject_code      VARCHAR(128) NOT NULL,
    requested_by      VARCHAR(64)  NOT NULL,
    purpose           VARCHAR(200) NOT NULL,
    issued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- SM3 of the report's canonical JSON (signed) and of the exact PDF bytes handed out (null: issued as JSON only).
    content_sm3       CHAR(64)     NOT NULL,
    pdf_sm3           CHAR(64),
    signature         VARCHAR(200) NOT NULL,
    CONSTRAINT pk_credit_report PRIMARY KEY (report_number)
);
CREATE UNIQUE INDEX ux_credit_report_pdf ON credit_report (pdf_sm3);
