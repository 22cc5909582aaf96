#pragma once

#include "PacketRequest.h"
#include "common/Result.h"

#include <QList>

#include <memory>

namespace Lexecon {

class Clock;
class Database;
class LedgerWriter;
class Principal;

// Four eyes over audit packets: an auditor (RequestAuditPacket) requests one, a compliance
// officer (ApproveAuditPacket) who is not the requester approves or rejects it, and only an
// approved request may be built. Each step is exactly one ledger entry
// (audit_packet_requested / _approved / _rejected / _built) written with the row in one transaction.
class PacketRequestService
{
public:
    PacketRequestService(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock);

    Result<PacketRequest> request(const PacketTerms &terms, const Principal &by);
    Result<PacketRequest> approve(const QString &requestId, const Principal &by);
    // reason: at least 10 characters; the ledger carries only its SHA-256.
    Result<PacketRequest> reject(const QString &requestId, const QString &reason, const Principal &by);
    // The request when it is approved; Forbidden (naming its status) otherwise. For the builder.
    Result<PacketRequest> approvedRequest(const QString &requestId);
    // Records a build: one ledger entry with the packet id and the SHA-256 of its SHA256SUMS.
    // requestId empty: a build by the local operator without a request (the bare `packet build`).
    // Returns the entry's ledger index.
    Result<qint64> recordBuilt(const QString &requestId, const QString &packetId, const QString &sumsSha256,
                               const PacketTerms &terms, const Principal &by);

    Result<PacketRequest> get(const QString &requestId);
    // Newest first; status empty: any.
    Result<QList<PacketRequest>> list(const QString &status = {}, int limit = 100, int offset = 0);

    // Who may build: an auditor or officer (RequestAuditPacket / ApproveAuditPacket), or the host's
    // local operator (a system principal), who holds the data dir and its secret and could read
    // every record anyway; the manifest then says that no second person approved.
    static Result<void> mayBuild(const Principal &by);

    // Syntax checks shared with the CLI: scope known, formats present, from before to.
    static Result<void> validate(const PacketTerms &terms);

private:
    Result<PacketRequest> decide(const QString &requestId, bool approve, const QString &reason, const Principal &by);

    std::shared_ptr<Database> m_db;
    LedgerWriter &m_ledger;
    const Clock &m_clock;
};

} // namespace Lexecon
