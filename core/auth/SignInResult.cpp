#include "SignInResult.h"

namespace Lexecon {

QJsonObject SignInResult::toJson() const
{
    QJsonObject out{{QStringLiteral("signed_in"), signedIn()},
                    {QStringLiteral("reason"), reason},
                    {QStringLiteral("message"), message}};
    if (signedIn()) {
        out.insert(QStringLiteral("user"), principal->name());
        out.insert(QStringLiteral("role"), Roles::name(principal->role()));
    }
    if (lockedForMs > 0)
        out.insert(QStringLiteral("locked_for_seconds"), (lockedForMs + 999) / 1000);
    return out;
}

} // namespace Lexecon
