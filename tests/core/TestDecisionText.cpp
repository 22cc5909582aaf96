#include "common/CanonicalJson.h"
#include "decision/DecisionService.h"
#include "decision/DecisionStore.h"
#include "storage/CachedStatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Lexecon;

// The decision's texts that are written by hand on the hot path (the decision log, the row's JSON
// columns, the ledger payload) against what building and serializing the JSON gives: byte for
// byte, on difficult records. TestDecisionService checks the same through decide() end to end.
class TestDecisionText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void logTextIsTheCanonicalRecord_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("approved, minimal request") << 0;
        QTest::newRow("escalated, every field") << 1;
        QTest::newRow("no policy, escapes and non-ASCII") << 2;
        QTest::newRow("token, escalation and override shown") << 3;
        QTest::newRow("numbers and a lone surrogate Qt writes its own way") << 4;
        QTest::newRow("non-ASCII keys and deep context") << 5;
        QTest::newRow("empty but not null, non-ASCII columns") << 6;
    }

    void logTextIsTheCanonicalRecord()
    {
        // The decision_log evidence is written as JCS text directly (its hash and commitment are
        // in the ledger): it must stay byte-identical to canonicalizing the record's JSON.
        QFETCH(int, variant);
        DecisionRecord r;
        r.decisionId = QStringLiteral("dec_01JD0000000000000000000000");
        r.requester = QStringLiteral("apikey:bot");
        r.request.actor = QStringLiteral("support_bot");
        r.request.action = QStringLiteral("read_ticket");
        r.outcome = QStringLiteral("approved");
        r.finalOutcome = QStringLiteral("approved");
        r.policyVersion = 3;
        r.policyHash = QString(64, QLatin1Char('f'));
        r.policyMode = QStringLiteral("strict");
        r.riskScore = 10;
        r.riskLevel = QStringLiteral("low");
        r.risk = {{QStringLiteral("score"), 10}, {QStringLiteral("level"), QStringLiteral("low")},
                  {QStringLiteral("dimensions"), QJsonObject{{QStringLiteral("privacy"), 10}}}};
        r.reasons = QJsonArray{QJsonObject{{QStringLiteral("relation_id"), QStringLiteral("permits:actor:x")},
                                           {QStringLiteral("effect"), QStringLiteral("permit")},
                                           {QStringLiteral("justification"), QJsonValue::Null}}};
        r.timestamp = QStringLiteral("2026-11-22T10:00:00.000Z");
        r.ledgerIndex = 42;
        r.entryHash = QString(64, QLatin1Char('e'));
        if (variant == 1 || variant == 3) {
            r.outcome = QStringLiteral("escalated");
            r.finalOutcome = QStringLiteral("pending");
            r.request.resource = QStringLiteral("crm");
            r.request.tool = QStringLiteral("lookup");
            r.request.dataClasses = {QStringLiteral("pii"), QStringLiteral("financial")};
            r.request.context = {{QStringLiteral("ticket"), 17}, {QStringLiteral("ratio"), 0.25},
                                 {QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), true, QJsonValue::Null}}};
            r.request.intent = QStringLiteral("look up the customer");
            r.request.risk = {{QStringLiteral("privacy"), 80}};
            r.request.requestId = QStringLiteral("req-1");
            r.request.traceParent = QStringLiteral("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
            r.escalationId = QStringLiteral("esc_01JD0000000000000000000000");
        }
        if (variant == 2) {
            r.policyHash.clear();
            r.policyMode.clear();
            r.outcome = QStringLiteral("denied");
            r.finalOutcome = QStringLiteral("denied");
            r.request.actor = QStringLiteral("bot \"quoted\" \\ \u00e9\u4e2d\U0001F600\n\u0001");
            r.request.resource = QStringLiteral("tab\there");
            r.reasons = QJsonArray{QJsonObject{{QStringLiteral("relation_id"), QJsonValue::Null},
                                               {QStringLiteral("effect"), QStringLiteral("error")},
                                               {QStringLiteral("justification"), QStringLiteral("no policy \"x\"")}}};
            r.risk = {};
        }
        if (variant == 3) {
            r.capabilityToken = QStringLiteral("aaa.bbb.ccc");
            r.overridden = true;
            r.escalation = {{QStringLiteral("escalation_id"), r.escalationId}, {QStringLiteral("status"), QStringLiteral("pending")}};
            r.override = {{QStringLiteral("override_id"), QStringLiteral("ovr_1")}, {QStringLiteral("new_outcome"), QStringLiteral("approved")}};
        }
        if (variant == 4) {
            // Qt writes 1e-7 as 1e-07, large integers and integral doubles its own way, and a lone
            // surrogate as an escape: the row's JSON columns must still be Qt's bytes.
            r.request.context = {{QStringLiteral("tiny"), 1e-7}, {QStringLiteral("big"), 1e15},
                                 {QStringLiteral("huge"), qint64(9007199254740993LL)},
                                 {QStringLiteral("neg"), qint64(-9007199254740993LL)}};
            r.request.intent = QStringLiteral("lone ") + QChar(0xD800) + QStringLiteral(" surrogate");
            r.reasons = QJsonArray{QJsonObject{{QStringLiteral("relation_id"), QStringLiteral("r")},
                                               {QStringLiteral("effect"), QStringLiteral("permit")},
                                               {QStringLiteral("justification"), QString(QChar(0xDC00))}}};
            r.risk = {{QStringLiteral("score"), 0.5}, {QStringLiteral("level"), QStringLiteral("low")}};
        }
        if (variant == 5) {
            r.request.actor = QStringLiteral("\u00e9l\u00e8ve \U0001F600");
            r.request.context = {{QStringLiteral("\uFF21"), 1}, {QStringLiteral("\U0001F600"), QStringLiteral("\u2028")},
                                 {QStringLiteral("a"), QJsonObject{{QStringLiteral("b"), QJsonArray{1, 2, QJsonObject{}}},
                                                                   {QStringLiteral("\u007f"), false}}},
                                 {QStringLiteral("ctl"), QStringLiteral("\u001f\b\f/")}};
            r.request.dataClasses = {QStringLiteral("pii"), QStringLiteral("\u00fc")};
        }
        if (variant == 6) {
            r.requester = QStringLiteral(""); // empty, not null: '' rather than NULL
            r.timestamp = QString();          // null: NULL
            r.request.action = QStringLiteral("l\u00e4sen \u4e2d\U0001F600 ") + QChar(0xD800);
            r.request.resource = QStringLiteral("");
            r.request.tool = QStringLiteral("\u00fc");
            r.request.requestId = QStringLiteral("\u00e9");
            r.capabilityToken = QStringLiteral("t.t.t");
            r.tokenId = QStringLiteral("cap_1");
        }
        QJsonObject expected = r.toJson();
        expected.remove(QStringLiteral("ledger"));
        expected.insert(QStringLiteral("request"), r.request.toJson());
        QCOMPARE(r.request.canonicalText(), CanonicalJson::serialize(r.request.toJson()));
        QCOMPARE(r.logText(CanonicalJson::serialize(r.request.toJson())), CanonicalJson::serialize(expected));
        const DecisionStore::Canonical canonical{r.request.canonicalText(), CanonicalJson::serialize(r.reasons),
                                                 CanonicalJson::serialize(r.risk)};
        QCOMPARE(r.logText(canonical.request, canonical.reasons, canonical.risk), CanonicalJson::serialize(expected));

        // The row's JSON columns reuse the JCS text only where it is Qt's compact text exactly.
        const DecisionStore::Row fast = DecisionStore::row(r, canonical);
        const DecisionStore::Row qt = DecisionStore::row(r, r.request.toJson());
        QCOMPARE(fast.requestJson, QJsonDocument(r.request.toJson()).toJson(QJsonDocument::Compact));
        QCOMPARE(fast.reasonsJson, QJsonDocument(r.reasons).toJson(QJsonDocument::Compact));
        QCOMPARE(fast.riskJson, QJsonDocument(r.risk).toJson(QJsonDocument::Compact));
        QCOMPARE(fast.requestJson, qt.requestJson);
        QCOMPARE(fast.decisionId, qt.decisionId);
        QCOMPARE(fast.requestSalt, qt.requestSalt);
        QCOMPARE(fast.timestamp, qt.timestamp);
        QCOMPARE(fast.capabilityToken, qt.capabilityToken);
        QCOMPARE(fast.traceParent, qt.traceParent);
        QCOMPARE(fast.policyVersion, qt.policyVersion);
        QCOMPARE(fast.resource.isNull(), qt.resource.isNull());
        // The text columns share one buffer: each must be what CachedStatement would encode,
        // NULL and '' included.
        const auto same = [](const QByteArray &got, const QByteArray &want) {
            return got == want && got.isNull() == want.isNull();
        };
        using T = CachedStatement;
        QVERIFY(same(fast.decisionId, T::text(r.decisionId)));
        QVERIFY(same(fast.requester, T::text(r.requester)));
        QVERIFY(same(fast.requestId, T::textOrNull(r.request.requestId)));
        QVERIFY(same(fast.actor, T::text(r.request.actor)));
        QVERIFY(same(fast.action, T::text(r.request.action)));
        QVERIFY(same(fast.resource, T::textOrNull(r.request.resource)));
        QVERIFY(same(fast.tool, T::textOrNull(r.request.tool)));
        QVERIFY(same(fast.requestCommitment, T::text(r.requestCommitment)));
        QVERIFY(same(fast.outcome, T::text(r.outcome)));
        QVERIFY(same(fast.finalOutcome, T::text(r.finalOutcome)));
        QVERIFY(same(fast.policyHash, T::textOrNull(r.policyHash)));
        QVERIFY(same(fast.policyMode, T::textOrNull(r.policyMode)));
        QVERIFY(same(fast.riskLevel, T::text(r.riskLevel)));
        QVERIFY(same(fast.escalationId, T::textOrNull(r.escalationId)));
        QVERIFY(same(fast.capabilityToken, T::textOrNull(r.capabilityToken)));
        QVERIFY(same(fast.tokenId, T::textOrNull(r.tokenId)));
        QVERIFY(same(fast.timestamp, T::text(r.timestamp)));
        QVERIFY(same(fast.traceParent, T::textOrNull(r.request.traceParent)));
        if (variant == 6) {
            QVERIFY(!fast.requester.isNull() && fast.requester.isEmpty());
            QVERIFY(fast.timestamp.isNull());
            QVERIFY(fast.resource.isNull());
        }
        if (variant == 4) {
            QVERIFY(fast.requestJson != canonical.request);
            QVERIFY(fast.reasonsJson != canonical.reasons);
        }
    }

    void ledgerPayloadIsTheBuiltObject_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("approved") << 0;
        QTest::newRow("escalated") << 1;
        QTest::newRow("no policy") << 2;
        QTest::newRow("quotes, controls and non-ASCII") << 3;
        QTest::newRow("lone surrogate") << 4;
        QTest::newRow("negative and large scores") << 5;
    }
    void ledgerPayloadIsTheBuiltObject()
    {
        // The payload is parsed from text written for it: it must be the object built member by
        // member, and canonicalize to the same bytes the ledger hashes.
        QFETCH(int, variant);
        DecisionRecord r;
        r.decisionId = QStringLiteral("dec_01JD0000000000000000000000");
        r.outcome = QStringLiteral("approved");
        r.requestCommitment = QString(64, QLatin1Char('a'));
        r.riskScore = 12;
        r.riskLevel = QStringLiteral("low");
        r.policyHash = QString(64, QLatin1Char('f'));
        QString evidence = QString(64, QLatin1Char('e'));
        if (variant == 1) {
            r.outcome = QStringLiteral("escalated");
            r.escalationId = QStringLiteral("esc_01JD0000000000000000000000");
            r.riskScore = 88;
            r.riskLevel = QStringLiteral("critical");
        }
        if (variant == 2)
            r.policyHash.clear();
        if (variant == 3) {
            r.decisionId = QStringLiteral("dec_\"\\\n\u0001\u00e9\U0001F600");
            evidence = QStringLiteral("\u2028/");
        }
        if (variant == 4)
            r.riskLevel = QStringLiteral("low") + QChar(0xDC00);
        if (variant == 5)
            r.riskScore = -2147483647 - 1;
        QJsonObject built{{QStringLiteral("decision_id"), r.decisionId},
                          {QStringLiteral("outcome"), r.outcome},
                          {QStringLiteral("request_commitment"), r.requestCommitment},
                          {QStringLiteral("risk_score"), r.riskScore},
                          {QStringLiteral("risk_level"), r.riskLevel},
                          {QStringLiteral("evidence_commitment"), evidence}};
        if (!r.policyHash.isEmpty())
            built.insert(QStringLiteral("policy_hash"), r.policyHash);
        if (!r.escalationId.isEmpty())
            built.insert(QStringLiteral("escalation_id"), r.escalationId);
        const DecisionService::LedgerPayload made = DecisionService::ledgerPayload(r, evidence);
        const QJsonObject &payload = made.object;
        QCOMPARE(payload, built);
        // The text handed to the ledger, when there is one, is the bytes it would have serialized.
        QCOMPARE(made.canonical.isNull(), variant == 4);
        if (!made.canonical.isNull())
            QCOMPARE(made.canonical, CanonicalJson::serialize(built));
        QCOMPARE(CanonicalJson::serialize(payload), CanonicalJson::serialize(built));
        QCOMPARE(payload.value(QStringLiteral("risk_score")).toInt(), r.riskScore);
    }
};

QTEST_GUILESS_MAIN(TestDecisionText)
#include "TestDecisionText.moc"
