#pragma once

#include "auth/Principal.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Lexecon::Ui {

// The sentence a view shows when the signed-in user may not do something: who is signed in,
// what the act needs, and whom to ask. Empty when the user may act. The core checks again.
class PermissionNotice
{
    Q_DECLARE_TR_FUNCTIONS(Lexecon::Ui::PermissionNotice)
public:
    // act: what the user tries, as a verb phrase ("activate a policy").
    static QString refusal(const std::optional<Principal> &user, Permission permission, const QString &act);
};

} // namespace Lexecon::Ui
