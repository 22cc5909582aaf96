#pragma once

#include "Role.h"
#include "common/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace Lexecon {

class Database;
class SecureBytes;

// One user's credentials as stored (migration 018): what AuthService and MfaService decide on.
struct CredentialRow
{
    bool exists = false; // a row in users
    QString userName;    // as spelled in users
    QString nameKey;     // lowercased, the key of every credentials table
    Role role = Role::Viewer;
    bool disabled = false;
    QString passwordHash; // empty: no password set
    qint64 passwordSetMs = 0;
    int failedCount = 0;
    qint64 lockedUntilMs = 0;
    QString totpState; // "", "pending" or "active"
    QByteArray totpSecretBox;
    qint64 lastStep = -1; // the last TOTP step accepted; codes of this step or older are refused
    int backupCodesLeft = 0;

    bool totpActive() const { return totpState == QLatin1String("active"); }
    // Failures that count now: a lockout that ran out starts the count afresh.
    int failuresAt(qint64 nowMs) const { return (lockedUntilMs > 0 && lockedUntilMs <= nowMs) ? 0 : failedCount; }
};

// The rows behind passwords and second factors. Reads go through the Database; the static
// writers take the connection a LedgerAppend::alsoWrite gets, so rows change in the same
// transaction as their ledger entry. Secrets never leave here in clear except the decrypted
// TOTP secret handed to Totp; backup codes are stored as keyed BLAKE2b hashes under the field
// key, so a copy of the database alone does not allow guessing them offline.
class CredentialStore
{
public:
    static constexpr int HistorySize = 5;

    // fieldKey is borrowed (NodeIdentity::fieldKey()) and must outlive the store.
    CredentialStore(std::shared_ptr<Database> db, const SecureBytes &fieldKey);

    Result<CredentialRow> read(const QString &userName) const;
    static Result<CredentialRow> read(QSqlDatabase &conn, const QString &userName);
    // The current and previous password hashes, newest first, at most HistorySize.
    Result<QStringList> passwordHistory(const QString &nameKey) const;

    Result<QByteArray> encryptSecret(const QByteArray &secret) const;
    Result<QByteArray> decryptSecret(const QByteArray &box) const;
    QString backupCodeHash(const QString &code) const; // normalises first (case, '-', spaces)
    static QString normaliseBackupCode(const QString &code);

    // Writers for alsoWrite.
    static Result<void> storePassword(QSqlDatabase &conn, const QString &nameKey, const QString &hash, qint64 nowMs);
    static Result<void> setFailures(QSqlDatabase &conn, const QString &nameKey, int failed, qint64 lockedUntilMs,
                                    qint64 nowMs);
    static Result<void> storeTotp(QSqlDatabase &conn, const QString &nameKey, const QByteArray &secretBox,
                                  const QString &state, qint64 nowMs);
    // Records step as used; a Conflict error when step is not newer than the last one (a replay).
    static Result<void> claimStep(QSqlDatabase &conn, const QString &nameKey, qint64 step);
    static Result<void> activateTotp(QSqlDatabase &conn, const QString &nameKey, qint64 nowMs);
    static Result<void> clearTotp(QSqlDatabase &conn, const QString &nameKey);
    static Result<void> replaceBackupCodes(QSqlDatabase &conn, const QString &nameKey, const QStringList &hashes,
                                           qint64 nowMs);
    // Marks the code used; a Conflict error when it is unknown or already used.
    static Result<void> consumeBackupCode(QSqlDatabase &conn, const QString &nameKey, const QString &hash,
                                          qint64 nowMs);
    static Result<int> backupCodesLeft(QSqlDatabase &conn, const QString &nameKey);

private:
    std::shared_ptr<Database> m_db;
    const SecureBytes &m_fieldKey;
};

} // namespace Lexecon
