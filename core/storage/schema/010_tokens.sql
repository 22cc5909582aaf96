-- Capability tokens (SPEC section 4). tokens records every token issued (written by the decision
-- service inside its ledger append, TokenStore::recordIssued); the token text itself is not kept,
-- only its claims. iat/exp are seconds since the epoch, as in the JWT. Issued tokens never change.
CREATE TABLE tokens (
    jti TEXT PRIMARY KEY,
    decision_id TEXT NOT NULL,
    sub TEXT NOT NULL,
    act TEXT NOT NULL,
    tool TEXT,
    pol TEXT NOT NULL,
    iat INTEGER NOT NULL,
    exp INTEGER NOT NULL,
    issued_at TEXT NOT NULL
);
CREATE INDEX tokens_decision ON tokens (decision_id);
CREATE TRIGGER tokens_no_update BEFORE UPDATE ON tokens
BEGIN
    SELECT RAISE(ABORT, 'tokens is append-only');
END;
CREATE TRIGGER tokens_no_delete BEFORE DELETE ON tokens
BEGIN
    SELECT RAISE(ABORT, 'tokens is append-only');
END;
-- A revocation is permanent: it cannot be deleted or re-pointed. Only the free-text reason may be
-- rewritten (erasure of personal data); the ledger keeps its SHA-256.
CREATE TABLE token_revocations (
    jti TEXT PRIMARY KEY REFERENCES tokens (jti),
    revoked_at TEXT NOT NULL,
    revoked_by TEXT NOT NULL,
    reason TEXT NOT NULL,
    ledger_index INTEGER NOT NULL
);
CREATE TRIGGER token_revocations_no_update BEFORE UPDATE OF jti, revoked_at, revoked_by, ledger_index ON token_revocations
BEGIN
    SELECT RAISE(ABORT, 'token_revocations is append-only');
END;
CREATE TRIGGER token_revocations_no_delete BEFORE DELETE ON token_revocations
BEGIN
    SELECT RAISE(ABORT, 'token_revocations is append-only');
END;
