#include "PacketScope.h"

namespace Lexecon::PacketScope {

QStringList names()
{
    return {QStringLiteral("all"),           QStringLiteral("risk_only"),       QStringLiteral("escalation_only"),
            QStringLiteral("override_only"), QStringLiteral("evidence_only"),   QStringLiteral("compliance_only"),
            QStringLiteral("decision_log_only")};
}

bool isValid(const QString &scope)
{
    return names().contains(scope);
}

bool includes(const QString &scope, const QString &section)
{
    if (scope == QLatin1String("all"))
        return true;
    if (scope == QLatin1String("risk_only"))
        return section == QLatin1String("risk");
    if (scope == QLatin1String("escalation_only"))
        return section == QLatin1String("escalations");
    if (scope == QLatin1String("override_only"))
        return section == QLatin1String("overrides");
    if (scope == QLatin1String("evidence_only"))
        return section == QLatin1String("evidence");
    if (scope == QLatin1String("compliance_only"))
        return section == QLatin1String("compliance");
    if (scope == QLatin1String("decision_log_only"))
        return section == QLatin1String("decisions");
    return false;
}

QStringList formatNames()
{
    return {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("md"), QStringLiteral("html"),
            QStringLiteral("pdf")};
}

Result<QSet<QString>> parseFormats(const QString &commaSeparated)
{
    QSet<QString> out;
    for (const QString &word : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString f = word.trimmed().toLower();
        if (!formatNames().contains(f))
            return Error::invalid(QStringLiteral("formats"),
                                  QStringLiteral("The format \"%1\" is not one of %2; send a comma-separated list of "
                                                 "those, e.g. json,csv,html.")
                                      .arg(f, formatNames().join(QStringLiteral(", "))));
        out.insert(f);
    }
    if (out.isEmpty())
        return Error::invalid(QStringLiteral("formats"),
                              QStringLiteral("No format was given; send one or more of %1, e.g. json,csv,html.")
                                  .arg(formatNames().join(QStringLiteral(", "))));
    return out;
}

QString joinFormats(const QSet<QString> &formats)
{
    QStringList out;
    for (const QString &f : formatNames())
        if (formats.contains(f))
            out << f;
    return out.join(QLatin1Char(','));
}

} // namespace Lexecon::PacketScope
