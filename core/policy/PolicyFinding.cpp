#include "PolicyFinding.h"

#include <QJsonArray>

namespace Lexecon {

QJsonObject PolicyFinding::toJson() const
{
    return {{QStringLiteral("severity"), severity},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("message"), message},
            {QStringLiteral("relation_ids"), QJsonArray::fromStringList(relationIds)}};
}

} // namespace Lexecon
