#pragma once

#include "OidcIdToken.h"
#include "auth/Principal.h"
#include "common/Result.h"

#include <QList>
#include <QString>

#include <memory>

namespace Lexecon {

class Clock;
class Database;
class LedgerWriter;
class UserService;

// A link from an OpenID identity (issuer, subject) to a local user.
struct OidcLink
{
    QString issuer;
    QString subject;
    QString userName;
    QString linkedAt;
    QString linkedBy; // ledger actor
    QString method;   // "admin" or "verified_email"
};

// Maps OpenID identities to local users (tables oidc_identities and user_emails, migration 019)
// and records every sign-in, failure, link and unlink as one ledger entry:
// oidc_sign_in, oidc_sign_in_failed, oidc_identity_linked, oidc_identity_unlinked,
// user_email_set. Payloads carry the issuer, a SHA-256 of the subject and the user, never
// tokens, secrets or email addresses.
class OidcIdentityService
{
public:
    OidcIdentityService(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock, UserService &users);

    // The principal a validated identity signs in as: by an existing link, else by a verified
    // email equal to a local user's (the link is then recorded), else Forbidden with "ask an
    // admin to link ...". Disabled users are refused. Success and refusal are both on record.
    Result<Principal> signIn(const OidcIdentity &identity);
    // Records a flow that failed before an identity was known (bad token, provider error).
    Result<void> recordFailure(const QString &issuer, const QString &reason);

    // Admin (Permission::ManageUsers) acts.
    Result<OidcLink> link(const QString &issuer, const QString &subject, const QString &userName, const Principal &by);
    Result<void> unlink(const QString &issuer, const QString &subject, const Principal &by);
    // An empty email removes the user's address.
    Result<void> setEmail(const QString &userName, const QString &email, const Principal &by);

    Result<QString> email(const QString &userName) const; // "" when none
    Result<QList<OidcLink>> links(const QString &userName = QString()) const;

private:
    Result<Principal> refuse(const OidcIdentity &identity, const QString &reason, const Error &error);

    std::shared_ptr<Database> m_db;
    LedgerWriter &m_ledger;
    const Clock &m_clock;
    UserService &m_users;
};

} // namespace Lexecon
