-- Policy versions (SPEC section 1), owned by PolicyService. Each distinct file hash is one version;
-- content holds the canonical JSON the hash covers, so any version can be reloaded and diffed.
-- Rows are never deleted; only the active flag moves.
CREATE TABLE policy_versions (
    version INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('permissive', 'strict', 'paranoid')),
    content BLOB NOT NULL,
    term_count INTEGER NOT NULL,
    relation_count INTEGER NOT NULL,
    loaded_at TEXT NOT NULL,
    loaded_by TEXT NOT NULL,
    ledger_index INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1))
);
-- Exactly one active version: the database refuses a second row with active = 1.
CREATE UNIQUE INDEX policy_versions_one_active ON policy_versions (active) WHERE active = 1;
CREATE TRIGGER policy_versions_no_delete BEFORE DELETE ON policy_versions
BEGIN
    SELECT RAISE(ABORT, 'policy_versions rows are never deleted');
END;
CREATE TRIGGER policy_versions_content_fixed BEFORE UPDATE OF version, hash, content ON policy_versions
BEGIN
    SELECT RAISE(ABORT, 'policy_versions content is immutable');
END;

-- Every activation, in order: which version governed decisions from when, and who chose it.
CREATE TABLE policy_activations (
    ledger_index INTEGER PRIMARY KEY,
    version INTEGER NOT NULL REFERENCES policy_versions (version),
    activated_at TEXT NOT NULL,
    activated_by TEXT NOT NULL
);
CREATE TRIGGER policy_activations_no_update BEFORE UPDATE ON policy_activations
BEGIN
    SELECT RAISE(ABORT, 'policy_activations is append-only');
END;
CREATE TRIGGER policy_activations_no_delete BEFORE DELETE ON policy_activations
BEGIN
    SELECT RAISE(ABORT, 'policy_activations is append-only');
END;
