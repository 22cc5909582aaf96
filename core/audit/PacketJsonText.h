#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace Lexecon {

struct DecisionRecord;
struct EvidenceArtifact;

// Renders a packet's decision and evidence rows straight to compact JSON text, byte for byte what
// QJsonDocument(record.toJson()).toJson(Compact) gives (keys in QJsonObject's sorted order,
// Qt's escaping), without building a QJsonObject per row: at 100,000 decisions the object
// round trip was half of the decisions stage. Plain strings (printable ASCII) are copied as
// they are; anything else (other characters, nested objects and arrays) goes through
// QJsonDocument, so the spelling stays Qt's. TestPacketJsonText compares both on tricky rows.
class PacketJsonText
{
public:
    // One element of decisions.json.
    static QByteArray decision(const DecisionRecord &d);
    // One element of risk.json.
    static QByteArray risk(const DecisionRecord &d);
    // One element of evidence/index.json: the artifact and the packet file holding its content.
    static QByteArray evidence(const EvidenceArtifact &a, const QString &content);

    static void appendString(QByteArray &out, const QString &s);
    static void appendValue(QByteArray &out, const QJsonValue &v);
};

} // namespace Lexecon
