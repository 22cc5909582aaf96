#pragma once

#include "Principal.h"
#include "Role.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace Lexecon {

class AuthService;
class Clock;
class Database;
class LedgerWriter;

// What enrolment shows the user exactly once: the URI for the QR code (and the secret for
// typing it in by hand) and 10 single-use backup codes. None of it is stored in clear.
struct MfaEnrolment
{
    QString otpauthUri;
    QString secretBase32;
    QStringList backupCodes;
    // {"otpauth_uri", "backup_codes"} as `lexecon-cli user mfa-enroll` prints it.
    QJsonObject toJson() const;
};

struct MfaStatus
{
    bool enabled = false;  // TOTP confirmed: sign-in needs a code
    bool pending = false;  // enrolled, waiting for the first code
    bool required = false; // the user's role requires MFA (AuthSettings)
    int backupCodesLeft = 0;
};

// TOTP second factor (RFC 6238 via liboath) and backup codes. Ledger entries: mfa_enrolled,
// mfa_confirmed, mfa_disabled (also an admin's reset, with "by_admin": true),
// backup_codes_regenerated, mfa_required_changed. The TOTP secret is kept SecretBox-encrypted
// under the node's field key; backup codes as keyed hashes.
class MfaService
{
public:
    static constexpr int BackupCodeCount = 10;

    MfaService(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock, AuthService &auth);

    // Starts (or restarts a pending) enrolment: new secret, new backup codes. by is the user
    // themself, holds ManageUsers, or is System (the CLI). Refused while MFA is active: disable
    // it (or have an admin reset it) first, so a stolen session cannot swap the factor.
    Result<MfaEnrolment> beginEnrolment(const QString &userName, const Principal &by);
    // For a user whose role requires MFA and who therefore cannot sign in yet
    // (SignInResult::EnrolmentRequired): the password proves who they are.
    Result<MfaEnrolment> beginEnrolmentWithPassword(const QString &userName, const QString &password);
    // Turns a pending enrolment on with a first valid code (which counts as used).
    Result<void> confirmEnrolment(const QString &userName, const QString &code);
    // Both need the current password and a current TOTP code; failures count towards lockout.
    Result<QStringList> regenerateBackupCodes(const QString &userName, const QString &password, const QString &code);
    Result<void> disable(const QString &userName, const QString &password, const QString &code);
    // An admin's reset (lost phone): removes TOTP and backup codes. Needs ManageUsers.
    Result<void> reset(const QString &userName, const Principal &by);
    Result<MfaStatus> status(const QString &userName) const;

    // Admins require MFA per role. Needs ManageUsers or ManageSettings.
    Result<void> setRequiredForRole(Role role, bool required, const Principal &by);
    QSet<Role> requiredRoles() const;

private:
    Result<MfaEnrolment> enrol(const QString &userName, const QString &actor, const QString &how);
    Result<QStringList> newBackupCodes(QStringList &hashes) const;

    std::shared_ptr<Database> m_db;
    LedgerWriter &m_ledger;
    const Clock &m_clock;
    AuthService &m_auth;
};

} // namespace Lexecon
