-- 027: every decision leaves one responsibility record of its own: the node decided it, automated
-- (supervised when it was escalated), for the policy's reason. That record was a row in
-- responsibility_records, with its table and two indexes written by every decision: about 8 % of
-- the decisions the HTTP listener could answer a second (docs/benchmarks.md, HTTP, tenth pass).
-- All its other fields follow from the decision, so the two that do not, who decided and why, are
-- now columns of the decision's row, and ResponsibilityTracker reads the record from there (its id
-- is the decision's with the rsp_ prefix). Records of later acts (a reviewer, an override) and
-- every record written before this migration stay in responsibility_records.
ALTER TABLE decisions ADD COLUMN decision_maker TEXT;
ALTER TABLE decisions ADD COLUMN decision_reasoning TEXT;

-- The record is as fixed as the rest of the decision (decisions_facts_fixed, 022): who decided
-- never changes; the reasoning only becomes '' in the decision's one anonymization, as
-- responsibility_records' reasoning does.
CREATE TRIGGER decisions_responsibility_fixed BEFORE UPDATE OF decision_maker, decision_reasoning ON decisions
WHEN NEW.decision_maker IS NOT OLD.decision_maker
    OR (NEW.decision_reasoning IS NOT OLD.decision_reasoning
        AND NOT (OLD.anonymized_at IS NULL AND NEW.anonymized_at IS NOT NULL AND NEW.decision_reasoning = ''))
BEGIN
    SELECT RAISE(ABORT, 'decisions: only the outcome after review and one anonymization may change a decision');
END;
