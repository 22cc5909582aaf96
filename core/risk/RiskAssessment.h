#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Lexecon {

// The result of scoring one request (SPEC section 2 and the "risk" object of section 3).
struct RiskAssessment
{
    int score = 0;
    QString level = QStringLiteral("low");
    QMap<QString, int> dimensions; // only the dimensions that have a value

    // {"score": n, "level": "...", "dimensions": {"privacy": 70}}
    QJsonObject toJson() const;
    // CanonicalJson::serialize(toJson()), written directly (the decision log and row use it).
    QByteArray canonicalText() const;
    static RiskAssessment fromJson(const QJsonObject &json);
};

} // namespace Lexecon
