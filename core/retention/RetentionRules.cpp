#include "RetentionRules.h"

#include <QDateTime>

namespace Lexecon {

namespace RetentionClasses {

QString name(RetentionClass c)
{
    switch (c) {
    case RetentionClass::HighRisk: return QStringLiteral("high_risk");
    case RetentionClass::Standard: return QStringLiteral("standard");
    case RetentionClass::GdprIntersect: return QStringLiteral("gdpr_intersect");
    }
    return {};
}

std::optional<RetentionClass> fromName(const QString &name)
{
    for (RetentionClass c : {RetentionClass::HighRisk, RetentionClass::Standard, RetentionClass::GdprIntersect})
        if (RetentionClasses::name(c) == name)
            return c;
    return std::nullopt;
}

QString statusName(RetentionStatus s)
{
    switch (s) {
    case RetentionStatus::Active: return QStringLiteral("active");
    case RetentionStatus::Expiring: return QStringLiteral("expiring");
    case RetentionStatus::LegalHold: return QStringLiteral("legal_hold");
    case RetentionStatus::Anonymized: return QStringLiteral("anonymized");
    case RetentionStatus::Archived: return QStringLiteral("archived");
    }
    return {};
}

} // namespace RetentionClasses

RetentionClass RetentionRules::classify(const QString &riskLevel, const QStringList &dataClasses,
                                        const QJsonObject &context) const
{
    if (riskLevel == QLatin1String("high") || riskLevel == QLatin1String("critical"))
        return RetentionClass::HighRisk;
    if (context.contains(QStringLiteral("subject_id")))
        return RetentionClass::GdprIntersect;
    for (QString d : dataClasses) {
        d = d.trimmed().toLower();
        if (d.startsWith(QLatin1String("data:")))
            d = d.mid(5);
        if (personalDataClasses.contains(d, Qt::CaseInsensitive))
            return RetentionClass::GdprIntersect;
    }
    return RetentionClass::Standard;
}

qint64 RetentionRules::untilMs(RetentionClass c, qint64 createdMs) const
{
    const QDateTime created = QDateTime::fromMSecsSinceEpoch(createdMs, Qt::UTC);
    switch (c) {
    case RetentionClass::HighRisk: return created.addYears(highRiskYears).toMSecsSinceEpoch();
    case RetentionClass::Standard: return created.addMonths(standardMonths).toMSecsSinceEpoch();
    case RetentionClass::GdprIntersect: return created.addDays(gdprIntersectDays).toMSecsSinceEpoch();
    }
    return createdMs;
}

RetentionStatus RetentionRules::endStatus(RetentionClass c)
{
    return c == RetentionClass::HighRisk ? RetentionStatus::Archived : RetentionStatus::Anonymized;
}

} // namespace Lexecon
