-- 029: an approved decision's capability token was a row in tokens, with its table and two
-- indexes written by every approval: about 7 % of the decisions the HTTP listener could answer a
-- second (docs/benchmarks.md, HTTP, tenth pass). Every claim of that token but its two times
-- follows from the decision (sub the actor, dec the decision, act the action, tool, pol the policy
-- hash), and its jti is now the decision's ULID under the cap_ prefix. So the times are columns of
-- the decision's row, and TokenStore reads the token from there. Tokens issued later (a
-- reviewer's approval, an override) and all tokens issued before this migration stay rows of
-- tokens. The issued token never changes, as a row of tokens never does.
ALTER TABLE decisions ADD COLUMN token_iat INTEGER;
ALTER TABLE decisions ADD COLUMN token_exp INTEGER;
CREATE TRIGGER decisions_token_fixed BEFORE UPDATE OF token_iat, token_exp ON decisions
WHEN NEW.token_iat IS NOT OLD.token_iat OR NEW.token_exp IS NOT OLD.token_exp
BEGIN
    SELECT RAISE(ABORT, 'decisions: the token issued with a decision never changes');
END;

-- A revocation names a token this node issued: a row of tokens, or the token in its decision's
-- row. The foreign key to tokens (010) can only say the first, so it goes (removing a foreign key
-- is one of the definition edits SQLite documents for writable_schema, as 025 and 026 did for
-- CHECKs) and a trigger says both.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql, 'jti TEXT PRIMARY KEY REFERENCES tokens (jti),', 'jti TEXT PRIMARY KEY,')
WHERE type = 'table' AND name = 'token_revocations';
PRAGMA writable_schema = OFF;
-- The trigger only comes if the foreign key went: otherwise this insert fails, and with it the migration.
CREATE TABLE migration_029_guard (gone INTEGER CHECK (gone = 1));
INSERT INTO migration_029_guard
SELECT count(*) FROM sqlite_schema
WHERE type = 'table' AND name = 'token_revocations' AND sql NOT LIKE '%REFERENCES%';
DROP TABLE migration_029_guard;
CREATE TRIGGER token_revocations_issued BEFORE INSERT ON token_revocations
WHEN NOT EXISTS (SELECT 1 FROM tokens WHERE jti = NEW.jti)
    AND NOT EXISTS (SELECT 1 FROM decisions
                    WHERE decision_id = 'dec_' || substr(NEW.jti, 5) AND token_iat IS NOT NULL
                      AND substr(NEW.jti, 1, 4) = 'cap_')
BEGIN
    SELECT RAISE(ABORT, 'token_revocations: this node issued no token with that jti');
END;
