#pragma once

#include "RetentionReports.h"
#include "common/Result.h"

#include <memory>

namespace Lexecon {

class Database;
class EvidenceStore;

// Recomputes the salted commitments of a decision's ledger entry (the request) and of its
// evidence (the decision log, attestations) from the salts and data still held, and compares
// them with the ledger: while the data exists anyone with the workspace can check that the
// ledger points at it; once it is erased the result is "erased", never a false "mismatch".
class CommitmentVerifier
{
public:
    CommitmentVerifier(std::shared_ptr<Database> db, EvidenceStore &evidence);
    Result<CommitmentCheck> check(const QString &decisionId);

private:
    std::shared_ptr<Database> m_db;
    EvidenceStore &m_evidence;
};

} // namespace Lexecon
