#include "PacketJsonText.h"

#include "decision/DecisionRecord.h"
#include "evidence/EvidenceArtifact.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lexecon {

namespace {

// Whether Qt would write s unescaped: printable ASCII without a quote or a backslash.
bool plain(const QString &s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7e || u == u'"' || u == u'\\')
            return false;
    }
    return true;
}

void key(QByteArray &out, const char *name, bool &first)
{
    if (!first)
        out += ',';
    first = false;
    out += '"';
    out += name;
    out += "\":";
}

void stringOrNull(QByteArray &out, const QString &s)
{
    if (s.isEmpty())
        out += "null";
    else
        PacketJsonText::appendString(out, s);
}

} // namespace

void PacketJsonText::appendString(QByteArray &out, const QString &s)
{
    if (plain(s)) {
        out += '"';
        const qsizetype at = out.size();
        out.resize(at + s.size());
        char *p = out.data() + at;
        for (const QChar c : s)
            *p++ = char(c.unicode());
        out += '"';
        return;
    }
    // Qt's escaping: an array of one string, without its brackets.
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    out += QByteArrayView(a).sliced(1, a.size() - 2);
}

void PacketJsonText::appendValue(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        return;
    case QJsonValue::String:
        appendString(out, v.toString());
        return;
    case QJsonValue::Object:
        out += QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
        return;
    case QJsonValue::Array:
        out += QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
        return;
    case QJsonValue::Double: {
        const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        out += QByteArrayView(a).sliced(1, a.size() - 2);
        return;
    }
    }
}

QByteArray PacketJsonText::decision(const DecisionRecord &d)
{
    QByteArray o;
    o.reserve(1024);
    bool first = true;
    o += '{';
    // QJsonObject's key order (sorted; see "overridden" below), as DecisionRecord::toJson builds it.
    key(o, "action", first);
    appendString(o, d.request.action);
    key(o, "actor", first);
    appendString(o, d.request.actor);
    key(o, "capability_token", first);
    stringOrNull(o, d.capabilityToken);
    key(o, "data_classes", first);
    o += '[';
    for (qsizetype i = 0; i < d.request.dataClasses.size(); ++i) {
        if (i > 0)
            o += ',';
        appendString(o, d.request.dataClasses.at(i));
    }
    o += ']';
    key(o, "decision_id", first);
    appendString(o, d.decisionId);
    key(o, "escalation", first);
    if (d.escalation.isEmpty())
        o += "null";
    else
        appendValue(o, d.escalation);
    key(o, "final_outcome", first);
    appendString(o, d.finalOutcome);
    key(o, "ledger", first);
    if (d.ledgerIndex < 0) {
        o += "null";
    } else {
        o += "{\"entry_hash\":";
        appendString(o, d.entryHash);
        o += ",\"index\":";
        o += QByteArray::number(d.ledgerIndex);
        o += '}';
    }
    key(o, "outcome", first);
    appendString(o, d.outcome);
    // Qt puts a key before its own prefix: "overridden" comes before "override".
    key(o, "overridden", first);
    o += d.overridden ? "true" : "false";
    key(o, "override", first);
    if (d.override.isEmpty())
        o += "null";
    else
        appendValue(o, d.override);
    key(o, "policy", first);
    if (d.policyHash.isEmpty()) {
        o += "null";
    } else {
        o += "{\"hash\":";
        appendString(o, d.policyHash);
        o += ",\"mode\":";
        appendString(o, d.policyMode);
        o += ",\"version\":";
        o += QByteArray::number(d.policyVersion);
        o += '}';
    }
    key(o, "reasons", first);
    appendValue(o, d.reasons);
    key(o, "request_id", first);
    stringOrNull(o, d.request.requestId);
    key(o, "resource", first);
    stringOrNull(o, d.request.resource);
    key(o, "risk", first);
    appendValue(o, d.risk);
    key(o, "timestamp", first);
    appendString(o, d.timestamp);
    key(o, "tool", first);
    stringOrNull(o, d.request.tool);
    if (!d.request.traceParent.isEmpty()) {
        key(o, "traceparent", first);
        appendString(o, d.request.traceParent);
    }
    o += '}';
    return o;
}

QByteArray PacketJsonText::risk(const DecisionRecord &d)
{
    QByteArray o;
    o.reserve(256);
    bool first = true;
    o += '{';
    key(o, "action", first);
    appendString(o, d.request.action);
    key(o, "actor", first);
    appendString(o, d.request.actor);
    key(o, "decision_id", first);
    appendString(o, d.decisionId);
    // An absent "dimensions" is left out, as QJsonObject drops an undefined value.
    const QJsonValue dimensions = d.risk.value(QStringLiteral("dimensions"));
    if (!dimensions.isUndefined()) {
        key(o, "dimensions", first);
        appendValue(o, dimensions);
    }
    key(o, "ledger_index", first);
    if (d.ledgerIndex >= 0)
        o += QByteArray::number(d.ledgerIndex);
    else
        o += "null";
    key(o, "level", first);
    appendString(o, d.riskLevel);
    key(o, "outcome", first);
    appendString(o, d.outcome);
    key(o, "score", first);
    o += QByteArray::number(d.riskScore);
    key(o, "timestamp", first);
    appendString(o, d.timestamp);
    o += '}';
    return o;
}

QByteArray PacketJsonText::evidence(const EvidenceArtifact &a, const QString &content)
{
    QByteArray o;
    o.reserve(512);
    bool first = true;
    o += '{';
    // EvidenceArtifact::toJson plus "content", in QJsonObject's order.
    if (!a.anonymizedAt.isEmpty()) {
        key(o, "anonymized_at", first);
        appendString(o, a.anonymizedAt);
    }
    key(o, "artifact_id", first);
    appendString(o, a.artifactId);
    if (!a.commitment.isEmpty()) {
        key(o, "commitment", first);
        appendString(o, a.commitment);
    }
    key(o, "content", first);
    appendString(o, content);
    key(o, "created_at", first);
    appendString(o, a.createdAt);
    key(o, "created_by", first);
    appendString(o, a.createdBy);
    key(o, "decision_id", first);
    stringOrNull(o, a.decisionId);
    key(o, "ledger_index", first);
    if (a.ledgerIndex >= 0)
        o += QByteArray::number(a.ledgerIndex);
    else
        o += "null";
    key(o, "media_type", first);
    appendString(o, a.mediaType);
    key(o, "retention_until", first);
    appendString(o, a.retentionUntil);
    key(o, "sha256", first);
    appendString(o, a.sha256);
    key(o, "size", first);
    o += QByteArray::number(a.size);
    key(o, "title", first);
    appendString(o, a.title);
    key(o, "type", first);
    appendString(o, EvidenceTypes::name(a.type));
    o += '}';
    return o;
}

} // namespace Lexecon
