-- 016_decision_hot_path: small evidence lives in its row. A decision log (a few hundred bytes)
-- used to cost a file write plus two fsyncs per decision; inline content is durable with the
-- ledger entry whose transaction inserts the row. Content over 16 KiB keeps its content-addressed
-- file and leaves this column NULL. The append-only triggers of 007 cover the new column (they
-- refuse any UPDATE or DELETE of a row).
ALTER TABLE evidence_artifacts ADD COLUMN content BLOB;
-- Inline content must be exactly the recorded size: a row can never claim bytes it does not hold.
CREATE TRIGGER evidence_artifacts_inline_size BEFORE INSERT ON evidence_artifacts
WHEN NEW.content IS NOT NULL AND length(NEW.content) <> NEW.size
BEGIN
    SELECT RAISE(ABORT, 'evidence_artifacts: inline content does not match its size');
END;
-- No query looks artifacts up by hash, and a hash index takes every insert to a random page:
-- one more page written to the WAL per decision.
DROP INDEX evidence_artifacts_sha256;
