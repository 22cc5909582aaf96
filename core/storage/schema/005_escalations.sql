-- Escalations (SPEC section 2): a human reviews an escalated decision within an SLA.
-- Owned by core/escalation. decision_id is TEXT without a foreign key on purpose: the decisions
-- table belongs to another module, and the escalation row is written inside its transaction.
-- Timestamps are RFC 3339 UTC with milliseconds (fixed width, so text order is time order).
-- reason is the reviewer's free text; the ledger holds only its SHA-256, so it can be erased here.
CREATE TABLE escalations (
    escalation_id TEXT PRIMARY KEY,
    decision_id TEXT NOT NULL,
    priority TEXT NOT NULL CHECK (priority IN ('low', 'medium', 'high', 'critical')),
    tier INTEGER NOT NULL DEFAULT 1,
    status TEXT NOT NULL CHECK (status IN ('pending', 'in_review', 'deferred', 'resolved')),
    summary TEXT NOT NULL DEFAULT '',
    actor TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL DEFAULT '',
    risk_score INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    sla_deadline TEXT NOT NULL,
    warned_at TEXT,
    breached_at TEXT,
    claimed_by TEXT,
    claimed_at TEXT,
    resolved_by TEXT,
    resolved_at TEXT,
    outcome TEXT CHECK (outcome IS NULL OR outcome IN ('approved', 'denied', 'deferred', 'escalated_up')),
    reason TEXT,
    parent_escalation_id TEXT,
    child_escalation_id TEXT
);
CREATE INDEX escalations_decision ON escalations (decision_id);
CREATE INDEX escalations_status_deadline ON escalations (status, sla_deadline);
CREATE INDEX escalations_claimed_by ON escalations (claimed_by);
