-- Control statuses set by compliance officers (core/compliance), where live evidence cannot
-- decide. One row per change, each written with its ledger entry "compliance_status_set"; the
-- newest row (highest ledger_index) of a control is its manual status. Rows are never deleted and
-- their facts never change; only the free-text justification may be blanked (GDPR erasure: the
-- ledger holds its SHA-256, not the text).
CREATE TABLE compliance_control_status (
    status_id TEXT PRIMARY KEY,
    framework TEXT NOT NULL,
    control_id TEXT NOT NULL,
    status TEXT NOT NULL,
    justification TEXT NOT NULL,
    justification_sha256 TEXT NOT NULL,
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL,
    set_ms INTEGER NOT NULL,
    ledger_index INTEGER NOT NULL
);
CREATE INDEX compliance_control_status_control ON compliance_control_status (framework, control_id, ledger_index);
CREATE INDEX compliance_control_status_set ON compliance_control_status (set_ms);
CREATE TRIGGER compliance_control_status_no_update
BEFORE UPDATE OF status_id, framework, control_id, status, justification_sha256, set_by, set_at, set_ms, ledger_index
ON compliance_control_status
BEGIN
    SELECT RAISE(ABORT, 'compliance_control_status is append-only');
END;
CREATE TRIGGER compliance_control_status_no_delete BEFORE DELETE ON compliance_control_status
BEGIN
    SELECT RAISE(ABORT, 'compliance_control_status is append-only');
END;
