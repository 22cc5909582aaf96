#include "escalation/Escalation.h"

#include <QJsonDocument>
#include <QTest>

using namespace Lexecon;

class TestEscalation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toJsonHoldsTheSpecFieldsAndTheRest()
    {
        Escalation e;
        e.escalationId = QStringLiteral("esc_01JD0000000000000000000000");
        e.decisionId = QStringLiteral("dec_01JD0000000000000000000000");
        e.priority = QStringLiteral("high");
        e.status = Escalation::pending();
        e.createdAtMs = 1795341600000;   // 2026-11-22T10:00:00.000Z
        e.slaDeadlineMs = 1795370400000; // 2026-11-22T18:00:00.000Z
        e.riskScore = 70;
        const QJsonObject o = e.toJson();
        // SPEC section 3's escalation object.
        QCOMPARE(o.value(QStringLiteral("escalation_id")).toString(), e.escalationId);
        QCOMPARE(o.value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(o.value(QStringLiteral("sla_deadline")).toString(), QStringLiteral("2026-11-22T18:00:00.000Z"));
        // And the rest; what has not happened is null.
        QCOMPARE(o.value(QStringLiteral("created_at")).toString(), QStringLiteral("2026-11-22T10:00:00.000Z"));
        QCOMPARE(o.value(QStringLiteral("tier")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("risk_score")).toInt(), 70);
        QCOMPARE(o.value(QStringLiteral("decision_id")).toString(), e.decisionId);
        for (const char *unset : {"warned_at", "breached_at", "claimed_by", "claimed_at", "resolved_by", "resolved_at",
                                  "outcome", "reason", "parent_escalation_id", "child_escalation_id"})
            QVERIFY2(o.value(QLatin1String(unset)).isNull(), unset);
        QCOMPARE(o.size(), 21);
    }

    void toJsonIsTheBuiltObject_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("fresh") << 0;
        QTest::newRow("every field") << 1;
        QTest::newRow("empty") << 2;
        QTest::newRow("quotes, controls, non-ASCII") << 3;
        QTest::newRow("lone surrogate") << 4;
        QTest::newRow("times outside 1970-9999") << 5;
    }
    void toJsonIsTheBuiltObject()
    {
        // toJson() parses the object from text written for it: it must be the object built
        // member by member, value types (null, integer, string) included.
        QFETCH(int, variant);
        Escalation e;
        if (variant != 2) {
            e.escalationId = QStringLiteral("esc_01JD0000000000000000000000");
            e.decisionId = QStringLiteral("dec_01JD0000000000000000000000");
            e.priority = QStringLiteral("critical");
            e.status = Escalation::pending();
            e.summary = QStringLiteral("bot wants to lookup on crm (high risk, 80)");
            e.actor = QStringLiteral("bot");
            e.action = QStringLiteral("lookup");
            e.riskScore = 80;
            e.createdAtMs = 1795341600000;
            e.slaDeadlineMs = 1795370400123;
        }
        if (variant == 1) {
            e.tier = 3;
            e.status = Escalation::resolved();
            e.warnedAtMs = 1795341600001;
            e.breachedAtMs = 1795341600002;
            e.claimedBy = QStringLiteral("user:alice");
            e.claimedAtMs = 1795341600003;
            e.resolvedBy = QStringLiteral("user:bob");
            e.resolvedAtMs = 1795341600004;
            e.outcome = Escalation::approved();
            e.reason = QStringLiteral("checked the caller");
            e.parentEscalationId = QStringLiteral("esc_01JC0000000000000000000000");
            e.childEscalationId = QStringLiteral("esc_01JE0000000000000000000000");
        }
        if (variant == 3) {
            e.summary = QStringLiteral("\"quoted\" \\ back\nslash\t\u0001 \u00e9\u4e2d\U0001F600 \u2028 </script>");
            e.reason = QStringLiteral("\u007f\u0000end");
            e.actor = QStringLiteral("\u00fcber");
        }
        if (variant == 4)
            e.summary = QStringLiteral("half ") + QChar(0xD83D);
        if (variant == 5) {
            e.createdAtMs = -5;
            e.slaDeadlineMs = 253402300800000LL; // year 10000: QDateTime writes no text
            e.riskScore = -2147483647 - 1;
        }
        const QJsonObject parsed = e.toJson();
        const QJsonObject built = e.toJsonBuilt();
        QCOMPARE(parsed, built);
        QCOMPARE(QJsonDocument(parsed).toJson(QJsonDocument::Compact), QJsonDocument(built).toJson(QJsonDocument::Compact));
        QCOMPARE(parsed.size(), 21);
    }

    void openAndOutcomeWords()
    {
        Escalation e;
        for (const QString &s : Escalation::openStatuses()) {
            e.status = s;
            QVERIFY(e.isOpen());
        }
        e.status = Escalation::resolved();
        QVERIFY(!e.isOpen());
        QCOMPARE(Escalation::outcomes(), QStringList({QStringLiteral("approved"), QStringLiteral("denied"),
                                                      QStringLiteral("deferred"), QStringLiteral("escalated_up")}));
        QVERIFY(!Escalation::isOutcome(QStringLiteral("APPROVED")));
    }
};

QTEST_GUILESS_MAIN(TestEscalation)
#include "TestEscalation.moc"
