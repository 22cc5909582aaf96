#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Lexecon {

// EU AI Act Art. 12 record keeping: how long a decision's personal content is kept.
//   high_risk       risk level high or critical (Art. 12 / Art. 19 logs of a high-risk use):
//                   10 years. A legal obligation to keep (GDPR Art. 17(3)(b)) outranks the
//                   shorter GDPR period, even when the request carries personal data.
//   gdpr_intersect  below high risk, and the request carries personal data (a data class in
//                   personalDataClasses, or a context.subject_id): GDPR storage limitation
//                   (Art. 5(1)(e)) applies and no Art. 12 duty extends it, so the shorter GDPR
//                   period, 90 days by default.
//   standard        everything else: 6 months (the Art. 19 / Art. 26(6) minimum for logs).
// The class is derived from facts fixed at decision time (risk level, data classes, context),
// so the job can assign it at any later moment and always gets the same answer.
enum class RetentionClass { HighRisk, Standard, GdprIntersect };

// Stored statuses; legal_hold is shown over them while an unreleased hold covers the record.
enum class RetentionStatus { Active, Expiring, LegalHold, Anonymized, Archived };

namespace RetentionClasses {
QString name(RetentionClass c); // "high_risk", "standard", "gdpr_intersect"
std::optional<RetentionClass> fromName(const QString &name);
QString statusName(RetentionStatus s); // "active", "expiring", "legal_hold", "anonymized", "archived"
} // namespace RetentionClasses

struct RetentionRules
{
    int highRiskYears = 10;
    int standardMonths = 6;
    int gdprIntersectDays = 90;
    qint64 warningMs = qint64(30) * 24 * 3600 * 1000; // expiring: within 30 days of the end
    // Data classes that make a request personal data (compared case-insensitively, a "data:"
    // prefix ignored).
    QStringList personalDataClasses{QStringLiteral("pii"),           QStringLiteral("phi"),
                                    QStringLiteral("payment"),       QStringLiteral("personal"),
                                    QStringLiteral("personal_data"), QStringLiteral("health"),
                                    QStringLiteral("biometric"),     QStringLiteral("special_category")};

    RetentionClass classify(const QString &riskLevel, const QStringList &dataClasses, const QJsonObject &context) const;
    // The end of the retention period of a record of class c created at createdMs.
    qint64 untilMs(RetentionClass c, qint64 createdMs) const;
    // Records of class high_risk end archived; the others end anonymized.
    static RetentionStatus endStatus(RetentionClass c);
};

} // namespace Lexecon
