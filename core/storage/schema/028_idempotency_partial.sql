-- 028: decisions_idempotency (004) finds a retry's first decision and refuses a second decision
-- with the same request_id. It held every decision, also the many sent without a request_id,
-- whose NULL is never looked up and never conflicts (UNIQUE treats NULLs as distinct). Now it
-- holds only decisions with a request_id, so a decision without one writes one index entry less
-- on the ledger writer's thread. Both lookups (DecisionStore: requester = ? AND request_id = ?)
-- imply request_id IS NOT NULL, so SQLite uses the partial index for them as before
-- (TestDatabase::idempotencyIndexHoldsOnlyRequestIds).
DROP INDEX decisions_idempotency;
CREATE UNIQUE INDEX decisions_idempotency ON decisions (requester, request_id) WHERE request_id IS NOT NULL;
