#include "support/PolicyWorkspace.h"

#include "auth/Principal.h"
#include "auth/UserService.h"
#include "decision/DecisionService.h"
#include "policy/PolicyService.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QJsonObject>

namespace Lexecon::Test {

Result<std::unique_ptr<Workspace>> openPolicyWorkspace(const QString &dir, const Clock &clock)
{
    auto ws = Workspace::open(dir, clock, true);
    if (!ws)
        return ws.error();
    QFile policy(QStringLiteral(LEXECON_SOURCE_DIR "/resources/policies/customer-support-ai.json"));
    if (!policy.open(QIODevice::ReadOnly))
        return Error::internal(QStringLiteral("Cannot read %1: %2").arg(policy.fileName(), policy.errorString()));
    auto loaded = (*ws)->policies().load(policy.readAll(), Principal::system());
    if (!loaded)
        return loaded.error();
    return std::move(ws).value();
}

QString decideAsSupportBot(Workspace &ws, const QString &action, bool risky)
{
    QJsonObject body{{QStringLiteral("actor"), QStringLiteral("support_bot")},
                     {QStringLiteral("action"), action},
                     {QStringLiteral("resource"), QStringLiteral("ticket_system")}};
    if (risky)
        body.insert(QStringLiteral("risk"),
                    QJsonObject{{QStringLiteral("privacy"), 98}, {QStringLiteral("compliance"), 100}});
    auto decided = ws.decisions().decideJson(body, Principal::apiKey(QStringLiteral("bot"), {Permission::Decide}));
    if (!decided)
        qFatal("%s", qPrintable(decided.error().message));
    return decided->decisionId;
}

void addTeam(Workspace &ws, const QList<QPair<QString, Role>> &members)
{
    if (auto added = ws.users().add(QStringLiteral("ada"), Role::Admin, Principal::system()); !added)
        qFatal("%s", qPrintable(added.error().message));
    const Principal ada = Principal::user(QStringLiteral("ada"), Role::Admin);
    for (const auto &[name, role] : members)
        if (auto added = ws.users().add(name, role, ada); !added)
            qFatal("%s", qPrintable(added.error().message));
}

} // namespace Lexecon::Test
