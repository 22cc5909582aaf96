#include "CredentialStore.h"

#include "crypto/SecretBox.h"
#include "crypto/SecureBytes.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <sodium.h>

namespace Lexecon {

CredentialStore::CredentialStore(std::shared_ptr<Database> db, const SecureBytes &fieldKey)
    : m_db(std::move(db))
    , m_fieldKey(fieldKey)
{
}

Result<CredentialRow> CredentialStore::read(const QString &userName) const
{
    QSqlDatabase conn = m_db->connection();
    return read(conn, userName);
}

Result<CredentialRow> CredentialStore::read(QSqlDatabase &conn, const QString &userName)
{
    auto q = Sql::exec(
        conn,
        QStringLiteral("SELECT u.name, u.name_key, u.role, u.disabled, c.password_hash, c.password_set_ms, "
                       "c.failed_count, c.locked_until_ms, t.state, t.secret_box, t.last_step, "
                       "(SELECT COUNT(*) FROM backup_codes b WHERE b.name_key = u.name_key AND b.used_ms IS NULL) "
                       "FROM users u LEFT JOIN credentials c ON c.name_key = u.name_key "
                       "LEFT JOIN totp_secrets t ON t.name_key = u.name_key WHERE u.name_key = ?"),
        {userName.toLower()});
    if (!q)
        return q.error();
    CredentialRow row;
    row.nameKey = userName.toLower();
    if (!q->next())
        return row;
    row.exists = true;
    row.userName = q->value(0).toString();
    row.nameKey = q->value(1).toString();
    row.role = Roles::fromName(q->value(2).toString()).value_or(Role::Viewer);
    row.disabled = q->value(3).toInt() != 0;
    row.passwordHash = q->value(4).toString();
    row.passwordSetMs = q->value(5).toLongLong();
    row.failedCount = q->value(6).toInt();
    row.lockedUntilMs = q->value(7).toLongLong();
    row.totpState = q->value(8).toString();
    row.totpSecretBox = q->value(9).toByteArray();
    row.lastStep = q->value(10).isNull() ? -1 : q->value(10).toLongLong();
    row.backupCodesLeft = q->value(11).toInt();
    return row;
}

Result<QStringList> CredentialStore::passwordHistory(const QString &nameKey) const
{
    QSqlDatabase conn = m_db->connection();
    auto q = Sql::exec(conn,
                       QStringLiteral("SELECT password_hash FROM password_history WHERE name_key = ? "
                                      "ORDER BY seq DESC LIMIT %1")
                           .arg(HistorySize),
                       {nameKey});
    if (!q)
        return q.error();
    QStringList hashes;
    while (q->next())
        hashes << q->value(0).toString();
    return hashes;
}

Result<QByteArray> CredentialStore::encryptSecret(const QByteArray &secret) const
{
    return SecretBox::encrypt(m_fieldKey, secret);
}

Result<QByteArray> CredentialStore::decryptSecret(const QByteArray &box) const
{
    return SecretBox::decrypt(m_fieldKey, box);
}

QString CredentialStore::normaliseBackupCode(const QString &code)
{
    QString out;
    for (QChar c : code)
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    return out;
}

QString CredentialStore::backupCodeHash(const QString &code) const
{
    ensureSodium();
    const QByteArray in = normaliseBackupCode(code).toUtf8();
    unsigned char out[32];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(in.constData()), size_t(in.size()),
                       m_fieldKey.data(), m_fieldKey.size());
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

Result<void> CredentialStore::storePassword(QSqlDatabase &conn, const QString &nameKey, const QString &hash,
                                            qint64 nowMs)
{
    auto upsert = Sql::execOne(
        conn,
        QStringLiteral("INSERT INTO credentials (name_key, password_hash, password_set_ms, failed_count, "
                       "locked_until_ms, updated_ms) VALUES (?, ?, ?, 0, 0, ?) ON CONFLICT (name_key) DO UPDATE SET "
                       "password_hash = excluded.password_hash, password_set_ms = excluded.password_set_ms, "
                       "failed_count = 0, locked_until_ms = 0, updated_ms = excluded.updated_ms"),
        {nameKey, hash, nowMs, nowMs});
    if (!upsert)
        return upsert;
    auto seq = Sql::exec(
        conn, QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM password_history WHERE name_key = ?"), {nameKey});
    if (!seq)
        return seq.error();
    const qint64 next = seq->next() ? seq->value(0).toLongLong() : 1;
    seq->finish();
    return Sql::execOne(conn,
                        QStringLiteral("INSERT INTO password_history (name_key, seq, password_hash, set_ms) "
                                       "VALUES (?, ?, ?, ?)"),
                        {nameKey, next, hash, nowMs});
}

Result<void> CredentialStore::setFailures(QSqlDatabase &conn, const QString &nameKey, int failed, qint64 lockedUntilMs,
                                          qint64 nowMs)
{
    return Sql::execOne(
        conn,
        QStringLiteral(
            "INSERT INTO credentials (name_key, failed_count, locked_until_ms, updated_ms) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (name_key) DO UPDATE SET failed_count = excluded.failed_count, "
            "locked_until_ms = excluded.locked_until_ms, updated_ms = excluded.updated_ms"),
        {nameKey, failed, lockedUntilMs, nowMs});
}

Result<void> CredentialStore::storeTotp(QSqlDatabase &conn, const QString &nameKey, const QByteArray &secretBox,
                                        const QString &state, qint64 nowMs)
{
    return Sql::execOne(
        conn,
        QStringLiteral("INSERT INTO totp_secrets (name_key, secret_box, state, last_step, created_ms) "
                       "VALUES (?, ?, ?, -1, ?) ON CONFLICT (name_key) DO UPDATE SET secret_box = excluded.secret_box, "
                       "state = excluded.state, last_step = -1, created_ms = excluded.created_ms, confirmed_ms = NULL"),
        {nameKey, secretBox, state, nowMs});
}

Result<void> CredentialStore::claimStep(QSqlDatabase &conn, const QString &nameKey, qint64 step)
{
    // The condition is in the UPDATE itself, so two sign-ins racing with one code cannot both win.
    auto q =
        Sql::exec(conn, QStringLiteral("UPDATE totp_secrets SET last_step = ? WHERE name_key = ? AND last_step < ?"),
                  {step, nameKey, step});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::conflict(QStringLiteral("this code was already used; wait for the next code and enter that"));
    return {};
}

Result<void> CredentialStore::activateTotp(QSqlDatabase &conn, const QString &nameKey, qint64 nowMs)
{
    return Sql::execOne(conn,
                        QStringLiteral("UPDATE totp_secrets SET state = 'active', confirmed_ms = ? WHERE name_key = ?"),
                        {nowMs, nameKey});
}

Result<void> CredentialStore::clearTotp(QSqlDatabase &conn, const QString &nameKey)
{
    auto totp = Sql::exec(conn, QStringLiteral("DELETE FROM totp_secrets WHERE name_key = ?"), {nameKey});
    if (!totp)
        return totp.error();
    auto codes = Sql::exec(conn, QStringLiteral("DELETE FROM backup_codes WHERE name_key = ?"), {nameKey});
    return codes ? Result<void>() : Result<void>(codes.error());
}

Result<void> CredentialStore::replaceBackupCodes(QSqlDatabase &conn, const QString &nameKey, const QStringList &hashes,
                                                 qint64 nowMs)
{
    auto cleared = Sql::exec(conn, QStringLiteral("DELETE FROM backup_codes WHERE name_key = ?"), {nameKey});
    if (!cleared)
        return cleared.error();
    for (const QString &hash : hashes) {
        auto inserted = Sql::execOne(
            conn, QStringLiteral("INSERT INTO backup_codes (name_key, code_hash, created_ms) VALUES (?, ?, ?)"),
            {nameKey, hash, nowMs});
        if (!inserted)
            return inserted;
    }
    return {};
}

Result<void> CredentialStore::consumeBackupCode(QSqlDatabase &conn, const QString &nameKey, const QString &hash,
                                                qint64 nowMs)
{
    auto q = Sql::exec(conn,
                       QStringLiteral("UPDATE backup_codes SET used_ms = ? WHERE name_key = ? AND code_hash = ? "
                                      "AND used_ms IS NULL"),
                       {nowMs, nameKey, hash});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::conflict(QStringLiteral("this backup code is unknown or was already used; enter another one"));
    return {};
}

Result<int> CredentialStore::backupCodesLeft(QSqlDatabase &conn, const QString &nameKey)
{
    auto q = Sql::exec(conn, QStringLiteral("SELECT COUNT(*) FROM backup_codes WHERE name_key = ? AND used_ms IS NULL"),
                       {nameKey});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace Lexecon
