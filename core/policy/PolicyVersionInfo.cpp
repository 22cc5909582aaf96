#include "PolicyVersionInfo.h"

namespace Lexecon {

QJsonObject PolicyVersionInfo::toJson() const
{
    return {{QStringLiteral("version"), version},
            {QStringLiteral("hash"), hash},
            {QStringLiteral("mode"), mode},
            {QStringLiteral("name"), name},
            {QStringLiteral("loaded_at"), loadedAt},
            {QStringLiteral("loaded_by"), loadedBy},
            {QStringLiteral("relation_count"), relationCount},
            {QStringLiteral("term_count"), termCount},
            {QStringLiteral("active"), active}};
}

} // namespace Lexecon
