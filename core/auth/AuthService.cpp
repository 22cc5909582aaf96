#include "AuthService.h"

#include "AuthSettings.h"
#include "PasswordHasher.h"
#include "PasswordPolicy.h"
#include "Totp.h"
#include "common/Clock.h"
#include "common/Timestamp.h"
#include "crypto/SecureBytes.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QMutexLocker>

namespace Lexecon {

namespace {

// Unknown names and wrong passwords get the same words, so the message never tells whether a
// user exists.
QString wrongCredentials()
{
    return QStringLiteral("The user name or password is wrong; check both and try again.");
}

QString wrongCode()
{
    return QStringLiteral("The code is wrong or was already used; enter the current code from your authenticator "
                          "app, or one of your backup codes.");
}

// A hash to verify against when there is no real one, so unknown names cost as long as known ones.
const QString &dummyHash()
{
    static const QString hash = [] {
        auto made = PasswordHasher::hash(QStringLiteral("no such user, no such password"));
        return made ? *made : QString();
    }();
    return hash;
}

SignInResult result(SignInResult::Status status, const QString &reason, const QString &message)
{
    SignInResult r;
    r.status = status;
    r.reason = reason;
    r.message = message;
    return r;
}

QString userActor(const QString &name)
{
    return QStringLiteral("user:") + name;
}

} // namespace

AuthService::AuthService(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock,
                         const SecureBytes &fieldKey)
    : m_db(db)
    , m_ledger(ledger)
    , m_clock(clock)
    , m_store(std::move(db), fieldKey)
{
}

SignInResult AuthService::lockedResult(qint64 lockedUntilMs, qint64 nowMs) const
{
    const qint64 left = lockedUntilMs - nowMs;
    const qint64 minutes = (left + 59999) / 60000;
    auto r = result(SignInResult::Status::Locked, QStringLiteral("locked"),
                    QStringLiteral("This account is locked after %1 failed attempts; try again in %2 %3, or ask an "
                                   "admin for help.")
                        .arg(MaxFailures)
                        .arg(minutes)
                        .arg(minutes == 1 ? QStringLiteral("minute") : QStringLiteral("minutes")));
    r.lockedForMs = left;
    return r;
}

Error AuthService::asError(const SignInResult &r)
{
    if (r.status == SignInResult::Status::Locked)
        return Error::conflict(r.message);
    if (r.reason == QLatin1String("error"))
        return Error::internal(r.message);
    return Error::forbidden(r.message);
}

SignInResult AuthService::refuseUnknown(const QString &userName, const QString &context)
{
    const qint64 now = m_clock.nowMs();
    if (const qint64 until = m_decoys.lockedUntil(userName, now))
        return lockedResult(until, now);
    qint64 attempts = 0;
    {
        QMutexLocker lock(&m_unknownMutex);
        ++m_unknownPending;
        // One entry a minute at most; the attempts in between are folded into the next one.
        if (m_unknownWindowStartMs < 0 || now - m_unknownWindowStartMs >= UnknownUserWindowMs) {
            attempts = m_unknownPending;
            m_unknownPending = 0;
            m_unknownWindowStartMs = now;
        }
    }
    // Best effort: a failed write must not turn a refusal into something else.
    if (attempts > 0)
        (void)m_ledger.append({QStringLiteral("sign_in_failed"),
                               QStringLiteral("unknown"),
                               {{QStringLiteral("reason"), QStringLiteral("unknown_user")},
                                {QStringLiteral("context"), context},
                                {QStringLiteral("attempts"), attempts}},
                               {}});
    if (const qint64 until = m_decoys.recordFailure(userName, now))
        return lockedResult(until, now);
    return result(SignInResult::Status::Refused, QStringLiteral("invalid_credentials"), wrongCredentials());
}

SignInResult AuthService::recordFailure(const CredentialRow &row, const QString &reason, const QString &context)
{
    const qint64 now = m_clock.nowMs();
    const int failures = row.failuresAt(now) + 1;
    const bool locks = failures >= MaxFailures;
    const qint64 lockedUntil = locks ? now + LockoutMs : 0;
    QJsonObject payload{{QStringLiteral("user"), row.userName},
                        {QStringLiteral("reason"), reason},
                        {QStringLiteral("context"), context},
                        {QStringLiteral("failures"), failures}};
    if (locks)
        payload.insert(QStringLiteral("locked_until"), Timestamp::format(lockedUntil));
    const QString nameKey = row.nameKey;
    auto entry = m_ledger.append(
        {locks ? QStringLiteral("account_locked") : QStringLiteral("sign_in_failed"), userActor(row.userName), payload,
         [&](QSqlDatabase &conn, const LedgerEntry &) -> Result<void> {
             // Counted again inside the transaction, so concurrent failures all count.
             auto current = CredentialStore::read(conn, nameKey);
             if (!current)
                 return current.error();
             const int count = current->failuresAt(now) + 1;
             return CredentialStore::setFailures(conn, nameKey, count,
                                                 count >= MaxFailures ? now + LockoutMs : current->lockedUntilMs, now);
         }});
    if (!entry)
        return result(SignInResult::Status::Refused, QStringLiteral("error"), entry.error().message);
    if (locks)
        return lockedResult(lockedUntil, now);
    if (reason == QLatin1String("second_factor"))
        return result(SignInResult::Status::Refused, QStringLiteral("invalid_second_factor"), wrongCode());
    return result(SignInResult::Status::Refused, QStringLiteral("invalid_credentials"), wrongCredentials());
}

AuthService::Check AuthService::checkFactor(const CredentialRow &row, const SecondFactor &factor,
                                            Verified &verified) const
{
    if (factor.kind == SecondFactor::Kind::Totp) {
        auto secret = m_store.decryptSecret(row.totpSecretBox);
        if (!secret)
            return Check::WrongCode;
        const auto step = Totp::match(*secret, factor.code, m_clock.nowMs());
        wipe(secret.value());
        if (!step || *step <= row.lastStep) // older or the same step again: a replay
            return Check::WrongCode;
        verified.step = *step;
        return Check::Ok;
    }
    if (factor.kind == SecondFactor::Kind::BackupCode) {
        const QString hash = m_store.backupCodeHash(factor.code);
        QSqlDatabase conn = m_db->connection();
        auto q = Sql::exec(conn,
                           QStringLiteral("SELECT 1 FROM backup_codes WHERE name_key = ? AND code_hash = ? "
                                          "AND used_ms IS NULL"),
                           {row.nameKey, hash});
        if (!q || !q->next())
            return Check::WrongCode;
        verified.backupHash = hash;
        return Check::Ok;
    }
    return Check::WrongCode;
}

Result<AuthService::Verified> AuthService::verify(const QString &userName, const QString &password,
                                                  const SecondFactor &factor, const QString &context)
{
    const qint64 now = m_clock.nowMs();
    auto row = m_store.read(userName);
    if (!row)
        return row.error();
    if (!row->exists) {
        PasswordHasher::verify(dummyHash(), password);
        return asError(refuseUnknown(userName, context));
    }
    if (row->lockedUntilMs > now) {
        PasswordHasher::verify(dummyHash(), password); // the same time as any other answer
        return asError(lockedResult(row->lockedUntilMs, now));
    }
    if (row->passwordHash.isEmpty() || !PasswordHasher::verify(row->passwordHash, password))
        return asError(recordFailure(*row, QStringLiteral("password"), context));
    Verified verified;
    verified.row = *row;
    if (factor.kind != SecondFactor::Kind::None) {
        if (!row->totpActive())
            return Error::conflict(
                QStringLiteral("%1 has no second factor set up; enrol one first").arg(row->userName));
        if (checkFactor(*row, factor, verified) != Check::Ok)
            return asError(recordFailure(*row, QStringLiteral("second_factor"), context));
    }
    return verified;
}

SignInResult AuthService::signIn(const QString &userName, const QString &password, const SecondFactor &factor)
{
    const QString context = QStringLiteral("sign_in");
    const qint64 now = m_clock.nowMs();
    auto read = m_store.read(userName);
    if (!read)
        return result(SignInResult::Status::Refused, QStringLiteral("error"), read.error().message);
    const CredentialRow row = *read;
    if (!row.exists) {
        PasswordHasher::verify(dummyHash(), password);
        return refuseUnknown(userName, context);
    }
    if (row.lockedUntilMs > now) {
        PasswordHasher::verify(dummyHash(), password); // the same time as any other answer
        return lockedResult(row.lockedUntilMs, now);
    }
    if (row.passwordHash.isEmpty()) {
        PasswordHasher::verify(dummyHash(), password);
        return recordFailure(row, QStringLiteral("no_password"), context);
    }
    if (!PasswordHasher::verify(row.passwordHash, password))
        return recordFailure(row, QStringLiteral("password"), context);
    // From here on the password is right, so telling the user more reveals nothing.
    if (row.disabled) {
        (void)m_ledger.append({QStringLiteral("sign_in_failed"),
                               userActor(row.userName),
                               {{QStringLiteral("user"), row.userName},
                                {QStringLiteral("reason"), QStringLiteral("disabled")},
                                {QStringLiteral("context"), context}},
                               {}});
        return result(SignInResult::Status::Disabled, QStringLiteral("disabled"),
                      QStringLiteral("This account is disabled; ask an admin to enable it."));
    }
    const AuthSettings settings(m_db);
    const qint64 maxAge = settings.passwordMaxAgeMs();
    if (maxAge > 0 && now - row.passwordSetMs >= maxAge)
        return result(SignInResult::Status::PasswordChangeRequired, QStringLiteral("password_expired"),
                      QStringLiteral("Your password is older than %1 days; choose a new one to sign in.")
                          .arg(settings.passwordMaxAgeDays()));

    // The original issued a session here without looking at MFA. A password alone never does
    // when the user has a second factor or their role requires one.
    Verified verified;
    QString used = QStringLiteral("none");
    if (!row.totpActive()) {
        if (settings.mfaRequiredFor(row.role))
            return result(SignInResult::Status::EnrolmentRequired, QStringLiteral("mfa_enrolment_required"),
                          QStringLiteral("Your role requires a second factor; set up an authenticator app to sign "
                                         "in."));
    } else {
        if (factor.kind == SecondFactor::Kind::None)
            return result(SignInResult::Status::SecondFactorRequired, QStringLiteral("second_factor_required"),
                          QStringLiteral("Enter the code from your authenticator app, or a backup code."));
        if (checkFactor(row, factor, verified) != Check::Ok)
            return recordFailure(row, QStringLiteral("second_factor"), context);
        used = factor.kind == SecondFactor::Kind::Totp ? QStringLiteral("totp") : QStringLiteral("backup_code");
    }

    if (!verified.backupHash.isEmpty()) {
        auto consumed = m_ledger.append(
            {QStringLiteral("backup_code_used"),
             userActor(row.userName),
             {{QStringLiteral("user"), row.userName}, {QStringLiteral("backup_codes_left"), row.backupCodesLeft - 1}},
             [&](QSqlDatabase &conn, const LedgerEntry &) {
                 return CredentialStore::consumeBackupCode(conn, row.nameKey, verified.backupHash, now);
             }});
        if (!consumed)
            return recordFailure(row, QStringLiteral("second_factor"), context);
    }
    // A hash made with weaker limits is replaced now that the password is at hand.
    QString rehashed;
    if (PasswordHasher::needsRehash(row.passwordHash))
        if (auto made = PasswordHasher::hash(password))
            rehashed = *made;
    auto entry = m_ledger.append(
        {QStringLiteral("sign_in"),
         userActor(row.userName),
         {{QStringLiteral("user"), row.userName},
          {QStringLiteral("role"), Roles::name(row.role)},
          {QStringLiteral("second_factor"), used}},
         [&](QSqlDatabase &conn, const LedgerEntry &) -> Result<void> {
             if (verified.step >= 0)
                 if (auto claimed = CredentialStore::claimStep(conn, row.nameKey, verified.step); !claimed)
                     return claimed;
             if (!rehashed.isEmpty()) {
                 auto q = Sql::exec(conn,
                                    QStringLiteral("UPDATE credentials SET password_hash = ? WHERE name_key = ? "
                                                   "AND password_hash = ?"),
                                    {rehashed, row.nameKey, row.passwordHash});
                 if (!q)
                     return q.error();
             }
             return CredentialStore::setFailures(conn, row.nameKey, 0, 0, now);
         }});
    if (!entry) {
        if (entry.error().code == Error::Code::Conflict) // the code was claimed by a racing sign-in
            return recordFailure(row, QStringLiteral("second_factor"), context);
        return result(SignInResult::Status::Refused, QStringLiteral("error"), entry.error().message);
    }
    auto signedIn = result(SignInResult::Status::SignedIn, QStringLiteral("signed_in"),
                           QStringLiteral("Signed in as %1.").arg(row.userName));
    signedIn.principal = Principal::user(row.userName, row.role);
    return signedIn;
}

Result<void> AuthService::storeNewPassword(const CredentialRow &row, const QString &newPassword, const QString &actor,
                                           const QString &how, const Verified *verified)
{
    if (auto ok = PasswordPolicy::check(newPassword, row.userName); !ok)
        return ok;
    auto history = m_store.passwordHistory(row.nameKey);
    if (!history)
        return history.error();
    for (const QString &old : std::as_const(*history))
        if (PasswordHasher::verify(old, newPassword))
            return Error::invalid(QStringLiteral("password"),
                                  QStringLiteral("This password was one of your last %1; choose one you have not used "
                                                 "before.")
                                      .arg(CredentialStore::HistorySize));
    auto hash = PasswordHasher::hash(newPassword);
    if (!hash)
        return hash.error();
    const qint64 now = m_clock.nowMs();
    auto entry = m_ledger.append({QStringLiteral("password_changed"),
                                  actor,
                                  {{QStringLiteral("user"), row.userName}, {QStringLiteral("how"), how}},
                                  [&](QSqlDatabase &conn, const LedgerEntry &) -> Result<void> {
                                      if (verified && verified->step >= 0)
                                          if (auto claimed = CredentialStore::claimStep(conn, row.nameKey, verified->step);
                                              !claimed)
                                              return claimed;
                                      if (verified && !verified->backupHash.isEmpty())
                                          if (auto used = CredentialStore::consumeBackupCode(conn, row.nameKey,
                                                                                             verified->backupHash, now);
                                              !used)
                                              return used;
                                      return CredentialStore::storePassword(conn, row.nameKey, *hash, now);
                                  }});
    return entry ? Result<void>() : Result<void>(entry.error());
}

Result<void> AuthService::setPassword(const QString &userName, const QString &newPassword, const Principal &by)
{
    if (by.kind() != Principal::Kind::System)
        if (auto allowed = by.require(Permission::ManageUsers); !allowed)
            return allowed;
    auto row = m_store.read(userName);
    if (!row)
        return row.error();
    if (!row->exists)
        return Error::notFound(
            QStringLiteral("no user named %1; add one with `lexecon-cli user add %1 --role ...`").arg(userName));
    return storeNewPassword(*row, newPassword, by.ledgerActor(), QStringLiteral("set"));
}

Result<void> AuthService::changePassword(const QString &userName, const QString &currentPassword,
                                         const QString &newPassword, const SecondFactor &factor)
{
    const QString context = QStringLiteral("change_password");
    // The password is checked first and alone, so nobody learns whether a user has a second
    // factor without knowing the password.
    auto checked = verify(userName, currentPassword, SecondFactor::none(), context);
    if (!checked)
        return checked.error();
    Verified verified = *checked;
    if (verified.row.disabled)
        return Error::forbidden(QStringLiteral("This account is disabled; ask an admin to enable it."));
    if (verified.row.totpActive()) {
        if (factor.kind == SecondFactor::Kind::None)
            return Error::invalid(QStringLiteral("code"),
                                  QStringLiteral("Two-factor sign-in is on for %1; enter the code from the "
                                                 "authenticator app, or a backup code, to change the password.")
                                      .arg(verified.row.userName));
        if (checkFactor(verified.row, factor, verified) != Check::Ok)
            return asError(recordFailure(verified.row, QStringLiteral("second_factor"), context));
    }
    auto stored = storeNewPassword(verified.row, newPassword, userActor(verified.row.userName),
                                   QStringLiteral("changed"), &verified);
    if (!stored && stored.error().code == Error::Code::Conflict && verified.step >= 0)
        return asError(recordFailure(verified.row, QStringLiteral("second_factor"), context)); // a racing use of the code
    return stored;
}

Result<PasswordStatus> AuthService::passwordStatus(const QString &userName) const
{
    auto row = m_store.read(userName);
    if (!row)
        return row.error();
    if (!row->exists)
        return Error::notFound(QStringLiteral("no user named %1").arg(userName));
    PasswordStatus status;
    status.hasPassword = !row->passwordHash.isEmpty();
    if (!status.hasPassword)
        return status;
    status.setAt = Timestamp::format(row->passwordSetMs);
    const qint64 maxAge = AuthSettings(m_db).passwordMaxAgeMs();
    if (maxAge > 0) {
        status.expiresAt = Timestamp::format(row->passwordSetMs + maxAge);
        status.expired = m_clock.nowMs() - row->passwordSetMs >= maxAge;
    }
    return status;
}

} // namespace Lexecon
