-- 023: the reason an officer gives for rejecting an audit packet request is free text, so the
-- ledger entry audit_packet_rejected carries a salted commitment to it (core/crypto/Commitment),
-- as every other free text does since 022, not an unsalted SHA-256. The salt sits beside the text
-- in this row. Rows decided before this migration keep their unsalted hash in the renamed column
-- and have no salt.
ALTER TABLE audit_packet_requests RENAME COLUMN reject_reason_sha256 TO reject_reason_commitment;
ALTER TABLE audit_packet_requests ADD COLUMN reject_reason_salt BLOB;
