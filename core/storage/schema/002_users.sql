-- People who sign in to the workstation (UserService). name_key is the lowercased name, so
-- "Alice" and "alice" cannot both exist. Passwords and MFA come in a later migration.
-- Rows are never deleted: a user who leaves is disabled, so ledger actors stay resolvable.
CREATE TABLE users (
    name TEXT PRIMARY KEY,
    name_key TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'auditor', 'compliance_officer', 'admin')),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    disabled_at TEXT,
    disabled_by TEXT
);
CREATE TRIGGER users_no_delete BEFORE DELETE ON users
BEGIN
    SELECT RAISE(ABORT, 'users are disabled, never deleted');
END;
