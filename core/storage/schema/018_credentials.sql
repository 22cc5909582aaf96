-- Local-account credentials (core/auth: AuthService, MfaService, CredentialStore). Every table is
-- keyed by users.name_key (the lowercased name). Nothing here is a secret in clear: passwords as
-- Argon2id strings, the TOTP secret as a SecretBox under the node's field key, backup codes as
-- keyed BLAKE2b hashes. Rows change only inside the transaction of their ledger entry.
CREATE TABLE credentials (
    name_key TEXT PRIMARY KEY REFERENCES users (name_key),
    password_hash TEXT,
    password_set_ms INTEGER NOT NULL DEFAULT 0,
    failed_count INTEGER NOT NULL DEFAULT 0,
    locked_until_ms INTEGER NOT NULL DEFAULT 0,
    updated_ms INTEGER NOT NULL
);
-- Every password a user had, newest with the highest seq; the last 5 may not be reused.
CREATE TABLE password_history (
    name_key TEXT NOT NULL REFERENCES users (name_key),
    seq INTEGER NOT NULL,
    password_hash TEXT NOT NULL,
    set_ms INTEGER NOT NULL,
    PRIMARY KEY (name_key, seq)
);
-- state: pending until the first code confirms it, then active. last_step is the last TOTP
-- step accepted; a code of that step or an older one is a replay and refused.
CREATE TABLE totp_secrets (
    name_key TEXT PRIMARY KEY REFERENCES users (name_key),
    secret_box BLOB NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'active')),
    last_step INTEGER NOT NULL DEFAULT -1,
    created_ms INTEGER NOT NULL,
    confirmed_ms INTEGER
);
CREATE TABLE backup_codes (
    name_key TEXT NOT NULL REFERENCES users (name_key),
    code_hash TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    used_ms INTEGER,
    PRIMARY KEY (name_key, code_hash)
);
