-- Responsibility records (core/responsibility): who answered for a decision, how and why.
-- Written inside the ledger transaction of the act they document. Append-only.
CREATE TABLE responsibility_records (
    record_id TEXT PRIMARY KEY,
    decision_id TEXT NOT NULL,
    escalation_id TEXT,
    override_id TEXT,
    decision_maker TEXT NOT NULL,
    maker_type TEXT NOT NULL,
    responsibility_level TEXT NOT NULL,
    reasoning TEXT NOT NULL,
    confidence INTEGER NOT NULL CHECK (confidence BETWEEN 0 AND 100),
    liability_accepted INTEGER NOT NULL,
    delegated_from TEXT,
    created_at TEXT NOT NULL,
    ledger_index INTEGER
);
CREATE INDEX responsibility_records_decision ON responsibility_records (decision_id, created_at);
CREATE TRIGGER responsibility_records_no_update BEFORE UPDATE ON responsibility_records
BEGIN
    SELECT RAISE(ABORT, 'responsibility_records is append-only');
END;
CREATE TRIGGER responsibility_records_no_delete BEFORE DELETE ON responsibility_records
BEGIN
    SELECT RAISE(ABORT, 'responsibility_records is append-only');
END;
