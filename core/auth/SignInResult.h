#pragma once

#include "Principal.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Lexecon {

// What the sign-in dialog sends besides the password.
struct SecondFactor
{
    enum class Kind { None, Totp, BackupCode };
    Kind kind = Kind::None;
    QString code;

    static SecondFactor none() { return {}; }
    static SecondFactor totp(const QString &code) { return {Kind::Totp, code}; }
    static SecondFactor backupCode(const QString &code) { return {Kind::BackupCode, code}; }
};

// The answer to AuthService::signIn. Only SignedIn carries a principal: every other status
// means no session. The dialog shows message and reacts to status:
//   SecondFactorRequired   ask for the authenticator code (or a backup code) and sign in again
//   EnrolmentRequired      the user's role requires MFA but none is set up: MfaService::beginEnrolmentWithPassword
//   PasswordChangeRequired the password expired: AuthService::changePassword, then sign in again
//   Locked                 lockedForMs says how long (the message says it in minutes)
//   Refused / Disabled     show message
struct SignInResult
{
    enum class Status {
        SignedIn,
        SecondFactorRequired,
        EnrolmentRequired,
        PasswordChangeRequired,
        Locked,
        Disabled,
        Refused
    };
    Status status = Status::Refused;
    std::optional<Principal> principal;
    // Stable machine reason: signed_in, second_factor_required, mfa_enrolment_required,
    // password_expired, locked, disabled, invalid_credentials, invalid_second_factor, error.
    QString reason;
    QString message; // a sentence for the person: what is wrong and what to do
    qint64 lockedForMs = 0;

    bool signedIn() const { return status == Status::SignedIn && principal.has_value(); }
    // {"signed_in", "reason", "message", "user"?, "role"?, "locked_for_seconds"?} (lexecon-cli auth check)
    QJsonObject toJson() const;
};

} // namespace Lexecon
