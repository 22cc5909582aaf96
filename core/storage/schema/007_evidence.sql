-- Evidence artifacts (core/evidence). The content lives in content-addressed files under
-- <dataDir>/evidence/ab/cdef...; a row holds its hash, size, type and links. Append-only.
CREATE TABLE evidence_artifacts (
    artifact_id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    media_type TEXT NOT NULL,
    decision_id TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    retention_until TEXT NOT NULL,
    title TEXT NOT NULL,
    ledger_index INTEGER
);
CREATE INDEX evidence_artifacts_decision ON evidence_artifacts (decision_id, created_at);
CREATE INDEX evidence_artifacts_type ON evidence_artifacts (type, created_at);
CREATE INDEX evidence_artifacts_sha256 ON evidence_artifacts (sha256);
CREATE TRIGGER evidence_artifacts_no_update BEFORE UPDATE ON evidence_artifacts
BEGIN
    SELECT RAISE(ABORT, 'evidence_artifacts is append-only');
END;
CREATE TRIGGER evidence_artifacts_no_delete BEFORE DELETE ON evidence_artifacts
BEGIN
    SELECT RAISE(ABORT, 'evidence_artifacts is append-only');
END;
