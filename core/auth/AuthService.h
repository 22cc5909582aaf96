#pragma once

#include "CredentialStore.h"
#include "DecoyLockout.h"
#include "Principal.h"
#include "SignInResult.h"
#include "common/Result.h"

#include <QMutex>
#include <QString>

#include <memory>

namespace Lexecon {

class Clock;
class Database;
class LedgerWriter;
class SecureBytes;

// How old a user's password is and when it runs out (AuthSettings::passwordMaxAgeDaysKey).
struct PasswordStatus
{
    bool hasPassword = false;
    QString setAt;     // RFC 3339, empty without a password
    QString expiresAt; // empty when passwords do not expire
    bool expired = false;
};

// Passwords and sign-in of local accounts (issue 6). Every security event is one ledger entry
// written with the rows it changes: sign_in, sign_in_failed, account_locked, password_changed,
// backup_code_used. No password, code, secret or hash is put in a payload.
// Rules: 5 failed attempts (wrong password or wrong second factor) lock the account for 30
// minutes; the message names the time left. Unknown names get the same message as a wrong
// password, and their failures reach the ledger at most once a minute (folded into a count),
// so a flood cannot fill it. When the user has MFA on, or their role requires it, a password
// alone never yields a principal.
class AuthService
{
public:
    static constexpr int MaxFailures = 5;
    static constexpr qint64 LockoutMs = 30 * 60 * 1000;
    static constexpr qint64 UnknownUserWindowMs = 60 * 1000;

    // fieldKey is borrowed (NodeIdentity::fieldKey()) and must outlive the service.
    AuthService(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock, const SecureBytes &fieldKey);

    SignInResult signIn(const QString &userName, const QString &password, const SecondFactor &factor = {});

    // Sets a password without knowing the old one: the first password of a new user, or an
    // admin's reset. by needs ManageUsers (System: the CLI and the first-run wizard). The
    // policy and the history of 5 apply.
    Result<void> setPassword(const QString &userName, const QString &newPassword, const Principal &by);
    // The user's own change; needs the current password (a wrong one counts as a failure and
    // can lock the account) and, when the user has two-factor sign-in on, a code or backup code
    // too, so that a stolen password cannot lock the owner out. Works on an expired password,
    // so the user can renew it.
    Result<void> changePassword(const QString &userName, const QString &currentPassword, const QString &newPassword,
                                const SecondFactor &factor = {});
    Result<PasswordStatus> passwordStatus(const QString &userName) const;

    // What MfaService checks before changing a user's second factor. Verifies the password
    // (and, unless kind is None, the code) counting failures like a sign-in; the TOTP step or
    // backup code it matched is NOT claimed yet: the caller claims it in its own alsoWrite
    // (CredentialStore::claimStep / consumeBackupCode) so a code stays single-use.
    struct Verified
    {
        CredentialRow row;
        qint64 step = -1;   // TOTP step matched, or -1
        QString backupHash; // backup code matched, or empty
    };
    Result<Verified> verify(const QString &userName, const QString &password, const SecondFactor &factor,
                            const QString &context);
    // The store, for MfaService and tests.
    const CredentialStore &store() const { return m_store; }

private:
    enum class Check { Ok, WrongPassword, NoPassword, WrongCode };
    // verified, when given, is the second factor the change was confirmed with; its TOTP step or
    // backup code is claimed in the same transaction, so it cannot be used again.
    Result<void> storeNewPassword(const CredentialRow &row, const QString &newPassword, const QString &actor,
                                  const QString &how, const Verified *verified = nullptr);
    Check checkFactor(const CredentialRow &row, const SecondFactor &factor, Verified &verified) const;
    // Counts one failure (sign_in_failed, or account_locked on the fifth) and returns what to tell the user.
    SignInResult recordFailure(const CredentialRow &row, const QString &reason, const QString &context);
    // Refuses a name without an account exactly as a wrong password (and, after five, as a
    // locked account) is refused.
    SignInResult refuseUnknown(const QString &userName, const QString &context);
    SignInResult lockedResult(qint64 lockedUntilMs, qint64 nowMs) const;
    static Error asError(const SignInResult &result);

    std::shared_ptr<Database> m_db;
    LedgerWriter &m_ledger;
    const Clock &m_clock;
    CredentialStore m_store;
    QMutex m_unknownMutex;
    qint64 m_unknownWindowStartMs = -1;
    qint64 m_unknownPending = 0;
    DecoyLockout m_decoys{MaxFailures, LockoutMs};
};

} // namespace Lexecon
