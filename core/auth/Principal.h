#pragma once

#include "Role.h"
#include "common/Result.h"

#include <QSet>
#include <QString>

namespace Lexecon {

// Who acts: a signed-in user, an API key (an AI system), or the node itself.
// Every state-changing service method takes one and checks it (DESIGN.md).
class Principal
{
public:
    enum class Kind { User, ApiKey, System };

    static Principal user(const QString &name, Role role);
    static Principal apiKey(const QString &name, const QSet<Permission> &scopes);
    static Principal system(const QString &name = QStringLiteral("system"));

    Kind kind() const { return m_kind; }
    QString name() const { return m_name; }
    Role role() const { return m_role; }
    // The identity written to the ledger's actor field: "user:alice", "apikey:bot", "system".
    QString ledgerActor() const;

    bool can(Permission permission) const;
    // Ok, or a Forbidden error that says who lacks which permission.
    Result<void> require(Permission permission) const;

private:
    Kind m_kind = Kind::System;
    QString m_name;
    Role m_role = Role::Viewer;
    QSet<Permission> m_scopes;
};

} // namespace Lexecon
