#pragma once

#include "auth/Role.h"
#include "common/Result.h"

#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace Lexecon {
class Clock;
class Workspace;
} // namespace Lexecon

namespace Lexecon::Test {

// The workspace the UI and statistics tests drive: created in dir, running on clock, with the
// customer-support policy from resources/policies loaded.
Result<std::unique_ptr<Workspace>> openPolicyWorkspace(const QString &dir, const Clock &clock);

// Asks for a support_bot decision on ticket_system, with a privacy/compliance risk high enough to
// escalate when risky; aborts the test when the decision is refused. Returns the decision id.
QString decideAsSupportBot(Workspace &ws, const QString &action, bool risky = false);

// The team a screen test signs in as: "ada" (admin, added by the system), then each member added
// by ada. Aborts the test when a user cannot be added.
void addTeam(Workspace &ws, const QList<QPair<QString, Role>> &members);

} // namespace Lexecon::Test
