#include "audit/PacketJsonText.h"
#include "decision/DecisionRecord.h"
#include "evidence/EvidenceArtifact.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Lexecon;

Q_DECLARE_METATYPE(Lexecon::DecisionRecord)

namespace {

// risk.json's element as the packet built it before PacketJsonText.
QByteArray riskThroughQt(const DecisionRecord &d)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("decision_id"), d.decisionId},
                                     {QStringLiteral("timestamp"), d.timestamp},
                                     {QStringLiteral("actor"), d.request.actor},
                                     {QStringLiteral("action"), d.request.action},
                                     {QStringLiteral("score"), d.riskScore},
                                     {QStringLiteral("level"), d.riskLevel},
                                     {QStringLiteral("dimensions"), d.risk.value(QStringLiteral("dimensions"))},
                                     {QStringLiteral("outcome"), d.outcome},
                                     {QStringLiteral("ledger_index"),
                                      d.ledgerIndex >= 0 ? QJsonValue(d.ledgerIndex) : QJsonValue(QJsonValue::Null)}})
        .toJson(QJsonDocument::Compact);
}

DecisionRecord typical()
{
    DecisionRecord d;
    d.decisionId = QStringLiteral("dec_01JD0000000000000000000000");
    d.request.actor = QStringLiteral("support-bot");
    d.request.action = QStringLiteral("read");
    d.request.resource = QStringLiteral("customer/42");
    d.request.tool = QStringLiteral("crm.lookup");
    d.request.dataClasses = {QStringLiteral("pii"), QStringLiteral("contact")};
    d.request.requestId = QStringLiteral("req-7");
    d.outcome = QStringLiteral("approved");
    d.finalOutcome = QStringLiteral("approved");
    d.reasons = QJsonArray{QJsonObject{{QStringLiteral("rule"), QStringLiteral("allow-read")},
                                       {QStringLiteral("effect"), QStringLiteral("permit")}}};
    d.policyVersion = 3;
    d.policyHash = QStringLiteral("ab12");
    d.policyMode = QStringLiteral("strict");
    d.riskScore = 35;
    d.riskLevel = QStringLiteral("medium");
    d.risk = QJsonObject{{QStringLiteral("score"), 35},
                         {QStringLiteral("level"), QStringLiteral("medium")},
                         {QStringLiteral("dimensions"), QJsonObject{{QStringLiteral("privacy"), 70}, {QStringLiteral("money"), 0.5}}}};
    d.capabilityToken = QStringLiteral("cap.token.value");
    d.ledgerIndex = 123456789012LL;
    d.entryHash = QStringLiteral("ff00");
    d.timestamp = QStringLiteral("2026-11-22T10:00:00.123Z");
    return d;
}

} // namespace

// PacketJsonText must write exactly the bytes QJsonDocument wrote for decisions.json and
// risk.json: the packet's hashes and an auditor's diff of two packets depend on it.
class TestPacketJsonText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameBytesAsQt_data()
    {
        QTest::addColumn<DecisionRecord>("record");
        QTest::newRow("typical") << typical();
        QTest::newRow("empty") << DecisionRecord{};
        DecisionRecord unrecorded = typical();
        unrecorded.ledgerIndex = -1;
        unrecorded.policyHash.clear();
        unrecorded.capabilityToken.clear();
        unrecorded.request.requestId.clear();
        unrecorded.request.dataClasses.clear();
        unrecorded.risk = QJsonObject{{QStringLiteral("score"), 0}};
        unrecorded.overridden = true;
        QTest::newRow("unrecorded, no dimensions") << unrecorded;
        DecisionRecord traced = typical();
        traced.request.traceParent = QStringLiteral("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        traced.escalation = QJsonObject{{QStringLiteral("escalation_id"), QStringLiteral("esc_1")}};
        traced.override = QJsonObject{{QStringLiteral("override_id"), QStringLiteral("ovr_1")}};
        QTest::newRow("traced, escalated, overridden") << traced;
        DecisionRecord odd = typical();
        odd.request.actor = QStringLiteral("quote \" backslash \\ slash / tab \t newline \n bell \x07 del \x7f");
        odd.request.action = QString::fromUtf8("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80");
        odd.request.resource = QString(QChar(0xd800)) + QStringLiteral("lone surrogate");
        odd.request.dataClasses = {QStringLiteral("a\"b"), QString()};
        odd.request.tool = QStringLiteral("\r\f\b");
        QTest::newRow("escaping") << odd;
    }

    void sameBytesAsQt()
    {
        QFETCH(DecisionRecord, record);
        QCOMPARE(PacketJsonText::decision(record), QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact));
        QCOMPARE(PacketJsonText::risk(record), riskThroughQt(record));
    }

    void evidenceLikeQt()
    {
        EvidenceArtifact a;
        a.artifactId = QStringLiteral("evd_01");
        a.type = EvidenceType::DecisionLog;
        a.sha256 = QStringLiteral("abcd");
        a.size = 5000000000LL;
        a.mediaType = QStringLiteral("application/json");
        a.createdAt = QStringLiteral("2026-11-22T10:00:00.000Z");
        a.createdBy = QStringLiteral("apikey:bot");
        a.retentionUntil = QStringLiteral("2033-11-22T10:00:00.000Z");
        a.title = QString::fromUtf8("Decision log \xe2\x80\x94 \"quoted\"");
        QList<EvidenceArtifact> rows{a};
        a.decisionId = QStringLiteral("dec_1");
        a.ledgerIndex = 7;
        a.commitment = QStringLiteral("c0ffee");
        rows.append(a);
        a.anonymizedAt = QStringLiteral("2027-01-01T00:00:00.000Z");
        a.sha256.clear();
        rows.append(a);
        for (const EvidenceArtifact &row : rows) {
            QJsonObject o = row.toJson();
            o.insert(QStringLiteral("content"), QStringLiteral("evidence/inline.jsonl"));
            QCOMPARE(PacketJsonText::evidence(row, QStringLiteral("evidence/inline.jsonl")),
                     QJsonDocument(o).toJson(QJsonDocument::Compact));
        }
    }

    void valuesLikeQt()
    {
        const QList<QJsonValue> values{QJsonValue(), QJsonValue(true), QJsonValue(false), QJsonValue(0.1),
                                       QJsonValue(1e300), QJsonValue(-0.0), QJsonValue(qint64(1) << 60),
                                       QJsonValue(QStringLiteral("x")), QJsonValue(QJsonArray{1, 2.5, QStringLiteral("\x01")})};
        for (const QJsonValue &v : values) {
            QByteArray mine;
            PacketJsonText::appendValue(mine, v);
            const QByteArray qt = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
            QCOMPARE(mine, qt.mid(1, qt.size() - 2));
        }
    }
};

QTEST_GUILESS_MAIN(TestPacketJsonText)
#include "TestPacketJsonText.moc"
