#include "OidcIdentityService.h"

#include "auth/UserService.h"
#include "common/Clock.h"
#include "common/Timestamp.h"
#include "crypto/Commitment.h"
#include "crypto/Sha256.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QRegularExpression>

namespace Lexecon {

namespace {

QString subjectHash(const QString &issuer, const QString &subject)
{
    // Hashed with the issuer so equal subjects of two providers stay apart; no raw subject in
    // the ledger (it identifies a person at the provider).
    return Sha256::hex((issuer + QLatin1Char('\n') + subject).toUtf8());
}

OidcLink linkFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
}

const QString linkColumns = QStringLiteral("issuer, subject, user_name, linked_at, linked_by, method");

Result<void> fromEntry(const Result<LedgerEntry> &entry)
{
    return entry ? Result<void>() : Result<void>(entry.error());
}

} // namespace

OidcIdentityService::OidcIdentityService(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock,
                                         UserService &users)
    : m_db(std::move(db)), m_ledger(ledger), m_clock(clock), m_users(users)
{
}

Result<Principal> OidcIdentityService::refuse(const OidcIdentity &identity, const QString &reason, const Error &error)
{
    auto entry = m_ledger.append({QStringLiteral("oidc_sign_in_failed"),
                                  Principal::system().ledgerActor(),
                                  {{QStringLiteral("issuer"), identity.issuer},
                                   {QStringLiteral("subject_sha256"), subjectHash(identity.issuer, identity.subject)},
                                   {QStringLiteral("reason"), reason}},
                                  {}});
    if (!entry)
        return entry.error();
    return error;
}

Result<void> OidcIdentityService::recordFailure(const QString &issuer, const QString &reason)
{
    return fromEntry(m_ledger.append({QStringLiteral("oidc_sign_in_failed"),
                                      Principal::system().ledgerActor(),
                                      {{QStringLiteral("issuer"), issuer},
                                       {QStringLiteral("reason"), reason.left(300)}},
                                      {}}));
}

Result<Principal> OidcIdentityService::signIn(const OidcIdentity &identity)
{
    QSqlDatabase conn = m_db->connection();
    auto linked = Sql::selectAll(conn,
                                 QStringLiteral("SELECT %1 FROM oidc_identities WHERE issuer = ? AND subject = ?")
                                     .arg(linkColumns),
                                 {identity.issuer, identity.subject}, linkFrom);
    if (!linked)
        return linked.error();
    QString userName;
    QString method = QStringLiteral("link");
    if (!linked->isEmpty()) {
        userName = linked->first().userName;
    } else if (identity.emailVerified && !identity.email.isEmpty()) {
        auto byEmail = Sql::exec(conn, QStringLiteral("SELECT user_name FROM user_emails WHERE email_key = ?"),
                                 {identity.email.toLower()});
        if (!byEmail)
            return byEmail.error();
        if (byEmail->next()) {
            userName = byEmail->value(0).toString();
            method = QStringLiteral("verified_email");
        }
    }
    const QString who = identity.email.isEmpty() ? identity.subject : identity.email;
    if (userName.isEmpty()) {
        const QString why = identity.email.isEmpty() || identity.emailVerified
                                ? QString()
                                : QStringLiteral(" (its email address is not verified by the provider)");
        return refuse(identity, QStringLiteral("unknown_identity"),
                      Error::forbidden(QStringLiteral("The account %1 at %2 is not linked to a workstation user%3; "
                                                      "ask an admin to link it to your user name.")
                                           .arg(who, identity.issuer, why)));
    }
    auto user = m_users.find(userName);
    if (!user)
        return user.error();
    if (user->disabled)
        return refuse(identity, QStringLiteral("user_disabled"),
                      Error::forbidden(QStringLiteral("The user %1 is disabled; ask an admin to enable it.")
                                           .arg(user->name)));
    const Principal principal = Principal::user(user->name, user->role);
    const QString now = Timestamp::format(m_clock.nowMs());
    LedgerAppend append{QStringLiteral("oidc_sign_in"),
                        principal.ledgerActor(),
                        {{QStringLiteral("issuer"), identity.issuer},
                         {QStringLiteral("subject_sha256"), subjectHash(identity.issuer, identity.subject)},
                         {QStringLiteral("user"), user->name},
                         {QStringLiteral("method"), method}},
                        {}};
    if (method == QLatin1String("verified_email"))
        append.alsoWrite = [&](QSqlDatabase &c, const LedgerEntry &) -> Result<void> {
            // The first sign-in by email records the link, so a later change of the user's
            // address at the provider does not move the identity.
            auto q = Sql::exec(c,
                               QStringLiteral("INSERT INTO oidc_identities (issuer, subject, user_name, method, "
                                              "linked_at, linked_by) VALUES (?, ?, ?, 'verified_email', ?, ?) "
                                              "ON CONFLICT (issuer, subject) DO NOTHING"),
                               {identity.issuer, identity.subject, user->name, now, principal.ledgerActor()});
            return q ? Result<void>() : Result<void>(q.error());
        };
    auto entry = m_ledger.append(append);
    if (!entry)
        return entry.error();
    return principal;
}

Result<OidcLink> OidcIdentityService::link(const QString &issuer, const QString &subject, const QString &userName,
                                           const Principal &by)
{
    if (auto allowed = by.require(Permission::ManageUsers); !allowed)
        return allowed.error();
    if (issuer.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("issuer"), QStringLiteral("the issuer is empty; send the provider's issuer URL"));
    if (subject.isEmpty())
        return Error::invalid(QStringLiteral("subject"),
                              QStringLiteral("the subject is empty; send the account's \"sub\" claim at the provider"));
    auto user = m_users.find(userName);
    if (!user)
        return user.error();
    OidcLink link{issuer, subject, user->name, Timestamp::format(m_clock.nowMs()), by.ledgerActor(),
                  QStringLiteral("admin")};
    auto entry = m_ledger.append(
        {QStringLiteral("oidc_identity_linked"),
         by.ledgerActor(),
         {{QStringLiteral("issuer"), issuer},
          {QStringLiteral("subject_sha256"), subjectHash(issuer, subject)},
          {QStringLiteral("user"), user->name}},
         [&](QSqlDatabase &c, const LedgerEntry &) -> Result<void> {
             auto existing = Sql::exec(c, QStringLiteral("SELECT user_name FROM oidc_identities WHERE issuer = ? AND subject = ?"),
                                       {issuer, subject});
             if (!existing)
                 return existing.error();
             if (existing->next())
                 return Error::conflict(QStringLiteral("this identity is already linked to %1; unlink it first")
                                            .arg(existing->value(0).toString()));
             existing->finish();
             return Sql::execOne(c,
                                 QStringLiteral("INSERT INTO oidc_identities (issuer, subject, user_name, method, "
                                                "linked_at, linked_by) VALUES (?, ?, ?, ?, ?, ?)"),
                                 {link.issuer, link.subject, link.userName, link.method, link.linkedAt, link.linkedBy});
         }});
    if (!entry)
        return entry.error();
    return link;
}

Result<void> OidcIdentityService::unlink(const QString &issuer, const QString &subject, const Principal &by)
{
    if (auto allowed = by.require(Permission::ManageUsers); !allowed)
        return allowed;
    QSqlDatabase conn = m_db->connection();
    auto current = Sql::selectAll(conn,
                                  QStringLiteral("SELECT %1 FROM oidc_identities WHERE issuer = ? AND subject = ?")
                                      .arg(linkColumns),
                                  {issuer, subject}, linkFrom);
    if (!current)
        return current.error();
    if (current->isEmpty())
        return Error::notFound(QStringLiteral("no linked identity with that issuer and subject; list the user's links "
                                              "to see which exist"));
    return fromEntry(m_ledger.append(
        {QStringLiteral("oidc_identity_unlinked"),
         by.ledgerActor(),
         {{QStringLiteral("issuer"), issuer},
          {QStringLiteral("subject_sha256"), subjectHash(issuer, subject)},
          {QStringLiteral("user"), current->first().userName}},
         [&](QSqlDatabase &c, const LedgerEntry &) -> Result<void> {
             return Sql::execOne(c, QStringLiteral("DELETE FROM oidc_identities WHERE issuer = ? AND subject = ?"),
                                 {issuer, subject});
         }}));
}

Result<void> OidcIdentityService::setEmail(const QString &userName, const QString &email, const Principal &by)
{
    if (auto allowed = by.require(Permission::ManageUsers); !allowed)
        return allowed;
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString address = email.trimmed();
    if (!address.isEmpty() && (address.size() > 254 || !shape.match(address).hasMatch()))
        return Error::invalid(QStringLiteral("email"),
                              QStringLiteral("\"%1\" is not an email address; send one such as alice@example.com, "
                                             "or an empty value to remove it")
                                  .arg(address));
    auto user = m_users.find(userName);
    if (!user)
        return user.error();
    const QString now = Timestamp::format(m_clock.nowMs());
    // Salted: a plain hash of an address is confirmed by hashing a guess. The salt lives in the
    // user_emails row and goes when the address is removed.
    const Commitment emailCommitment = Commitment::make(address.toLower().toUtf8());
    return fromEntry(m_ledger.append(
        {QStringLiteral("user_email_set"),
         by.ledgerActor(),
         {{QStringLiteral("user"), user->name},
          {QStringLiteral("email_commitment"), address.isEmpty() ? QString() : emailCommitment.value}},
         [&](QSqlDatabase &c, const LedgerEntry &) -> Result<void> {
             if (address.isEmpty()) {
                 auto q = Sql::exec(c, QStringLiteral("DELETE FROM user_emails WHERE user_name = ?"), {user->name});
                 return q ? Result<void>() : Result<void>(q.error());
             }
             auto owner = Sql::exec(c, QStringLiteral("SELECT user_name FROM user_emails WHERE email_key = ? AND user_name <> ?"),
                                    {address.toLower(), user->name});
             if (!owner)
                 return owner.error();
             if (owner->next())
                 return Error::conflict(QStringLiteral("the address %1 already belongs to %2; one address can "
                                                       "identify only one user")
                                            .arg(address, owner->value(0).toString()));
             owner->finish();
             auto q = Sql::exec(c,
                                QStringLiteral("INSERT INTO user_emails (user_name, email, email_key, updated_at, "
                                               "updated_by, email_salt) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_name) "
                                               "DO UPDATE SET email = excluded.email, email_key = excluded.email_key, "
                                               "updated_at = excluded.updated_at, updated_by = excluded.updated_by, "
                                               "email_salt = excluded.email_salt"),
                                {user->name, address, address.toLower(), now, by.ledgerActor(), emailCommitment.salt});
             return q ? Result<void>() : Result<void>(q.error());
         }}));
}

Result<QString> OidcIdentityService::email(const QString &userName) const
{
    QSqlDatabase conn = m_db->connection();
    auto q = Sql::exec(conn, QStringLiteral("SELECT email FROM user_emails WHERE user_name = ?"), {userName});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Result<QList<OidcLink>> OidcIdentityService::links(const QString &userName) const
{
    QSqlDatabase conn = m_db->connection();
    if (userName.isEmpty())
        return Sql::selectAll(conn, QStringLiteral("SELECT %1 FROM oidc_identities ORDER BY user_name, issuer, subject").arg(linkColumns),
                              {}, linkFrom);
    return Sql::selectAll(conn, QStringLiteral("SELECT %1 FROM oidc_identities WHERE user_name = ? ORDER BY issuer, subject")
                                    .arg(linkColumns),
                          {userName}, linkFrom);
}

} // namespace Lexecon
