-- The node's identity (SPEC sections 5-7): one row. The Ed25519 private key (its 32-byte seed)
-- and the field-encryption key are stored only as secretboxes (nonce || ciphertext) under the
-- key-encryption key (KEK), which comes from LEXECON_SECRET_FILE via Argon2id (kdf_salt and the
-- limits here) or from the OS keychain (key "kek/<node_id>"). No secret is stored in clear text.
CREATE TABLE node (
    node_id TEXT PRIMARY KEY,
    singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
    public_key BLOB NOT NULL,
    public_key_pem TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    private_key_box BLOB NOT NULL,
    field_key_box BLOB NOT NULL,
    kek_source TEXT NOT NULL,
    kdf_salt BLOB NOT NULL,
    kdf_opslimit INTEGER NOT NULL,
    kdf_memlimit INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TRIGGER node_no_delete BEFORE DELETE ON node
BEGIN
    SELECT RAISE(ABORT, 'node identity cannot be deleted');
END;
