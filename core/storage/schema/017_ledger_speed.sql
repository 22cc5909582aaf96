-- merkle_nodes keyed in append order. Keyed by (level, idx), a group commit of 32 entries wrote to
-- the tail of every level, i.e. six or more separate B-tree leaf pages (plus their parents) per
-- commit: about 20 of the 29 WAL pages each commit wrote (measured in docs/benchmarks.md).
-- pos = (last leaf the node covers) * 64 + level grows with every node the writer appends (a leaf,
-- then the subtrees it completes, level by level), so all inserts land on the rightmost page.
-- The CHECK ties pos to (level, idx); readers look nodes up by pos.
-- A tree of 2^57 leaves or more cannot be keyed this way; no ledger comes near that.
CREATE TABLE merkle_nodes_by_pos (
    pos INTEGER PRIMARY KEY,
    level INTEGER NOT NULL CHECK (level >= 0 AND level < 64),
    idx INTEGER NOT NULL CHECK (idx >= 0),
    hash BLOB NOT NULL CHECK (length(hash) = 32),
    CHECK (pos = ((((idx + 1) << level) - 1) << 6) + level)
);
INSERT INTO merkle_nodes_by_pos (pos, level, idx, hash)
    SELECT ((((idx + 1) << level) - 1) << 6) + level, level, idx, hash FROM merkle_nodes;
DROP TABLE merkle_nodes;
ALTER TABLE merkle_nodes_by_pos RENAME TO merkle_nodes;
CREATE TRIGGER merkle_nodes_no_update BEFORE UPDATE ON merkle_nodes
BEGIN
    SELECT RAISE(ABORT, 'merkle_nodes is append-only');
END;
CREATE TRIGGER merkle_nodes_no_delete BEFORE DELETE ON merkle_nodes
BEGIN
    SELECT RAISE(ABORT, 'merkle_nodes is append-only');
END;
-- Nothing in the application queries the ledger by type (the tests that count entries of a type
-- scan), and the (type, idx) index put every commit on a page in the middle of the index, plus
-- its parents: about 3 of the remaining 9 WAL pages of a 32-writer group commit.
DROP INDEX ledger_entries_type;
