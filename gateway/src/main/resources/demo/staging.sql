-- The demo vertical system's staging table (docs/sources.md, "DB polling channel"): id, status and reason
-- unquoted; the data columns quoted, so H2 keeps the canonical names' case. NULL or NEW status: to be taken.
CREATE TABLE credit_staging (
    record_id VARCHAR(64) PRIMARY KEY,
    status VARCHAR(16),
    reason VARCHAR(1000),
    "subjectName" VARCHAR(200),
    "subjectCategory" VARCHAR(20),
    "uscc" VARCHAR(18),
    "legalRepresentative" VARCHAR(50),
    "decisionNumber" VARCHAR(128),
    "violationType" VARCHAR(200),
    "violationFacts" VARCHAR(2000),
    "penaltyBasis" VARCHAR(500),
    "处罚类别" VARCHAR(100),
    "penaltyContent" VARCHAR(500),
    "fineAmount" DECIMAL(12, 4),
    "decisionDate" DATE,
    "validUntil" DATE,
    "authority" VARCHAR(200),
    "authorityUscc" VARCHAR(18),
    "dataSource" VARCHAR(200),
    "dataSourceUscc" VARCHAR(18)
);

-- The third row lacks its decision number: the hub answers it REJECTED, REQUIRED:decisionNumber.
INSERT INTO credit_staging (record_id, status, "subjectName", "subjectCategory", "uscc", "legalRepresentative",
    "decisionNumber", "violationType", "violationFacts", "penaltyBasis", "处罚类别", "penaltyContent", "fineAmount",
    "decisionDate", "validUntil", "authority", "authorityUscc", "dataSource", "dataSourceUscc") VALUES
('JNHG-2026-0201', 'NEW', '济宁示例进出口有限公司', '法人及非法人组织', '913708003000020162', '孙示例',
    '济关缉违字〔2026〕201号', '申报不实', '当事人以一般贸易方式申报出口的货物，申报品名与实际不符，影响海关统计准确性。',
    '《中华人民共和国海关行政处罚实施条例》第十五条第（一）项', '罚款', '罚款人民币0.5万元', 0.5,
    DATE '2026-04-02', DATE '2027-04-02', '济宁海关', '1137080000430188XD', '济宁海关', '1137080000430188XD'),
('JNHG-2026-0202', 'NEW', '济宁示例国际贸易有限公司', '法人及非法人组织', '91370800300002024W', '周示例',
    '济关缉违字〔2026〕202号', '未按规定期限办理报关手续', '当事人进口货物未在规定期限内向海关申报。',
    '《中华人民共和国海关行政处罚实施条例》第二十二条', '警告；罚款', '警告，罚款人民币1万元', 1,
    DATE '2026-04-09', DATE '2027-04-09', '济宁海关', '1137080000430188XD', '济宁海关', '1137080000430188XD'),
('JNHG-2026-0203', NULL, '济宁示例供应链管理有限公司', '法人及非法人组织', '91370800300002032P', '吴示例',
    NULL, '影响海关监管秩序', '当事人未按规定办理海关监管货物的变更手续。',
    '《中华人民共和国海关行政处罚实施条例》第十八条', '罚款', '罚款人民币2万元', 2,
    DATE '2026-04-16', DATE '2027-04-16', '济宁海关', '1137080000430188XD', '济宁海关', '1137080000430188XD');
