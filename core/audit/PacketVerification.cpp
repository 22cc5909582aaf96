#include "PacketVerification.h"

#include <QJsonArray>

namespace Lexecon {

QJsonObject PacketCheck::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("ok"), ok},
                  {QStringLiteral("detail"), detail}};
    if (skipped)
        o.insert(QStringLiteral("skipped"), true);
    if (!problems.isEmpty())
        o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(problems));
    return o;
}

bool PacketVerification::ok() const
{
    for (const PacketCheck &c : checks)
        if (!c.ok)
            return false;
    return !checks.isEmpty();
}

QStringList PacketVerification::failedChecks() const
{
    QStringList out;
    for (const PacketCheck &c : checks)
        if (!c.ok)
            out << c.name;
    return out;
}

const PacketCheck *PacketVerification::check(const QString &name) const
{
    for (const PacketCheck &c : checks)
        if (c.name == name)
            return &c;
    return nullptr;
}

QJsonObject PacketVerification::toJson() const
{
    QJsonArray list;
    for (const PacketCheck &c : checks)
        list.append(c.toJson());
    return {{QStringLiteral("ok"), ok()},
            {QStringLiteral("file"), path},
            {QStringLiteral("packet_id"), manifest.value(QStringLiteral("packet_id"))},
            {QStringLiteral("node_id"), manifest.value(QStringLiteral("node_id"))},
            {QStringLiteral("fingerprint"), fingerprint},
            {QStringLiteral("files"), files},
            {QStringLiteral("proofs"), proofs},
            {QStringLiteral("failed"), QJsonArray::fromStringList(failedChecks())},
            {QStringLiteral("checks"), list}};
}

} // namespace Lexecon
