#pragma once

#include "common/Result.h"

#include <QString>

namespace Lexecon {

// The rules a new password must meet (issue 6): at least 12 characters with an upper-case
// letter, a lower-case letter, a digit and a symbol; not one of the 10,000 most common
// passwords (also after lowering case and dropping trailing digits and symbols, so
// "Password123!" counts as "password"); no run of 4+ sequential characters ("abcd", "4321",
// "qwer") and no character repeated 4+ times ("aaaa"); not the user's name.
// History (last 5) and expiry need stored hashes and live in AuthService.
class PasswordPolicy
{
public:
    static constexpr int MinLength = 12;
    static constexpr int RunLength = 4;

    // Ok, or an InvalidInput error on field "password" whose message says what is wrong and
    // what to choose instead. userName, when given, may not appear in the password.
    static Result<void> check(const QString &password, const QString &userName = QString());

    // The shipped list (:/auth/common-passwords.txt), loaded once.
    static bool isCommon(const QString &password);
    static int commonListSize();
};

} // namespace Lexecon
