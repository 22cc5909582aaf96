-- The tamper-evident ledger (SPEC section 5). canonical holds the JCS bytes that entry_hash covers;
-- the other columns are copies for queries. Append-only: UPDATE and DELETE are refused.
-- No index on entry_hash: nothing looks entries up by hash, and a random-order index page per
-- entry doubled the WAL pages each group commit writes.
CREATE TABLE ledger_entries (
    idx INTEGER PRIMARY KEY,
    timestamp TEXT NOT NULL,
    type TEXT NOT NULL,
    actor TEXT NOT NULL,
    entry_hash TEXT NOT NULL,
    canonical BLOB NOT NULL
);
CREATE INDEX ledger_entries_type ON ledger_entries (type, idx);
CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries
BEGIN
    SELECT RAISE(ABORT, 'ledger_entries is append-only');
END;
CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries
BEGIN
    SELECT RAISE(ABORT, 'ledger_entries is append-only');
END;
