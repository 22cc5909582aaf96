-- Decisions (owned by the decision module). The request's personal content lives here, in an
-- erasable table; the ledger entry of each decision holds only ids, outcome and a hash of the request.
-- outcome is what the pipeline decided and never changes; final_outcome follows human resolution
-- and overrides.
CREATE TABLE decisions (
    decision_id TEXT PRIMARY KEY,
    requester TEXT NOT NULL,
    request_id TEXT,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    resource TEXT,
    tool TEXT,
    request_json TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('approved', 'denied', 'escalated')),
    final_outcome TEXT NOT NULL CHECK (final_outcome IN ('approved', 'denied', 'pending')),
    overridden INTEGER NOT NULL DEFAULT 0,
    reasons_json TEXT NOT NULL,
    policy_version INTEGER,
    policy_hash TEXT,
    policy_mode TEXT,
    risk_score INTEGER NOT NULL,
    risk_level TEXT NOT NULL,
    risk_json TEXT NOT NULL,
    escalation_id TEXT,
    capability_token TEXT,
    token_id TEXT,
    ledger_index INTEGER NOT NULL,
    entry_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    trace_parent TEXT
);
CREATE UNIQUE INDEX decisions_idempotency ON decisions (requester, request_id);
CREATE INDEX decisions_created ON decisions (created_ms);
CREATE INDEX decisions_outcome ON decisions (final_outcome, created_ms);
CREATE INDEX decisions_actor ON decisions (actor, created_ms);
CREATE INDEX decisions_action ON decisions (action, created_ms);
CREATE INDEX decisions_risk ON decisions (risk_level, created_ms);
