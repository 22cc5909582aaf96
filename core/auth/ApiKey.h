#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Lexecon {

class Principal;

// An AI system's credential for the HTTP intake (SPEC section 6). The secret itself is never
// kept: the store holds its SHA-256 and shows the secret once, when the key is created.
struct ApiKey
{
    QString name;               // unique, 1-64 chars of [A-Za-z0-9._-]
    QStringList scopes;         // a non-empty subset of allScopes()
    double ratePerSecond = 100; // token bucket: refills this many requests a second
    double burst = 200;         // and holds at most this many
    QString prefix;             // the key's first 12 characters, so an operator can tell keys apart
    qint64 createdAtMs = 0;
    QString createdBy;     // ledger actor of who created it
    qint64 revokedAtMs = 0; // 0 while the key is active

    static QStringList allScopes(); // "decide", "verify", "read"

    bool isActive() const { return revokedAtMs == 0; }
    bool hasScope(const QString &scope) const { return scopes.contains(scope); }
    // The principal a request with this key acts as ("apikey:<name>"); it may Decide only with
    // the decide scope.
    Principal principal() const;
    // Everything but the secret and its hash.
    QJsonObject toJson() const;
};

} // namespace Lexecon
