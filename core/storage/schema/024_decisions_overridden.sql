-- 024: the "overridden" filter (decision log, the Art. 14 oversight report, the compliance
-- evidence) read every decision: 1,000,000 rows for a handful of matches. A partial index holds
-- only the overridden ones. A new decision is written with overridden = 0 and never enters it,
-- so the decision hot path pays nothing; an override's update adds its one row.
CREATE INDEX decisions_overridden ON decisions (created_ms) WHERE overridden = 1;
