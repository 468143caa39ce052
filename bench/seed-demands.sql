-- The request-path benchmark's demands (bench/request-path): @total demands, a quarter of them in the demo
-- institution (@inst, its centres @head_office and @lishui, its broker @broker), the rest spread over 499 other
-- institutions; every county of Zhejiang gets its share, so a province, a city and a county bureau each see a
-- realistic slice. Written straight into demand-service's table: seeding 100 000 through the API would take hours,
-- and the list reads only this table.
-- Expects the session variables @total, @inst, @head_office, @lishui, @broker, @broker_name and the org schema's
-- county codes in the temporary table bench_county (n, code).

INSERT INTO demand (title, description, type, field_code, industry, enterprise_id, budget, cooperation_mode, deadline,
                    fee_ratio, source, status, submitter_id, submitter_name, institution_id, centre_id, region_code,
                    handler_id, handler_name, submitted_at, reviewed_at, updated_at, version)
SELECT CONCAT('基准需求 ', s.seq),
       CONCAT('压测用需求 ', s.seq, '：企业希望与高校合作解决生产工艺中的技术难题。'),
       ELT(1 + s.seq % 3, 'TECHNOLOGY', 'TALENT', 'FUNDING'),
       ELT(1 + s.seq % 10, 'ELECTRONIC_INFORMATION', 'BIOMEDICINE', 'AEROSPACE', 'NEW_MATERIALS',
           'HIGH_TECH_SERVICES', 'NEW_ENERGY', 'RESOURCES_ENVIRONMENT', 'ADVANCED_MANUFACTURING',
           'MODERN_AGRICULTURE', 'OTHER'),
       ELT(1 + s.seq % 4, '装备制造', '纺织', '化工', '电子'),
       NULL, 10000 * (1 + s.seq % 50), '技术开发', DATE_ADD('2027-01-01', INTERVAL s.seq % 365 DAY),
       5.00, 'STAFF',
       ELT(1 + s.seq % 6, 'PENDING_REVIEW', 'DOCKING', 'DOCKING', 'DOCKING', 'COMPLETED', 'CLOSED'),
       IF(s.seq % 4 = 0 AND s.seq % 40 = 0, @broker, 1000000 + s.seq % 5000),
       IF(s.seq % 4 = 0 AND s.seq % 40 = 0, @broker_name, '经纪人'),
       IF(s.seq % 4 = 0, @inst, 1000000 + s.seq % 499),
       IF(s.seq % 4 = 0, IF(s.seq % 8 = 0, @lishui, @head_office), 2000000 + s.seq % 499),
       c.code,
       IF(s.seq % 4 = 0 AND s.seq % 40 = 0, @broker, 1000000 + s.seq % 5000),
       IF(s.seq % 4 = 0 AND s.seq % 40 = 0, @broker_name, '经纪人'),
       -- a demand every 30 s over the past ~35 days, so no two share a submission time by accident
       TIMESTAMPADD(SECOND, -30 * s.seq, '2026-12-01 12:00:00'),
       NULL,
       TIMESTAMPADD(SECOND, -30 * s.seq, '2026-12-01 12:00:00'),
       0
FROM (SELECT CAST(seq AS SIGNED) AS seq FROM seq_1_to_1000000) s
JOIN bench_county c ON c.n = s.seq % (SELECT COUNT(*) FROM bench_county)
WHERE s.seq <= @total;
