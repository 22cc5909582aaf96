#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

namespace Lexecon {
class OffsetClock;
class Principal;
class Workspace;
}

namespace Lexecon::Cli {

// Fills a workspace with a realistic month: the customer-support policy, a team of users,
// decisions from several AI systems, escalations in every state (pending, in review, deferred,
// resolved each way, escalated up, warned, breached), overrides and evidence. It drives the
// real services only, so everything it makes is on the ledger and verifies.
class DemoGenerator
{
public:
    DemoGenerator(Workspace &ws, OffsetClock &clock, quint32 seed = 20261122);

    Result<QJsonObject> run(int decisions);

private:
    struct Scenario;
    Result<void> setUpTeam();
    QString demoPassword();
    Result<void> loadPolicy();
    Result<QString> decideOne(const Scenario &scenario, bool risky);
    Result<void> reviewDue(qint64 nowMs, bool finalPass);
    Result<void> addOverrides();
    Result<void> addEvidence();
    void moveTo(qint64 targetMs);

    Workspace &m_ws;
    OffsetClock &m_clock;
    QRandomGenerator m_random;
    struct Pending
    {
        QString escalationId;
        qint64 reviewAtMs;
    };
    QList<Pending> m_pending;
    qint64 m_endMs = 0; // the real time when the demo started: it ends there
    QStringList m_denied;
    QJsonObject m_counts;
    QString m_demoPassword;
};

} // namespace Lexecon::Cli
