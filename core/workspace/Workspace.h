#pragma once

#include "common/Result.h"

#include <QString>

#include <memory>

namespace Lexecon {

class ApiKeyStore;
class AuthService;
class CheckpointService;
class Clock;
class Database;
class DecisionService;
class DecisionStore;
class EscalationService;
class EvidenceStore;
class InterventionLog;
class LedgerWriter;
class MfaService;
class NodeIdentity;
class OverrideService;
class PolicyService;
class ResponsibilityTracker;
class RiskScorer;
class SlaMonitor;
class TokenStore;
class UserService;
class WorkspaceSettings;

// One workspace: its data dir, database, node identity and the services over them, wired
// together. The CLI, the headless server and the desktop each open one and call its services.
class Workspace
{
public:
    ~Workspace();

    // Opens the workspace in dataDir. With create, a missing workspace is made (folder,
    // database, node key, genesis entry); without it, a missing one is an error that says to
    // run init.
    static Result<std::unique_ptr<Workspace>> open(const QString &dataDir, const Clock &clock, bool create = false);
    // dataDir from --data-dir, else LEXECON_DATA_DIR, else the platform's app data dir.
    static QString resolveDataDir(const QString &fromCommandLine);
    static bool exists(const QString &dataDir);

    QString dataDir() const { return m_dataDir; }
    const Clock &clock() const { return m_clock; }
    std::shared_ptr<Database> database() const { return m_db; }
    QString nodeId() const;

    LedgerWriter &ledger() { return *m_ledger; }
    CheckpointService &checkpoints() { return *m_checkpoints; }
    const NodeIdentity &node() const { return *m_node; }
    UserService &users() { return *m_users; }
    ApiKeyStore &apiKeys() { return *m_apiKeys; }
    AuthService &auth() { return *m_auth; }
    MfaService &mfa() { return *m_mfa; }
    PolicyService &policies() { return *m_policies; }
    const RiskScorer &riskScorer() const { return *m_risk; }
    EscalationService &escalations() { return *m_escalations; }
    SlaMonitor &slaMonitor() { return *m_sla; }
    EvidenceStore &evidence() { return *m_evidence; }
    ResponsibilityTracker &responsibility() { return *m_responsibility; }
    InterventionLog &interventions() { return *m_interventions; }
    TokenStore &tokens() { return *m_tokens; }
    OverrideService &overrides() { return *m_overrides; }
    DecisionService &decisions() { return *m_decisions; }
    std::shared_ptr<DecisionStore> decisionStore() const;
    WorkspaceSettings &settings() { return *m_settings; }

private:
    Workspace(QString dataDir, const Clock &clock);
    Result<void> wire();

    QString m_dataDir;
    const Clock &m_clock;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<LedgerWriter> m_ledger;
    std::unique_ptr<NodeIdentity> m_node;
    std::unique_ptr<CheckpointService> m_checkpoints;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<ApiKeyStore> m_apiKeys;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<MfaService> m_mfa;
    std::unique_ptr<PolicyService> m_policies;
    std::unique_ptr<RiskScorer> m_risk;
    std::unique_ptr<EscalationService> m_escalations;
    std::unique_ptr<SlaMonitor> m_sla;
    std::unique_ptr<EvidenceStore> m_evidence;
    std::unique_ptr<ResponsibilityTracker> m_responsibility;
    std::unique_ptr<InterventionLog> m_interventions;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<OverrideService> m_overrides;
    std::unique_ptr<DecisionService> m_decisions;
    std::unique_ptr<WorkspaceSettings> m_settings;
};

} // namespace Lexecon
