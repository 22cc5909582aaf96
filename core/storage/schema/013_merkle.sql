-- The RFC 9162 Merkle tree over ledger_entries (SPEC section 5): the hash of every perfect aligned
-- subtree, level 0 being the leaf hashes, so roots and proofs for any tree size read O(log n) rows.
-- Filled by MerkleTree::appendLeaf inside the ledger writer's transaction; a ledger older than this
-- migration is filled by MerkleTree::ensureComplete (SQL cannot compute SHA-256).
-- WITHOUT ROWID: the key is the only index, halving the rows written per append.
CREATE TABLE merkle_nodes (
    level INTEGER NOT NULL CHECK (level >= 0 AND level < 64),
    idx INTEGER NOT NULL CHECK (idx >= 0),
    hash BLOB NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (level, idx)
) WITHOUT ROWID;
CREATE TRIGGER merkle_nodes_no_update BEFORE UPDATE ON merkle_nodes
BEGIN
    SELECT RAISE(ABORT, 'merkle_nodes is append-only');
END;
CREATE TRIGGER merkle_nodes_no_delete BEFORE DELETE ON merkle_nodes
BEGIN
    SELECT RAISE(ABORT, 'merkle_nodes is append-only');
END;
