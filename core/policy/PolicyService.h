#pragma once

#include "CompiledPolicy.h"
#include "PolicyVersionInfo.h"
#include "auth/Principal.h"
#include "common/Result.h"

#include <QList>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace Lexecon {

class Clock;
class Database;
class LedgerWriter;

// Owns the policy versions (tables policy_versions, policy_activations) and the active
// CompiledPolicy. Readers on the hot path call active(): one atomic shared_ptr load, no lock.
// Each activation is one ledger entry of type "policy_activated".
class PolicyService : public QObject
{
    Q_OBJECT
public:
    PolicyService(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock);

    // Validates, stores and activates a policy file. A file whose hash is already stored
    // re-activates that version; a new hash becomes the next version. Needs ManagePolicies.
    // Nothing is stored from a file that fails to load.
    Result<PolicyVersionInfo> load(const QByteArray &json, const Principal &by);
    // Makes an earlier version active again (roll back). Needs ManagePolicies.
    Result<PolicyVersionInfo> activate(int version, const Principal &by);

    // The active policy, or nullptr when none was ever loaded. Safe from any thread.
    std::shared_ptr<const CompiledPolicy> active() const;
    std::optional<PolicyVersionInfo> activeInfo() const;
    Result<QList<PolicyVersionInfo>> versions() const;
    Result<PolicyVersionInfo> versionInfo(int version) const;
    // The stored file of a version, loaded again (for diffs and simulation).
    Result<Policy> content(int version) const;

    // Re-reads which version is active (another process may have changed it) and recompiles
    // only when it changed. Returns whether the active policy changed.
    Result<bool> refresh();

Q_SIGNALS:
    void activated(int version, const QString &hash);

private:
    struct Snapshot
    {
        PolicyVersionInfo info;
        std::shared_ptr<const CompiledPolicy> compiled;
    };

    Result<PolicyVersionInfo> activateStored(const PolicyVersionInfo &stored, const Principal &by);
    Result<PolicyVersionInfo> insertAndActivate(const Policy &policy, const Principal &by, bool &raced);
    void publish(const PolicyVersionInfo &info, std::shared_ptr<const CompiledPolicy> compiled);

    std::shared_ptr<Database> m_db;
    LedgerWriter &m_ledger;
    const Clock &m_clock;
    QMutex m_changeMutex; // one activation at a time within this process
    std::atomic<std::shared_ptr<const Snapshot>> m_active;
};

} // namespace Lexecon
