-- 026: evidence_artifacts_inline_size (016) was a trigger, and an INSERT on a table with a trigger
-- runs the trigger's program and opens a statement journal that copies every page the insert
-- touches: for the decision log each decision writes, about 4 % of the ledger writer's time. The
-- same rule as a CHECK is a comparison in the insert itself. Every stored row satisfies it (the
-- trigger refused any other since the column exists; older rows have no inline content), so the
-- definition is edited in place as in 025, and the trigger goes.
-- TestDatabase::evidenceSizeIsACheck holds the result.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql, ', content BLOB,', ', content BLOB CHECK (content IS NULL OR length(content) = size),')
WHERE type = 'table' AND name = 'evidence_artifacts';
PRAGMA writable_schema = OFF;
-- The trigger goes only if the CHECK is there: otherwise this insert fails, and with it the migration.
CREATE TABLE migration_026_guard (found INTEGER CHECK (found = 1));
INSERT INTO migration_026_guard
SELECT count(*) FROM sqlite_schema
WHERE type = 'table' AND name = 'evidence_artifacts'
  AND sql LIKE '%content BLOB CHECK (content IS NULL OR length(content) = size)%';
DROP TABLE migration_026_guard;
DROP TRIGGER evidence_artifacts_inline_size;
