-- Overrides (core/override): a person's justified change of a decision's outcome. The decision
-- row keeps its original outcome; this row holds original and new. Rows are never deleted and
-- never edited, except that a revocation may fill revoked_at/revoked_by/revoke_reason once.
CREATE TABLE overrides (
    override_id TEXT PRIMARY KEY,
    decision_id TEXT NOT NULL,
    type TEXT NOT NULL,
    scope TEXT NOT NULL,
    justification TEXT NOT NULL,
    justification_sha256 TEXT NOT NULL,
    original_outcome TEXT NOT NULL,
    new_outcome TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT,
    evidence_id TEXT NOT NULL,
    ledger_index INTEGER NOT NULL,
    revoked_at TEXT,
    revoked_by TEXT,
    revoke_reason TEXT,
    revoke_ledger_index INTEGER
);
CREATE INDEX overrides_decision ON overrides (decision_id, created_at);
CREATE INDEX overrides_created ON overrides (created_at);
CREATE TRIGGER overrides_no_update BEFORE UPDATE ON overrides
WHEN OLD.revoked_at IS NOT NULL OR NEW.revoked_at IS NULL
    OR NEW.override_id IS NOT OLD.override_id OR NEW.decision_id IS NOT OLD.decision_id
    OR NEW.type IS NOT OLD.type OR NEW.scope IS NOT OLD.scope
    OR NEW.justification IS NOT OLD.justification OR NEW.justification_sha256 IS NOT OLD.justification_sha256
    OR NEW.original_outcome IS NOT OLD.original_outcome OR NEW.new_outcome IS NOT OLD.new_outcome
    OR NEW.created_by IS NOT OLD.created_by OR NEW.created_at IS NOT OLD.created_at
    OR NEW.expires_at IS NOT OLD.expires_at OR NEW.evidence_id IS NOT OLD.evidence_id
    OR NEW.ledger_index IS NOT OLD.ledger_index
BEGIN
    SELECT RAISE(ABORT, 'overrides is append-only except for a single revocation');
END;
CREATE TRIGGER overrides_no_delete BEFORE DELETE ON overrides
BEGIN
    SELECT RAISE(ABORT, 'overrides is append-only');
END;
