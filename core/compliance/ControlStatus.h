#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Lexecon {

// How far a control is met. Ordered from worst to best except NonCompliant, which is a finding
// (evidence that the control fails) and outranks every other state when statuses are combined.
enum class ControlStatus { NotImplemented, PartiallyImplemented, Implemented, Verified, NonCompliant };

namespace ControlStatuses {
QString name(ControlStatus status); // "not_implemented", ...
std::optional<ControlStatus> fromName(const QString &name);
QList<ControlStatus> all();
QString names(); // "not_implemented, partially_implemented, ..." for error messages
// Implemented or verified: counts toward coverage.
bool isMet(ControlStatus status);
// The status of a control backed by several primitives: any non_compliant makes it non_compliant;
// all verified makes it verified; all at least implemented makes it implemented; some progress
// makes it partially_implemented; nothing makes it not_implemented.
ControlStatus combine(const QList<ControlStatus> &statuses);
} // namespace ControlStatuses

} // namespace Lexecon
