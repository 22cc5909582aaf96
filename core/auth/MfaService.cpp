#include "MfaService.h"

#include "AuthService.h"
#include "AuthSettings.h"
#include "CredentialStore.h"
#include "Totp.h"
#include "common/Clock.h"
#include "common/Timestamp.h"
#include "crypto/SecureBytes.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonArray>

#include <sodium.h>

namespace Lexecon {

namespace {

QString userActor(const QString &name)
{
    return QStringLiteral("user:") + name;
}

Error noSuchUser(const QString &name)
{
    return Error::notFound(
        QStringLiteral("no user named %1; add one with `lexecon-cli user add %1 --role ...`").arg(name));
}

// Ten characters from an alphabet without look-alikes (no 0/o, 1/l/i), about 49 bits each.
QString newBackupCode()
{
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
    const uint32_t size = sizeof alphabet - 1;
    QString code;
    for (int i = 0; i < 10; ++i) {
        if (i == 5)
            code.append(QLatin1Char('-'));
        code.append(QLatin1Char(alphabet[randombytes_uniform(size)]));
    }
    return code;
}

} // namespace

QJsonObject MfaEnrolment::toJson() const
{
    return {{QStringLiteral("otpauth_uri"), otpauthUri},
            {QStringLiteral("backup_codes"), QJsonArray::fromStringList(backupCodes)}};
}

MfaService::MfaService(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock, AuthService &auth)
    : m_db(std::move(db))
    , m_ledger(ledger)
    , m_clock(clock)
    , m_auth(auth)
{
}

Result<QStringList> MfaService::newBackupCodes(QStringList &hashes) const
{
    ensureSodium();
    QStringList codes;
    while (codes.size() < BackupCodeCount) {
        const QString code = newBackupCode();
        if (codes.contains(code))
            continue;
        codes << code;
        hashes << m_auth.store().backupCodeHash(code);
    }
    return codes;
}

Result<MfaEnrolment> MfaService::enrol(const QString &userName, const QString &actor, const QString &how)
{
    auto row = m_auth.store().read(userName);
    if (!row)
        return row.error();
    if (!row->exists)
        return noSuchUser(userName);
    if (row->totpActive())
        return Error::conflict(
            QStringLiteral("%1 already has a second factor; disable it with the password and a code, "
                           "or ask an admin to reset it, before enrolling again")
                .arg(row->userName));
    QByteArray secret = Totp::newSecret();
    auto box = m_auth.store().encryptSecret(secret);
    MfaEnrolment enrolment;
    enrolment.secretBase32 = Totp::toBase32(secret);
    wipe(secret);
    if (!box)
        return box.error();
    enrolment.otpauthUri = Totp::otpauthUri(row->userName, enrolment.secretBase32);
    QStringList hashes;
    auto codes = newBackupCodes(hashes);
    if (!codes)
        return codes.error();
    enrolment.backupCodes = *codes;
    const qint64 now = m_clock.nowMs();
    const QString nameKey = row->nameKey;
    auto entry = m_ledger.append(
        {QStringLiteral("mfa_enrolled"),
         actor,
         {{QStringLiteral("user"), row->userName}, {QStringLiteral("how"), how}},
         [&](QSqlDatabase &conn, const LedgerEntry &) -> Result<void> {
             if (auto stored = CredentialStore::storeTotp(conn, nameKey, *box, QStringLiteral("pending"), now); !stored)
                 return stored;
             return CredentialStore::replaceBackupCodes(conn, nameKey, hashes, now);
         }});
    if (!entry)
        return entry.error();
    return enrolment;
}

Result<MfaEnrolment> MfaService::beginEnrolment(const QString &userName, const Principal &by)
{
    const bool self = by.kind() == Principal::Kind::User && by.name().compare(userName, Qt::CaseInsensitive) == 0;
    if (!self && by.kind() != Principal::Kind::System)
        if (auto allowed = by.require(Permission::ManageUsers); !allowed)
            return allowed.error();
    return enrol(userName, by.ledgerActor(), self ? QStringLiteral("self") : QStringLiteral("by_admin"));
}

Result<MfaEnrolment> MfaService::beginEnrolmentWithPassword(const QString &userName, const QString &password)
{
    auto verified = m_auth.verify(userName, password, SecondFactor::none(), QStringLiteral("mfa_enroll"));
    if (!verified)
        return verified.error();
    return enrol(verified->row.userName, userActor(verified->row.userName), QStringLiteral("self"));
}

Result<void> MfaService::confirmEnrolment(const QString &userName, const QString &code)
{
    auto row = m_auth.store().read(userName);
    if (!row)
        return row.error();
    if (!row->exists)
        return noSuchUser(userName);
    if (row->totpState != QLatin1String("pending"))
        return Error::conflict(
            QStringLiteral("%1 has no enrolment waiting for a code; start one with `lexecon-cli user mfa-enroll %1`")
                .arg(row->userName));
    auto secret = m_auth.store().decryptSecret(row->totpSecretBox);
    if (!secret)
        return secret.error();
    const auto step = Totp::match(*secret, code, m_clock.nowMs());
    wipe(secret.value());
    if (!step)
        return Error::invalid(QStringLiteral("totp"),
                              QStringLiteral("The code does not match; enter the current 6-digit code your "
                                             "authenticator app shows for Lexecon."));
    const qint64 now = m_clock.nowMs();
    const QString nameKey = row->nameKey;
    auto entry = m_ledger.append({QStringLiteral("mfa_confirmed"),
                                  userActor(row->userName),
                                  {{QStringLiteral("user"), row->userName}},
                                  [&](QSqlDatabase &conn, const LedgerEntry &) -> Result<void> {
                                      if (auto claimed = CredentialStore::claimStep(conn, nameKey, *step); !claimed)
                                          return claimed;
                                      return CredentialStore::activateTotp(conn, nameKey, now);
                                  }});
    return entry ? Result<void>() : Result<void>(entry.error());
}

Result<QStringList> MfaService::regenerateBackupCodes(const QString &userName, const QString &password,
                                                      const QString &code)
{
    auto verified = m_auth.verify(userName, password, SecondFactor::totp(code), QStringLiteral("backup_codes"));
    if (!verified)
        return verified.error();
    QStringList hashes;
    auto codes = newBackupCodes(hashes);
    if (!codes)
        return codes.error();
    const qint64 now = m_clock.nowMs();
    const CredentialRow row = verified->row;
    const qint64 step = verified->step;
    auto entry = m_ledger.append({QStringLiteral("backup_codes_regenerated"),
                                  userActor(row.userName),
                                  {{QStringLiteral("user"), row.userName}, {QStringLiteral("count"), BackupCodeCount}},
                                  [&](QSqlDatabase &conn, const LedgerEntry &) -> Result<void> {
                                      if (auto claimed = CredentialStore::claimStep(conn, row.nameKey, step); !claimed)
                                          return claimed;
                                      return CredentialStore::replaceBackupCodes(conn, row.nameKey, hashes, now);
                                  }});
    if (!entry)
        return entry.error();
    return codes;
}

Result<void> MfaService::disable(const QString &userName, const QString &password, const QString &code)
{
    auto verified = m_auth.verify(userName, password, SecondFactor::totp(code), QStringLiteral("mfa_disable"));
    if (!verified)
        return verified.error();
    const CredentialRow row = verified->row;
    if (AuthSettings(m_db).mfaRequiredFor(row.role))
        return Error::conflict(QStringLiteral("The role %1 requires a second factor, so it cannot be turned off; ask "
                                              "an admin to reset it if you lost your device.")
                                   .arg(Roles::name(row.role)));
    const qint64 step = verified->step;
    auto entry = m_ledger.append({QStringLiteral("mfa_disabled"),
                                  userActor(row.userName),
                                  {{QStringLiteral("user"), row.userName}, {QStringLiteral("by_admin"), false}},
                                  [&](QSqlDatabase &conn, const LedgerEntry &) -> Result<void> {
                                      if (auto claimed = CredentialStore::claimStep(conn, row.nameKey, step); !claimed)
                                          return claimed;
                                      return CredentialStore::clearTotp(conn, row.nameKey);
                                  }});
    return entry ? Result<void>() : Result<void>(entry.error());
}

Result<void> MfaService::reset(const QString &userName, const Principal &by)
{
    if (auto allowed = by.require(Permission::ManageUsers); !allowed && by.kind() != Principal::Kind::System)
        return allowed;
    auto row = m_auth.store().read(userName);
    if (!row)
        return row.error();
    if (!row->exists)
        return noSuchUser(userName);
    if (row->totpState.isEmpty() && row->backupCodesLeft == 0)
        return Error::conflict(QStringLiteral("%1 has no second factor to reset").arg(row->userName));
    const QString nameKey = row->nameKey;
    auto entry = m_ledger.append(
        {QStringLiteral("mfa_disabled"),
         by.ledgerActor(),
         {{QStringLiteral("user"), row->userName}, {QStringLiteral("by_admin"), true}},
         [&](QSqlDatabase &conn, const LedgerEntry &) { return CredentialStore::clearTotp(conn, nameKey); }});
    return entry ? Result<void>() : Result<void>(entry.error());
}

Result<MfaStatus> MfaService::status(const QString &userName) const
{
    auto row = m_auth.store().read(userName);
    if (!row)
        return row.error();
    if (!row->exists)
        return noSuchUser(userName);
    MfaStatus status;
    status.enabled = row->totpActive();
    status.pending = row->totpState == QLatin1String("pending");
    status.required = AuthSettings(m_db).mfaRequiredFor(row->role);
    status.backupCodesLeft = status.enabled ? row->backupCodesLeft : 0;
    return status;
}

Result<void> MfaService::setRequiredForRole(Role role, bool required, const Principal &by)
{
    if (by.kind() != Principal::Kind::System && !by.can(Permission::ManageUsers))
        if (auto allowed = by.require(Permission::ManageSettings); !allowed)
            return allowed;
    const QString key = AuthSettings::mfaRequiredRolesKey();
    const QString now = Timestamp::format(m_clock.nowMs());
    auto entry = m_ledger.append(
        {QStringLiteral("mfa_required_changed"),
         by.ledgerActor(),
         {{QStringLiteral("role"), Roles::name(role)}, {QStringLiteral("required"), required}},
         [&](QSqlDatabase &conn, const LedgerEntry &) -> Result<void> {
             // Read and written in one transaction, so two admins changing two roles both count.
             QSet<Role> roles = AuthSettings::parseRoles(AuthSettings::read(conn, key, QString()));
             if (required)
                 roles.insert(role);
             else
                 roles.remove(role);
             auto q = Sql::exec(
                 conn,
                 QStringLiteral("INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                "updated_at = excluded.updated_at, updated_by = excluded.updated_by"),
                 {key, AuthSettings::formatRoles(roles), now, by.ledgerActor()});
             return q ? Result<void>() : Result<void>(q.error());
         }});
    return entry ? Result<void>() : Result<void>(entry.error());
}

QSet<Role> MfaService::requiredRoles() const
{
    return AuthSettings(m_db).mfaRequiredRoles();
}

} // namespace Lexecon
