#include "DemoGenerator.h"

#include "auth/AuthService.h"
#include "auth/PasswordPolicy.h"
#include "auth/UserService.h"
#include "common/OffsetClock.h"
#include "decision/DecisionService.h"
#include "escalation/EscalationService.h"
#include "escalation/SlaMonitor.h"
#include "evidence/EvidenceStore.h"
#include "override/OverrideService.h"
#include "policy/PolicyService.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QRandomGenerator>
#include <QJsonArray>
#include <QSet>

namespace Lexecon::Cli {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

const char *const kReasons[] = {
    "Checked the ticket history: the customer asked for this and the identity check passed.",
    "The request matches the documented support procedure for this case.",
    "Refund amount exceeds the automatic limit; approved after checking the order record.",
    "Not enough context to let the bot act alone; sending to the team lead.",
    "Customer data would leave the CRM without a documented purpose, refusing.",
    "Waiting for the customer to confirm their identity before deciding.",
};

} // namespace

struct DemoGenerator::Scenario
{
    const char *actor;
    const char *action;
    const char *resource;
    QStringList dataClasses;
    QStringList context;
    int weight;
};

DemoGenerator::DemoGenerator(Workspace &ws, OffsetClock &clock, quint32 seed) : m_ws(ws), m_clock(clock), m_random(seed) {}

void DemoGenerator::moveTo(qint64 targetMs)
{
    // Never past the real time: the ledger's timestamps must not lie in the future (and must
    // not run backwards once the demo hands the clock back).
    targetMs = qMin(targetMs, Clock::system().nowMs());
    if (targetMs > m_clock.nowMs())
        m_clock.setOffsetMs(m_clock.offsetMs() + (targetMs - m_clock.nowMs()));
}

Result<void> DemoGenerator::setUpTeam()
{
    // The demo's team joins whoever is there already: on a workspace that has users, one of its
    // admins adds the demo admin (the system principal may only add the very first user).
    auto users = m_ws.users().list();
    if (!users)
        return users.error();
    QSet<QString> present;
    QString existingAdmin;
    for (const User &u : std::as_const(*users)) {
        present.insert(u.name.toLower());
        if (u.role == Role::Admin && !u.disabled && existingAdmin.isEmpty())
            existingAdmin = u.name;
    }
    Principal adder = Principal::system(QStringLiteral("cli"));
    if (!existingAdmin.isEmpty()) {
        auto admin = m_ws.users().principalFor(existingAdmin);
        if (!admin)
            return admin.error();
        adder = *admin;
    }
    const QList<QPair<QString, Role>> team = {{QStringLiteral("ada"), Role::Admin},
                                              {QStringLiteral("olivia"), Role::ComplianceOfficer},
                                              {QStringLiteral("omar"), Role::ComplianceOfficer},
                                              {QStringLiteral("aubrey"), Role::Auditor},
                                              {QStringLiteral("victor"), Role::Viewer}};
    for (const auto &[name, role] : team) {
        if (present.contains(name))
            continue;
        auto added = m_ws.users().add(name, role, adder);
        if (!added)
            return added.error();
        if (adder.kind() != Principal::Kind::User) {
            auto ada = m_ws.users().principalFor(name); // the first user, an admin, adds the rest
            if (!ada)
                return ada.error();
            adder = *ada;
        }
        // The team can sign in at the desk with one password made for this demo (printed once).
        if (auto set = m_ws.auth().setPassword(name, demoPassword(), adder); !set)
            return set.error();
    }
    if (!m_demoPassword.isEmpty())
        m_counts[QStringLiteral("demo_password")] = m_demoPassword;
    return {};
}

QString DemoGenerator::demoPassword()
{
    // Random, so no two demo workspaces share a password; retried until the policy takes it
    // (a random string may hold a run such as "abcd").
    static const QString alphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
    while (m_demoPassword.isEmpty()) {
        QString candidate = QStringLiteral("Demo-");
        for (int i = 0; i < 12; ++i)
            candidate += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
        candidate += QStringLiteral("-7!");
        if (PasswordPolicy::check(candidate))
            m_demoPassword = candidate;
    }
    return m_demoPassword;
}

Result<void> DemoGenerator::loadPolicy()
{
    QFile f(QStringLiteral(":/demo/customer-support-ai.json"));
    if (!f.open(QIODevice::ReadOnly))
        return Error::internal(QStringLiteral("the demo policy is missing from the program's resources"));
    auto loaded = m_ws.policies().load(f.readAll(), Principal::system(QStringLiteral("cli")));
    if (!loaded)
        return loaded.error();
    return {};
}

Result<QString> DemoGenerator::decideOne(const Scenario &s, bool risky)
{
    QJsonObject body{{QStringLiteral("actor"), QString::fromLatin1(s.actor)}, {QStringLiteral("action"), QString::fromLatin1(s.action)}};
    if (s.resource)
        body.insert(QStringLiteral("resource"), QString::fromLatin1(s.resource));
    if (!s.dataClasses.isEmpty())
        body.insert(QStringLiteral("data_classes"), QJsonArray::fromStringList(s.dataClasses));
    QJsonObject context;
    for (const QString &c : s.context)
        context.insert(c, true);
    if (!context.isEmpty())
        body.insert(QStringLiteral("context"), context);
    if (risky) {
        // The AI system reports its own risk: sometimes enough to need a human.
        const int level = 55 + int(m_random.bounded(45));
        body.insert(QStringLiteral("risk"), QJsonObject{{QStringLiteral("privacy"), level},
                                                        {QStringLiteral("compliance"), qMin(100, level - 5 + int(m_random.bounded(10)))}});
    }
    body.insert(QStringLiteral("intent"), QStringLiteral("Handle a customer support conversation"));
    const QString system = QString::fromLatin1(s.actor).section(QLatin1Char(':'), -1);
    auto record = m_ws.decisions().decideJson(body, Principal::apiKey(system, {Permission::Decide}));
    if (!record)
        return record.error();
    m_counts[record->outcome] = m_counts.value(record->outcome).toInt() + 1;
    if (record->outcome == QLatin1String("escalated")) {
        // Reviewed 20 minutes to 7 hours later, but always before the demo ends: on a workspace
        // that already exists the demo has no past month to spread over and happens now.
        const qint64 delay = 20 * kMinute + qint64(m_random.bounded(int(7 * kHour)));
        m_pending.append({record->escalationId, record->createdMs + qMin(delay, qMax<qint64>(0, (m_endMs - record->createdMs) / 2))});
    }
    if (record->outcome == QLatin1String("denied"))
        m_denied.append(record->decisionId);
    return record->decisionId;
}

// Reviewers work the queue: most escalations get an answer within hours; a few are deferred,
// sent up, or just claimed; the newest stay pending, and some wait past their SLA.
Result<void> DemoGenerator::reviewDue(qint64 nowMs, bool finalPass)
{
    auto olivia = m_ws.users().principalFor(QStringLiteral("olivia"));
    auto omar = m_ws.users().principalFor(QStringLiteral("omar"));
    if (!olivia || !omar)
        return Error::internal(QStringLiteral("the demo reviewers are missing"));
    QList<Pending> still;
    for (const Pending &p : std::as_const(m_pending)) {
        if (p.reviewAtMs > nowMs) {
            still.append(p);
            continue;
        }
        const quint32 roll = m_random.bounded(100);
        if (finalPass && roll < 50) {
            still.append(p); // left for the officer on duty: pending, warning or breached by now
            continue;
        }
        const Principal &reviewer = (roll % 2) ? *olivia : *omar;
        if (auto claimed = m_ws.escalations().claim(p.escalationId, reviewer); !claimed)
            return claimed.error();
        if (finalPass && roll < 65)
            continue; // claimed and in review
        QString outcome = roll < 70 ? QStringLiteral("approved") : roll < 85 ? QStringLiteral("denied")
                                                                  : roll < 93 ? QStringLiteral("deferred")
                                                                              : QStringLiteral("escalated_up");
        const QString reason = QString::fromLatin1(kReasons[outcome == QLatin1String("approved") ? roll % 3
                                                            : outcome == QLatin1String("denied") ? 4
                                                            : outcome == QLatin1String("deferred") ? 5
                                                                                                    : 3]);
        auto resolved = m_ws.escalations().resolve(p.escalationId, outcome, reason, reviewer);
        if (!resolved)
            return resolved.error();
        m_counts[QStringLiteral("reviewed_") + outcome] = m_counts.value(QStringLiteral("reviewed_") + outcome).toInt() + 1;
        if (outcome == QLatin1String("escalated_up") && !resolved->childEscalationId.isEmpty())
            still.append({resolved->childEscalationId, nowMs + 2 * kHour + qint64(m_random.bounded(int(20 * kHour)))});
        if (outcome == QLatin1String("deferred"))
            still.append({p.escalationId, nowMs + kHour + qint64(m_random.bounded(int(10 * kHour)))});
    }
    m_pending = still;
    return {};
}

Result<void> DemoGenerator::addOverrides()
{
    auto olivia = m_ws.users().principalFor(QStringLiteral("olivia"));
    auto ada = m_ws.users().principalFor(QStringLiteral("ada"));
    if (!olivia || !ada)
        return Error::internal(QStringLiteral("the demo users are missing"));
    // Up to three distinct decisions that are still denied (a reviewer may have overridden one,
    // and picking the same one twice would be refused as "already approved").
    QStringList targets;
    for (qsizetype i = 0; i < m_denied.size() && targets.size() < 3; i += qMax<qsizetype>(1, m_denied.size() / 3)) {
        auto inEffect = m_ws.decisions().outcomeInEffect(m_denied.at(i));
        if (inEffect && *inEffect == QLatin1String("denied") && !targets.contains(m_denied.at(i)))
            targets << m_denied.at(i);
    }
    for (int i = 0; i < int(targets.size()); ++i) {
        const bool executive = i == 2;
        auto created = m_ws.overrides().create(
            targets.at(i), executive ? OverrideType::ExecutiveOverride : OverrideType::BusinessException,
            OverrideScope::SingleDecision,
            executive ? QStringLiteral("Chief Risk Officer authorised a one-off exception for a regulator's information request.")
                      : QStringLiteral("Customer escalated to the support manager; one-time exception agreed in ticket review."),
            QStringLiteral("approved"), m_clock.nowMs() + 14 * kDay, executive ? *ada : *olivia);
        if (!created)
            return created.error();
        m_counts[QStringLiteral("overrides")] = m_counts.value(QStringLiteral("overrides")).toInt() + 1;
    }
    return {};
}

Result<void> DemoGenerator::addEvidence()
{
    auto olivia = m_ws.users().principalFor(QStringLiteral("olivia"));
    if (!olivia)
        return olivia.error();
    const QByteArray attestation =
        "Quarterly review of the customer support AI agents.\n"
        "Reviewed: policy customer-support-ai, escalation handling, override log.\n"
        "Finding: escalations answered within SLA in most cases; two breaches followed up.\n"
        "Signed: Olivia (compliance officer)\n";
    auto stored = m_ws.evidence().store(EvidenceType::Attestation, attestation, QStringLiteral("text/plain"), QString(),
                                        QStringLiteral("Quarterly oversight attestation"), *olivia);
    if (!stored)
        return stored.error();
    return {};
}

Result<QJsonObject> DemoGenerator::run(int decisions)
{
    if (auto policy = loadPolicy(); !policy)
        return policy.error();
    if (auto team = setUpTeam(); !team)
        return team.error();

    const QList<Scenario> scenarios = {
        {"support_bot", "search_kb", nullptr, {QStringLiteral("public")}, {}, 20},
        {"support_bot", "read_ticket", "ticket_system", {}, {}, 20},
        {"support_bot", "reply_customer", nullptr, {}, {}, 15},
        {"support_bot", "lookup_customer", "crm", {QStringLiteral("pii")}, {QStringLiteral("customer_verified")}, 12},
        {"billing_bot", "process_refund", "payment_gateway", {QStringLiteral("payment")}, {QStringLiteral("customer_verified")}, 10},
        {"billing_bot", "process_refund", "payment_gateway", {QStringLiteral("payment")}, {}, 3},
        {"support_bot", "lookup_customer", nullptr, {QStringLiteral("phi")}, {}, 4},
        {"support_bot", "read_medical_notes", nullptr, {QStringLiteral("phi")}, {}, 3},
        {"support_bot", "export", nullptr, {QStringLiteral("pii")}, {QStringLiteral("manager_approval")}, 3},
        {"support_manager", "export", nullptr, {QStringLiteral("pii")}, {QStringLiteral("manager_approval")}, 5},
        {"human_agent", "lookup_customer", "crm", {QStringLiteral("pii")}, {}, 5},
    };
    int totalWeight = 0;
    for (const Scenario &s : scenarios)
        totalWeight += s.weight;

    const qint64 end = Clock::system().nowMs();
    m_endMs = end;
    const qint64 start = m_clock.nowMs();
    const qint64 step = qMax<qint64>(kMinute, (end - start - 20 * kMinute) / qMax(1, decisions));
    for (int i = 0; i < decisions; ++i) {
        int pick = int(m_random.bounded(totalWeight));
        const Scenario *s = &scenarios.first();
        for (const Scenario &candidate : scenarios) {
            if ((pick -= candidate.weight) < 0) {
                s = &candidate;
                break;
            }
        }
        if (auto id = decideOne(*s, m_random.bounded(100) < 22); !id)
            return id.error();
        // The last day and a half is the queue the officer on duty finds: left for the final pass.
        if (m_clock.nowMs() < end - 36 * kHour) {
            if (auto reviewed = reviewDue(m_clock.nowMs(), false); !reviewed)
                return reviewed.error();
        }
        if (i % 25 == 0) {
            if (auto swept = m_ws.slaMonitor().sweep(Principal::system()); !swept)
                return swept.error();
        }
        // Decision i+1 falls in its own slot of the month, at a random moment inside it.
        moveTo(start + (i + 1) * step + qint64(m_random.bounded(int(qMin<qint64>(step / 2, INT_MAX)))));
        if (i == decisions * 2 / 3) {
            if (auto overrides = addOverrides(); !overrides)
                return overrides.error();
            if (auto evidence = addEvidence(); !evidence)
                return evidence.error();
        }
    }
    moveTo(end);
    if (auto reviewed = reviewDue(m_clock.nowMs(), true); !reviewed)
        return reviewed.error();
    auto swept = m_ws.slaMonitor().sweep(Principal::system());
    if (!swept)
        return swept.error();
    m_clock.setOffsetMs(0);
    m_counts[QStringLiteral("sla_warnings")] = swept->warned;
    m_counts[QStringLiteral("sla_breaches")] = swept->breached;
    m_counts[QStringLiteral("decisions")] = decisions;
    return m_counts;
}

} // namespace Lexecon::Cli
