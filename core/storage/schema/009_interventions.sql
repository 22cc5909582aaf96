-- Human interventions (core/intervention, EU AI Act Article 14): every time a person approved,
-- overrode, escalated, stopped or reviewed an automated outcome. Append-only.
CREATE TABLE interventions (
    intervention_id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    decision_id TEXT NOT NULL,
    escalation_id TEXT,
    override_id TEXT,
    reviewer TEXT NOT NULL,
    oversight_role TEXT NOT NULL,
    ai_recommendation TEXT NOT NULL,
    human_decision TEXT NOT NULL,
    reason TEXT NOT NULL,
    response_time_ms INTEGER,
    created_at TEXT NOT NULL,
    ledger_index INTEGER
);
CREATE INDEX interventions_decision ON interventions (decision_id, created_at);
CREATE INDEX interventions_created ON interventions (created_at);
CREATE TRIGGER interventions_no_update BEFORE UPDATE ON interventions
BEGIN
    SELECT RAISE(ABORT, 'interventions is append-only');
END;
CREATE TRIGGER interventions_no_delete BEFORE DELETE ON interventions
BEGIN
    SELECT RAISE(ABORT, 'interventions is append-only');
END;
