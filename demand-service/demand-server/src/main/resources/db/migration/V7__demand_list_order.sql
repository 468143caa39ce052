-- Every role's demand list is ordered newest first (Demands.sort: submitted_at DESC, id DESC) and read 20 rows at
-- a time. The indexes of V1 ended in (status, id), so each page sorted the role's whole slice (25 000 rows for a
-- large institution, 100 000 for the province: "Using filesort", ~0.1 s a page). Each of these ends in
-- (submitted_at, id) after the role's condition: the page is the index's first 20 entries.
DROP INDEX idx_demand_institution ON demand;
CREATE INDEX idx_demand_institution ON demand (institution_id, submitted_at, id);
-- the manual's tabs (待审核, 对接中, 已完成 …) of an institution's list
CREATE INDEX idx_demand_institution_status ON demand (institution_id, status, submitted_at, id);
DROP INDEX idx_demand_handler ON demand;
CREATE INDEX idx_demand_handler ON demand (handler_id, submitted_at, id);
DROP INDEX idx_demand_submitter ON demand;
CREATE INDEX idx_demand_submitter ON demand (submitter_id, submitted_at, id);
DROP INDEX idx_demand_centre ON demand;
CREATE INDEX idx_demand_centre ON demand (centre_id, submitted_at, id);
DROP INDEX idx_demand_region ON demand;
CREATE INDEX idx_demand_region ON demand (region_code, submitted_at, id);
-- the system administrator's list, and a province's, whose regions are nearly all demands: read in order and
-- filtered, it stops at the 20th row
CREATE INDEX idx_demand_submitted ON demand (submitted_at, id);
