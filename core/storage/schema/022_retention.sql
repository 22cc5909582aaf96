-- 022_retention: EU AI Act Art. 12 record keeping (core/retention) and GDPR erasure.
-- Ledger payloads carry salted commitments (hex SHA-256(salt || data), core/crypto/Commitment.h)
-- instead of unsalted hashes of personal data. The 32-byte salt sits next to the data in its
-- erasable row; anonymization blanks the data and deletes the salt, so the ledger entry stays
-- byte-identical and verifies while nothing left links it to the person.
-- Rows written before this migration keep their unsalted hashes in the renamed columns.

-- Decisions: the request (its actor, resource, context, intent) is the personal content.
ALTER TABLE decisions RENAME COLUMN request_hash TO request_commitment;
ALTER TABLE decisions ADD COLUMN request_salt BLOB;
-- Retention: class and end of the retention period are set by the retention job (not on the
-- decision hot path); status active -> expiring -> anonymized | archived. legal_hold is not
-- stored: it is whatever an unreleased row of legal_holds covers.
-- No CHECK constraints on the added columns: SQLite tests a new column's CHECK against every
-- existing row, which cost 26 s on a 1,000,000-decision workspace; core/retention writes only
-- the values named here (classes high_risk | standard | gdpr_intersect, statuses active |
-- expiring | anonymized | archived).
ALTER TABLE decisions ADD COLUMN retention_class TEXT;
ALTER TABLE decisions ADD COLUMN retention_until_ms INTEGER;
ALTER TABLE decisions ADD COLUMN retention_status TEXT NOT NULL DEFAULT 'active';
ALTER TABLE decisions ADD COLUMN anonymized_at TEXT;
-- The job's expiry scan. Partial: a new decision (retention_until_ms NULL) is not in it, so the
-- decision hot path pays nothing for it.
CREATE INDEX decisions_retention_due ON decisions (retention_until_ms)
    WHERE retention_until_ms IS NOT NULL AND retention_status IN ('active', 'expiring');
-- `retention status` counts by class and status off this index (a GROUP BY over a million rows
-- took 13 s as a table scan). Partial as well: unclassified decisions are not in it.
CREATE INDEX decisions_retention_class ON decisions (retention_class, retention_status)
    WHERE retention_class IS NOT NULL;
-- The decision's facts never change. Its personal columns change only in one anonymization,
-- which also deletes the salt; anonymized_at, once set, stays.
CREATE TRIGGER decisions_facts_fixed BEFORE UPDATE ON decisions
WHEN NEW.decision_id IS NOT OLD.decision_id OR NEW.requester IS NOT OLD.requester
    OR NEW.action IS NOT OLD.action OR NEW.outcome IS NOT OLD.outcome OR NEW.reasons_json IS NOT OLD.reasons_json
    OR NEW.policy_version IS NOT OLD.policy_version OR NEW.policy_hash IS NOT OLD.policy_hash
    OR NEW.policy_mode IS NOT OLD.policy_mode OR NEW.risk_score IS NOT OLD.risk_score
    OR NEW.risk_level IS NOT OLD.risk_level OR NEW.risk_json IS NOT OLD.risk_json
    OR NEW.escalation_id IS NOT OLD.escalation_id OR NEW.ledger_index IS NOT OLD.ledger_index
    OR NEW.entry_hash IS NOT OLD.entry_hash OR NEW.created_at IS NOT OLD.created_at
    OR NEW.created_ms IS NOT OLD.created_ms OR NEW.request_commitment IS NOT OLD.request_commitment
    OR (OLD.anonymized_at IS NOT NULL AND NEW.anonymized_at IS NOT OLD.anonymized_at)
    OR ((NEW.request_id IS NOT OLD.request_id OR NEW.actor IS NOT OLD.actor OR NEW.resource IS NOT OLD.resource
         OR NEW.tool IS NOT OLD.tool OR NEW.request_json IS NOT OLD.request_json
         OR NEW.request_salt IS NOT OLD.request_salt OR NEW.trace_parent IS NOT OLD.trace_parent)
        AND NOT (NEW.anonymized_at IS NOT NULL AND NEW.request_salt IS NULL AND NEW.actor = ''
                 AND NEW.resource IS NULL AND NEW.request_id IS NULL AND NEW.trace_parent IS NULL
                 AND NEW.capability_token IS NULL AND NEW.tool IS OLD.tool))
BEGIN
    SELECT RAISE(ABORT, 'decisions: only the outcome after review and one anonymization may change a decision');
END;
CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
BEGIN
    SELECT RAISE(ABORT, 'decisions is append-only');
END;

-- Evidence: content (inline or in a file) is personal; sha256 is an unsalted hash of it, kept
-- for content addressing and blanked with it. commitment is what the ledger carries.
ALTER TABLE evidence_artifacts ADD COLUMN salt BLOB;
ALTER TABLE evidence_artifacts ADD COLUMN commitment TEXT;
ALTER TABLE evidence_artifacts ADD COLUMN anonymized_at TEXT;
DROP TRIGGER evidence_artifacts_no_update;
CREATE TRIGGER evidence_artifacts_no_update BEFORE UPDATE ON evidence_artifacts
WHEN OLD.anonymized_at IS NOT NULL OR NEW.anonymized_at IS NULL
    OR NEW.artifact_id IS NOT OLD.artifact_id OR NEW.type IS NOT OLD.type OR NEW.size IS NOT OLD.size
    OR NEW.media_type IS NOT OLD.media_type OR NEW.decision_id IS NOT OLD.decision_id
    OR NEW.created_at IS NOT OLD.created_at OR NEW.created_by IS NOT OLD.created_by
    OR NEW.retention_until IS NOT OLD.retention_until OR NEW.ledger_index IS NOT OLD.ledger_index
    OR NEW.commitment IS NOT OLD.commitment
    OR NEW.content IS NOT NULL OR NEW.salt IS NOT NULL OR NEW.sha256 <> '' OR NEW.title <> ''
BEGIN
    SELECT RAISE(ABORT, 'evidence_artifacts is append-only except for one anonymization');
END;

-- Overrides: the justification and the revocation reason are free text about a person.
ALTER TABLE overrides RENAME COLUMN justification_sha256 TO justification_commitment;
ALTER TABLE overrides ADD COLUMN justification_salt BLOB;
ALTER TABLE overrides ADD COLUMN revoke_reason_salt BLOB;
ALTER TABLE overrides ADD COLUMN anonymized_at TEXT;
DROP TRIGGER overrides_no_update;
CREATE TRIGGER overrides_no_update BEFORE UPDATE ON overrides
WHEN NEW.override_id IS NOT OLD.override_id OR NEW.decision_id IS NOT OLD.decision_id
    OR NEW.type IS NOT OLD.type OR NEW.scope IS NOT OLD.scope
    OR NEW.justification_commitment IS NOT OLD.justification_commitment
    OR NEW.original_outcome IS NOT OLD.original_outcome OR NEW.new_outcome IS NOT OLD.new_outcome
    OR NEW.created_by IS NOT OLD.created_by OR NEW.created_at IS NOT OLD.created_at
    OR NEW.expires_at IS NOT OLD.expires_at OR NEW.evidence_id IS NOT OLD.evidence_id
    OR NEW.ledger_index IS NOT OLD.ledger_index
    OR NOT (
        -- the single revocation
        (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL AND NEW.justification IS OLD.justification
         AND NEW.justification_salt IS OLD.justification_salt AND NEW.anonymized_at IS OLD.anonymized_at)
        -- an anonymization: the text blanked, the salts deleted, the revocation facts kept
        OR (NEW.anonymized_at IS NOT NULL AND NEW.justification = '' AND NEW.justification_salt IS NULL
            AND NEW.revoke_reason_salt IS NULL AND COALESCE(NEW.revoke_reason, '') = ''
            AND NEW.revoked_at IS OLD.revoked_at AND NEW.revoked_by IS OLD.revoked_by
            AND NEW.revoke_ledger_index IS OLD.revoke_ledger_index))
BEGIN
    SELECT RAISE(ABORT, 'overrides is append-only except for a single revocation and one anonymization');
END;

-- Escalations (mutable workflow rows): the reviewer's reason gets a salt; the summary holds the
-- request's actor and resource and is blanked with the decision.
ALTER TABLE escalations ADD COLUMN reason_salt BLOB;

-- Tokens: sub is the request's actor. Only an anonymization may replace it.
ALTER TABLE tokens ADD COLUMN anonymized_at TEXT;
DROP TRIGGER tokens_no_update;
CREATE TRIGGER tokens_no_update BEFORE UPDATE ON tokens
WHEN NEW.jti IS NOT OLD.jti OR NEW.decision_id IS NOT OLD.decision_id OR NEW.act IS NOT OLD.act
    OR NEW.tool IS NOT OLD.tool OR NEW.pol IS NOT OLD.pol OR NEW.iat IS NOT OLD.iat OR NEW.exp IS NOT OLD.exp
    OR NEW.issued_at IS NOT OLD.issued_at OR OLD.anonymized_at IS NOT NULL OR NEW.anonymized_at IS NULL
BEGIN
    SELECT RAISE(ABORT, 'tokens is append-only except for one anonymization');
END;
ALTER TABLE token_revocations ADD COLUMN reason_salt BLOB;

-- Interventions and responsibility records copy the justification or reason; only one
-- anonymization that blanks that text may change them.
ALTER TABLE interventions ADD COLUMN anonymized_at TEXT;
DROP TRIGGER interventions_no_update;
CREATE TRIGGER interventions_no_update BEFORE UPDATE ON interventions
WHEN OLD.anonymized_at IS NOT NULL OR NEW.anonymized_at IS NULL OR NEW.reason <> ''
    OR NEW.intervention_id IS NOT OLD.intervention_id OR NEW.type IS NOT OLD.type
    OR NEW.decision_id IS NOT OLD.decision_id OR NEW.escalation_id IS NOT OLD.escalation_id
    OR NEW.override_id IS NOT OLD.override_id OR NEW.reviewer IS NOT OLD.reviewer
    OR NEW.oversight_role IS NOT OLD.oversight_role OR NEW.ai_recommendation IS NOT OLD.ai_recommendation
    OR NEW.human_decision IS NOT OLD.human_decision OR NEW.response_time_ms IS NOT OLD.response_time_ms
    OR NEW.created_at IS NOT OLD.created_at OR NEW.ledger_index IS NOT OLD.ledger_index
BEGIN
    SELECT RAISE(ABORT, 'interventions is append-only except for one anonymization');
END;
ALTER TABLE responsibility_records ADD COLUMN anonymized_at TEXT;
DROP TRIGGER responsibility_records_no_update;
CREATE TRIGGER responsibility_records_no_update BEFORE UPDATE ON responsibility_records
WHEN OLD.anonymized_at IS NOT NULL OR NEW.anonymized_at IS NULL OR NEW.reasoning <> ''
    OR NEW.record_id IS NOT OLD.record_id OR NEW.decision_id IS NOT OLD.decision_id
    OR NEW.escalation_id IS NOT OLD.escalation_id OR NEW.override_id IS NOT OLD.override_id
    OR NEW.decision_maker IS NOT OLD.decision_maker OR NEW.maker_type IS NOT OLD.maker_type
    OR NEW.responsibility_level IS NOT OLD.responsibility_level OR NEW.confidence IS NOT OLD.confidence
    OR NEW.liability_accepted IS NOT OLD.liability_accepted OR NEW.delegated_from IS NOT OLD.delegated_from
    OR NEW.created_at IS NOT OLD.created_at OR NEW.ledger_index IS NOT OLD.ledger_index
BEGIN
    SELECT RAISE(ABORT, 'responsibility_records is append-only except for one anonymization');
END;

-- Compliance officers' justifications are free text too: a salted commitment in the ledger.
ALTER TABLE compliance_control_status RENAME COLUMN justification_sha256 TO justification_commitment;
ALTER TABLE compliance_control_status ADD COLUMN justification_salt BLOB;

-- A user's email address: the user_email_set entry carries a salted commitment to it; the salt
-- goes with the row when the address is removed.
ALTER TABLE user_emails ADD COLUMN email_salt BLOB;

-- Legal holds (core/retention): while unreleased, no record in scope is anonymized or erased.
-- scope decision: decision_id; actor: the request's actor or context.subject_id equals subject;
-- date_range: created_ms in [from_ms, to_ms]. Placing and releasing are ledger entries; the
-- reasons and the subject are free text / personal, so the ledger holds their commitments.
CREATE TABLE legal_holds (
    hold_id TEXT PRIMARY KEY,
    scope TEXT NOT NULL CHECK (scope IN ('decision', 'subject', 'date_range')),
    decision_id TEXT,
    subject TEXT,
    subject_salt BLOB,
    from_ms INTEGER,
    to_ms INTEGER,
    reason TEXT NOT NULL,
    reason_salt BLOB,
    placed_by TEXT NOT NULL,
    placed_at TEXT NOT NULL,
    ledger_index INTEGER NOT NULL,
    released_by TEXT,
    released_at TEXT,
    release_reason TEXT,
    release_reason_salt BLOB,
    release_ledger_index INTEGER
);
CREATE INDEX legal_holds_open ON legal_holds (released_at, scope);
CREATE TRIGGER legal_holds_no_delete BEFORE DELETE ON legal_holds
BEGIN
    SELECT RAISE(ABORT, 'legal_holds is append-only');
END;
-- Besides the single release, a released hold's personal text may be blanked once (the erasure
-- of its subject): subject, reasons and their salts, nothing else.
CREATE TRIGGER legal_holds_release_once BEFORE UPDATE ON legal_holds
WHEN NEW.hold_id IS NOT OLD.hold_id OR NEW.scope IS NOT OLD.scope
    OR NEW.decision_id IS NOT OLD.decision_id OR NEW.from_ms IS NOT OLD.from_ms OR NEW.to_ms IS NOT OLD.to_ms
    OR NEW.placed_by IS NOT OLD.placed_by OR NEW.placed_at IS NOT OLD.placed_at
    OR NEW.ledger_index IS NOT OLD.ledger_index
    OR NOT (
        (OLD.released_at IS NULL AND NEW.released_at IS NOT NULL AND NEW.subject IS OLD.subject
         AND NEW.subject_salt IS OLD.subject_salt AND NEW.reason IS OLD.reason AND NEW.reason_salt IS OLD.reason_salt)
        OR (OLD.released_at IS NOT NULL AND NEW.released_at IS OLD.released_at
            AND NEW.released_by IS OLD.released_by AND NEW.release_ledger_index IS OLD.release_ledger_index
            AND COALESCE(NEW.subject, '') = '' AND NEW.subject_salt IS NULL AND NEW.reason = ''
            AND NEW.reason_salt IS NULL AND COALESCE(NEW.release_reason, '') = '' AND NEW.release_reason_salt IS NULL))
BEGIN
    SELECT RAISE(ABORT, 'legal_holds: a hold is released once and its terms never change');
END;

-- The retention job's progress: decisions up to classified_through (a decision id, ULIDs sort by
-- time) have a class and a retention_until_ms. A run that stops half way resumes from here.
CREATE TABLE retention_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
