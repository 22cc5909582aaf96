-- 025: SQLite checks `x IN ('a', 'b', 'c')` in a CHECK constraint by building a temporary B-tree of
-- the list, with a pager of its own, for every row it checks (OpenEphemeral): about 6 % of the
-- ledger writer's time went into that for each decision. The same rule written as comparisons
-- costs a few instructions. A CHECK does not change how rows are stored, and every stored row
-- satisfies the new text (it says the same thing), so the definitions are edited in place, as
-- SQLite documents for CHECK changes (lang_altertable.html, "Making Other Kinds Of Table Schema
-- Changes"), instead of copying a million decisions into a new table; Database::migrate then
-- increments schema_version, so every connection reads the definitions again.
-- TestDatabase::hotTablesCheckWithoutLists holds the result (and that the rules still refuse).
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(replace(sql,
        'CHECK (outcome IN (''approved'', ''denied'', ''escalated''))',
        'CHECK (outcome = ''approved'' OR outcome = ''denied'' OR outcome = ''escalated'')'),
        'CHECK (final_outcome IN (''approved'', ''denied'', ''pending''))',
        'CHECK (final_outcome = ''approved'' OR final_outcome = ''denied'' OR final_outcome = ''pending'')')
WHERE type = 'table' AND name = 'decisions';
UPDATE sqlite_schema
SET sql = replace(replace(replace(sql,
        'CHECK (priority IN (''low'', ''medium'', ''high'', ''critical''))',
        'CHECK (priority = ''low'' OR priority = ''medium'' OR priority = ''high'' OR priority = ''critical'')'),
        'CHECK (status IN (''pending'', ''in_review'', ''deferred'', ''resolved''))',
        'CHECK (status = ''pending'' OR status = ''in_review'' OR status = ''deferred'' OR status = ''resolved'')'),
        'CHECK (outcome IS NULL OR outcome IN (''approved'', ''denied'', ''deferred'', ''escalated_up''))',
        'CHECK (outcome IS NULL OR outcome = ''approved'' OR outcome = ''denied'' OR outcome = ''deferred'' OR outcome = ''escalated_up'')')
WHERE type = 'table' AND name = 'escalations';
PRAGMA writable_schema = OFF;
