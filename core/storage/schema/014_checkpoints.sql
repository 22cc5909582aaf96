-- Signed ledger checkpoints (SPEC section 5): one row per tree size the node has signed.
-- note holds the C2SP signed note verbatim, so a proof quotes exactly what was signed; root_hash
-- (32 raw bytes) is a copy of its third line for queries. Append-only: a signed checkpoint is a
-- public statement and is never changed or withdrawn.
CREATE TABLE checkpoints (
    tree_size INTEGER PRIMARY KEY,
    root_hash BLOB NOT NULL,
    note TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TRIGGER checkpoints_no_update BEFORE UPDATE ON checkpoints
BEGIN
    SELECT RAISE(ABORT, 'checkpoints is append-only');
END;
CREATE TRIGGER checkpoints_no_delete BEFORE DELETE ON checkpoints
BEGIN
    SELECT RAISE(ABORT, 'checkpoints is append-only');
END;
