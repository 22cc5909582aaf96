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
