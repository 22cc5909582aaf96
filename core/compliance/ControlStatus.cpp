#include "ControlStatus.h"

#include <QStringList>

namespace Lexecon::ControlStatuses {

QString name(ControlStatus status)
{
    switch (status) {
    case ControlStatus::NotImplemented: return QStringLiteral("not_implemented");
    case ControlStatus::PartiallyImplemented: return QStringLiteral("partially_implemented");
    case ControlStatus::Implemented: return QStringLiteral("implemented");
    case ControlStatus::Verified: return QStringLiteral("verified");
    case ControlStatus::NonCompliant: return QStringLiteral("non_compliant");
    }
    return {};
}

std::optional<ControlStatus> fromName(const QString &text)
{
    for (ControlStatus s : all()) {
        if (name(s) == text)
            return s;
    }
    return std::nullopt;
}

QList<ControlStatus> all()
{
    return {ControlStatus::NotImplemented, ControlStatus::PartiallyImplemented, ControlStatus::Implemented,
            ControlStatus::Verified, ControlStatus::NonCompliant};
}

QString names()
{
    QStringList out;
    for (ControlStatus s : all())
        out << name(s);
    return out.join(QStringLiteral(", "));
}

bool isMet(ControlStatus status)
{
    return status == ControlStatus::Implemented || status == ControlStatus::Verified;
}

ControlStatus combine(const QList<ControlStatus> &statuses)
{
    if (statuses.isEmpty())
        return ControlStatus::NotImplemented;
    bool allVerified = true;
    bool allMet = true;
    bool anyProgress = false;
    for (ControlStatus s : statuses) {
        if (s == ControlStatus::NonCompliant)
            return ControlStatus::NonCompliant;
        allVerified = allVerified && s == ControlStatus::Verified;
        allMet = allMet && isMet(s);
        anyProgress = anyProgress || s != ControlStatus::NotImplemented;
    }
    if (allVerified)
        return ControlStatus::Verified;
    if (allMet)
        return ControlStatus::Implemented;
    return anyProgress ? ControlStatus::PartiallyImplemented : ControlStatus::NotImplemented;
}

} // namespace Lexecon::ControlStatuses
