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

-- The facts stay fixed as before (022), and so does the record: who decided never changes; the
-- reasoning only becomes '' in the decision's one anonymization, as responsibility_records'
-- reasoning does.
DROP TRIGGER decisions_facts_fixed;
CREATE TRIGGER decisions_facts_fixed BEFORE UPDATE ON decisions
WHEN NEW.decision_id IS NOT OLD.decision_id OR NEW.requester IS NOT OLD.requester
    OR NEW.action IS NOT OLD.action OR NEW.outcome IS NOT OLD.outcome OR NEW.reasons_json IS NOT OLD.reasons_json
    OR NEW.policy_version IS NOT OLD.policy_version OR NEW.policy_hash IS NOT OLD.policy_hash
    OR NEW.policy_mode IS NOT OLD.policy_mode OR NEW.risk_score IS NOT OLD.risk_score
    OR NEW.risk_level IS NOT OLD.risk_level OR NEW.risk_json IS NOT OLD.risk_json
    OR NEW.escalation_id IS NOT OLD.escalation_id OR NEW.ledger_index IS NOT OLD.ledger_index
    OR NEW.entry_hash IS NOT OLD.entry_hash OR NEW.created_at IS NOT OLD.created_at
    OR NEW.created_ms IS NOT OLD.created_ms OR NEW.request_commitment IS NOT OLD.request_commitment
    OR NEW.decision_maker IS NOT OLD.decision_maker
    OR (OLD.anonymized_at IS NOT NULL AND NEW.anonymized_at IS NOT OLD.anonymized_at)
    OR ((NEW.request_id IS NOT OLD.request_id OR NEW.actor IS NOT OLD.actor OR NEW.resource IS NOT OLD.resource
         OR NEW.tool IS NOT OLD.tool OR NEW.request_json IS NOT OLD.request_json
         OR NEW.request_salt IS NOT OLD.request_salt OR NEW.trace_parent IS NOT OLD.trace_parent
         OR NEW.decision_reasoning IS NOT OLD.decision_reasoning)
        AND NOT (NEW.anonymized_at IS NOT NULL AND NEW.request_salt IS NULL AND NEW.actor = ''
                 AND NEW.resource IS NULL AND NEW.request_id IS NULL AND NEW.trace_parent IS NULL
                 AND NEW.capability_token IS NULL AND NEW.tool IS OLD.tool
                 AND (NEW.decision_reasoning IS NULL OR NEW.decision_reasoning = '')
                 AND (NEW.decision_reasoning IS NULL) = (OLD.decision_reasoning IS NULL)))
BEGIN
    SELECT RAISE(ABORT, 'decisions: only the outcome after review and one anonymization may change a decision');
END;
