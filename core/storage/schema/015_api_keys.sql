-- API keys of the AI systems that call the HTTP intake (ApiKeyStore). The secret is never
-- stored: key_hash is the hex SHA-256 of the whole key ("lxk_..."), prefix its first 12
-- characters so an operator can tell keys apart. scopes is a comma-separated subset of
-- decide, verify, read. Rows are never deleted and only ever revoked once, so the ledger's
-- apikey_created / apikey_revoked entries always describe a row that exists, and a reader can
-- detect any change by COUNT(*), MAX(created_ledger_index) and the number of revoked rows alone.
CREATE TABLE api_keys (
    name TEXT NOT NULL UNIQUE,
    name_key TEXT NOT NULL UNIQUE,
    key_hash TEXT NOT NULL UNIQUE CHECK (length(key_hash) = 64),
    prefix TEXT NOT NULL,
    scopes TEXT NOT NULL,
    rate REAL NOT NULL CHECK (rate > 0),
    burst REAL NOT NULL CHECK (burst > 0),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_ledger_index INTEGER,
    revoked_at TEXT,
    revoked_by TEXT,
    revoked_ledger_index INTEGER
);
CREATE TRIGGER api_keys_no_delete BEFORE DELETE ON api_keys
BEGIN
    SELECT RAISE(ABORT, 'api keys are revoked, never deleted');
END;
CREATE TRIGGER api_keys_revoke_only BEFORE UPDATE ON api_keys
WHEN OLD.revoked_at IS NOT NULL OR NEW.revoked_at IS NULL OR NEW.name IS NOT OLD.name
     OR NEW.name_key IS NOT OLD.name_key OR NEW.key_hash IS NOT OLD.key_hash OR NEW.prefix IS NOT OLD.prefix
     OR NEW.scopes IS NOT OLD.scopes OR NEW.rate IS NOT OLD.rate OR NEW.burst IS NOT OLD.burst
     OR NEW.created_at IS NOT OLD.created_at OR NEW.created_by IS NOT OLD.created_by
     OR NEW.created_ledger_index IS NOT OLD.created_ledger_index
BEGIN
    SELECT RAISE(ABORT, 'api keys can only be revoked, once');
END;
