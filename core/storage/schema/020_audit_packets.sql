-- Audit packet requests (core/audit): an auditor asks for a packet, a compliance officer who is
-- not the requester approves or rejects it (four eyes), and only an approved request is built.
-- Each step is one ledger entry whose index the row keeps. Rows are never deleted; the only
-- changes are the single move out of 'requested' and the recording of builds.
CREATE TABLE audit_packet_requests (
    request_id TEXT PRIMARY KEY,
    scope TEXT NOT NULL,
    from_ms INTEGER,
    to_ms INTEGER,
    formats TEXT NOT NULL,
    status TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    request_ledger_index INTEGER NOT NULL,
    decided_by TEXT,
    decided_at TEXT,
    decision_ledger_index INTEGER,
    reject_reason_sha256 TEXT,
    reject_reason TEXT,
    built_count INTEGER NOT NULL DEFAULT 0,
    last_packet_id TEXT,
    last_sums_sha256 TEXT
);
CREATE INDEX audit_packet_requests_status ON audit_packet_requests (status, requested_at);
CREATE TRIGGER audit_packet_requests_no_delete BEFORE DELETE ON audit_packet_requests
BEGIN
    SELECT RAISE(ABORT, 'audit_packet_requests is append-only');
END;
CREATE TRIGGER audit_packet_requests_decide_once BEFORE UPDATE ON audit_packet_requests
WHEN NEW.request_id IS NOT OLD.request_id OR NEW.scope IS NOT OLD.scope OR NEW.from_ms IS NOT OLD.from_ms
    OR NEW.to_ms IS NOT OLD.to_ms OR NEW.formats IS NOT OLD.formats OR NEW.requested_by IS NOT OLD.requested_by
    OR NEW.requested_at IS NOT OLD.requested_at OR NEW.request_ledger_index IS NOT OLD.request_ledger_index
    OR (OLD.status <> 'requested' AND (NEW.status IS NOT OLD.status OR NEW.decided_by IS NOT OLD.decided_by
        OR NEW.decided_at IS NOT OLD.decided_at OR NEW.decision_ledger_index IS NOT OLD.decision_ledger_index))
BEGIN
    SELECT RAISE(ABORT, 'audit_packet_requests: a request is decided once and its terms never change');
END;
