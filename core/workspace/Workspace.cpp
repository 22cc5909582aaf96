#include "Workspace.h"

#include "auth/ApiKeyStore.h"
#include "auth/AuthService.h"
#include "auth/MfaService.h"
#include "auth/UserService.h"
#include "common/Clock.h"
#include "crypto/NodeIdentity.h"
#include "decision/DecisionService.h"
#include "escalation/EscalationService.h"
#include "escalation/SlaMonitor.h"
#include "escalation/SlaPolicy.h"
#include "evidence/EvidenceStore.h"
#include "intervention/InterventionLog.h"
#include "ledger/CheckpointService.h"
#include "ledger/LedgerWriter.h"
#include "override/OverrideService.h"
#include "policy/PolicyService.h"
#include "responsibility/ResponsibilityTracker.h"
#include "risk/RiskScorer.h"
#include "storage/Database.h"
#include "token/TokenStore.h"
#include "WorkspaceSettings.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QStandardPaths>

namespace Lexecon {

namespace {

QString databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("workspace.db"));
}

} // namespace

Workspace::Workspace(QString dataDir, const Clock &clock) : m_dataDir(std::move(dataDir)), m_clock(clock) {}

Workspace::~Workspace() = default;

QString Workspace::resolveDataDir(const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return QDir(fromCommandLine).absolutePath();
    const QString env = qEnvironmentVariable("LEXECON_DATA_DIR");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool Workspace::exists(const QString &dataDir)
{
    return QFileInfo::exists(databasePath(dataDir));
}

QString Workspace::nodeId() const
{
    return m_node->nodeId();
}

std::shared_ptr<DecisionStore> Workspace::decisionStore() const
{
    return m_decisions->store();
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &dataDir, const Clock &clock, bool create)
{
    if (!create && !exists(dataDir))
        return Error::invalid(QStringLiteral("data_dir"), QStringLiteral("there is no workspace in %1; create one with "
                                                                         "`lexecon-cli --data-dir %1 init`")
                                                              .arg(dataDir));
    if (!QDir().mkpath(dataDir))
        return Error::invalid(QStringLiteral("data_dir"), QStringLiteral("cannot create the data dir %1").arg(dataDir));
    std::unique_ptr<Workspace> ws(new Workspace(dataDir, clock));
    auto db = Database::open(databasePath(dataDir));
    if (!db)
        return db.error();
    ws->m_db = *db;
    ws->m_ledger = std::make_unique<LedgerWriter>(ws->m_db, clock);
    auto node = NodeIdentity::openOrCreate(ws->m_db, clock);
    if (!node)
        return node.error();
    ws->m_node = std::make_unique<NodeIdentity>(*node);
    auto genesis = ws->m_ledger->ensureGenesis(ws->m_node->genesisPayload());
    if (!genesis)
        return genesis.error();
    if (auto wired = ws->wire(); !wired)
        return wired.error();
    return ws;
}

Result<void> Workspace::wire()
{
    m_settings = std::make_unique<WorkspaceSettings>(m_db, *m_ledger, m_clock);
    // Signs a checkpoint after every N appends; the desktop and the server also start its timer.
    m_checkpoints = std::make_unique<CheckpointService>(m_db, *m_node, m_ledger.get(), m_clock);
    m_users = std::make_unique<UserService>(m_db, *m_ledger, m_clock);
    m_apiKeys = std::make_unique<ApiKeyStore>(m_db, *m_ledger, m_clock);
    m_auth = std::make_unique<AuthService>(m_db, *m_ledger, m_clock, m_node->fieldKey());
    m_mfa = std::make_unique<MfaService>(m_db, *m_ledger, m_clock, *m_auth);
    m_policies = std::make_unique<PolicyService>(m_db, *m_ledger, m_clock);
    if (auto refreshed = m_policies->refresh(); !refreshed)
        return refreshed.error();
    // Risk weights and SLA rules saved on the desktop's Settings screen (JSON; invalid ones are ignored).
    const auto storedJson = [this](const char *key) {
        return QJsonDocument::fromJson(m_settings->value(QString::fromLatin1(key)).toUtf8()).object();
    };
    const auto weights = RiskWeights::fromJson(storedJson("risk_weights"));
    m_risk = std::make_unique<RiskScorer>(weights ? *weights : RiskWeights());
    m_escalations = std::make_unique<EscalationService>(m_db, *m_ledger, m_clock);
    if (auto sla = SlaPolicy::fromJson(storedJson("sla")))
        m_escalations->setSlaPolicy(*sla);
    m_sla = std::make_unique<SlaMonitor>(*m_escalations, m_escalations->slaPolicy(), m_clock);
    m_evidence = std::make_unique<EvidenceStore>(m_db, *m_ledger, m_clock, m_dataDir);
    m_responsibility = std::make_unique<ResponsibilityTracker>(m_db, m_clock);
    m_interventions = std::make_unique<InterventionLog>(m_db, m_clock);
    m_tokens = std::make_unique<TokenStore>(m_db, *m_ledger, m_clock);

    DecisionService::Services s;
    s.db = m_db;
    s.ledger = m_ledger.get();
    s.clock = &m_clock;
    s.node = m_node.get();
    s.policies = m_policies.get();
    s.risk = m_risk.get();
    s.escalations = m_escalations.get();
    s.evidence = m_evidence.get();
    s.responsibility = m_responsibility.get();
    s.interventions = m_interventions.get();
    s.tokens = m_tokens.get();
    m_decisions = std::make_unique<DecisionService>(s);

    DecisionService *decisions = m_decisions.get();
    m_overrides = std::make_unique<OverrideService>(
        m_db, *m_ledger, m_clock, *m_evidence, *m_responsibility, *m_interventions,
        [decisions](const QString &id) { return decisions->outcomeInEffect(id); });
    m_decisions->setOverrides(m_overrides.get());
    m_overrides->setCreatedHook([decisions](QSqlDatabase &conn, const Override &o, const LedgerEntry &e) {
        return decisions->onOverrideCreated(conn, o, e);
    });
    m_overrides->setRevokedHook([decisions](QSqlDatabase &conn, const Override &o, const LedgerEntry &e) {
        return decisions->onOverrideRevoked(conn, o, e);
    });
    m_escalations->setResolutionHook(
        [decisions](QSqlDatabase &conn, const Escalation &esc, const LedgerEntry &e, const Principal &by) {
            return decisions->onEscalationResolved(conn, esc, e, by);
        });
    return {};
}

} // namespace Lexecon
