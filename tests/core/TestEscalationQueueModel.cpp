#include "escalation/EscalationQueueModel.h"
#include "escalation/EscalationService.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "support/StoreFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Lexecon;

namespace {
constexpr qint64 kHour = 3600 * 1000;
const QString kReason = QStringLiteral("Checked the contract; the export is covered by it.");
} // namespace

class TestEscalationQueueModel : public QObject
{
    Q_OBJECT

    Test::StoreFixture m_fx;
    std::unique_ptr<EscalationService> m_service;
    const Principal m_alice = Principal::user(QStringLiteral("alice"), Role::ComplianceOfficer);

    Escalation create(const QString &priority, const QString &summary = QStringLiteral("bot wants to export PII"),
                      const QString &actor = QStringLiteral("support_bot"))
    {
        const Escalation e = m_service->prepare(QStringLiteral("dec_") + summary.left(8), priority, summary, actor,
                                                QStringLiteral("export"), 70);
        auto entry = m_fx.ledger->append(
            {QStringLiteral("decision"),
             QStringLiteral("apikey:bot"),
             {{QStringLiteral("decision_id"), e.decisionId}},
             [&](QSqlDatabase &conn, const LedgerEntry &) { return m_service->storeNew(conn, e); }});
        if (!entry)
            qWarning() << entry.error().message;
        return e;
    }

    static QString cell(const EscalationQueueModel &model, int row, int column)
    {
        return model.data(model.index(row, column), Qt::DisplayRole).toString();
    }

private Q_SLOTS:
    void init()
    {
        m_service.reset();
        m_fx.clock.setMs(1795341600000);
        auto opened = m_fx.open({{QStringLiteral("node_id"), QStringLiteral("test")}});
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_service = std::make_unique<EscalationService>(m_fx.db, *m_fx.ledger, m_fx.clock);
    }

    void countdownTextFormats_data()
    {
        QTest::addColumn<qint64>("leftMs");
        QTest::addColumn<QString>("text");
        QTest::newRow("hours") << qint64(2 * kHour) << QStringLiteral("02:00:00 left");
        QTest::newRow("part of a second") << qint64(500) << QStringLiteral("00:00:01 left");
        QTest::newRow("days") << qint64(72 * kHour + 61000) << QStringLiteral("3 d 00:01:01 left");
        QTest::newRow("at the deadline") << qint64(0) << QStringLiteral("overdue by 00:00:00");
        QTest::newRow("overdue") << qint64(-754000) << QStringLiteral("overdue by 00:12:34");
    }
    void countdownTextFormats()
    {
        QFETCH(qint64, leftMs);
        QFETCH(QString, text);
        QCOMPARE(EscalationQueueModel::countdownText(leftMs), text);
    }

    void countdownMovesWithTheClockWithoutAQuery()
    {
        create(QStringLiteral("critical")); // 2 h
        EscalationQueueModel model(*m_service, m_fx.clock);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, EscalationQueueModel::TimeLeft), QStringLiteral("02:00:00 left"));
        QCOMPARE(model.slaStateAt(0), SlaState::Ok);

        // Another process's write the model has not read: if tick() re-queried, the row would change.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        m_fx.clock.advanceSeconds(61);
        model.tick();
        QCOMPARE(cell(model, 0, EscalationQueueModel::TimeLeft), QStringLiteral("01:58:59 left"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(EscalationQueueModel::TimeLeft));
        QCOMPARE(changed.at(0).at(1).toModelIndex().column(), int(EscalationQueueModel::TimeLeft));
        QCOMPARE(reset.size(), 0);
    }

    void warningAndBreachedStates()
    {
        create(QStringLiteral("critical"));
        EscalationQueueModel model(*m_service, m_fx.clock);
        const QModelIndex left = model.index(0, EscalationQueueModel::TimeLeft);

        m_fx.clock.advanceMs(kHour - 1); // one hour and 1 ms left: not yet
        QCOMPARE(model.data(left, EscalationQueueModel::SlaStateRole).toInt(), int(SlaState::Ok));
        m_fx.clock.advanceMs(1); // exactly one hour left: warning (inclusive)
        QCOMPARE(model.data(left, EscalationQueueModel::SlaStateRole).toInt(), int(SlaState::Warning));
        QCOMPARE(model.data(left).toString(), QStringLiteral("Warning: 01:00:00 left"));
        QVERIFY(model.data(left, Qt::ToolTipRole).toString().contains(QStringLiteral("warning")));

        m_fx.clock.advanceMs(kHour); // at the deadline: breached
        QCOMPARE(model.data(left, EscalationQueueModel::SlaStateRole).toInt(), int(SlaState::Breached));
        m_fx.clock.advanceSeconds(90);
        QCOMPARE(model.data(left).toString(), QStringLiteral("Breached: overdue by 00:01:30"));
        QCOMPARE(model.data(left, EscalationQueueModel::TimeLeftMsRole).toLongLong(), qint64(-90000));
    }

    void fetchesIncrementallyInPriorityOrder()
    {
        for (int i = 0; i < 230; ++i)
            create(i % 10 == 0 ? QStringLiteral("critical") : QStringLiteral("low"), QStringLiteral("case %1").arg(i));
        EscalationQueueModel model(*m_service, m_fx.clock);
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 230);
        QVERIFY(!model.canFetchMore({}));
        for (int row = 0; row < 23; ++row)
            QCOMPARE(model.escalationAt(row)->priority, QStringLiteral("critical"));
        QCOMPARE(model.escalationAt(23)->priority, QStringLiteral("low"));
    }

    void filtersByPriorityStatusAndText()
    {
        create(QStringLiteral("high"), QStringLiteral("refund above limit"), QStringLiteral("billing_bot"));
        create(QStringLiteral("high"), QStringLiteral("export of 100% of records"), QStringLiteral("support_bot"));
        const Escalation low =
            create(QStringLiteral("low"), QStringLiteral("read a ticket"), QStringLiteral("support_bot"));
        EscalationQueueModel model(*m_service, m_fx.clock);
        QCOMPARE(model.rowCount(), 3);

        EscalationFilter f = model.filter();
        f.priority = QStringLiteral("high");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 2);

        f.text = QStringLiteral("BILLING"); // case-insensitive
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.escalationAt(0)->actor, QStringLiteral("billing_bot"));

        f.text = QStringLiteral("100%"); // a literal percent sign, not a wildcard
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        f.text = QStringLiteral("1_0");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 0);

        // Resolving removes it from the open queue by itself (the service's signal).
        f = EscalationFilter{};
        f.statuses = Escalation::openStatuses();
        model.setFilter(f);
        QVERIFY(m_service->resolve(low.escalationId, Escalation::denied(), kReason, m_alice).ok());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(low.escalationId), -1);
        f.statuses = {Escalation::resolved()};
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, EscalationQueueModel::Status), QStringLiteral("resolved: denied"));
    }

    void sortsByColumn()
    {
        create(QStringLiteral("low"), QStringLiteral("b"), QStringLiteral("zeta_bot"));
        create(QStringLiteral("critical"), QStringLiteral("a"), QStringLiteral("alpha_bot"));
        EscalationQueueModel model(*m_service, m_fx.clock);
        QCOMPARE(model.escalationAt(0)->priority, QStringLiteral("critical"));
        model.sort(EscalationQueueModel::ActorAction, Qt::DescendingOrder);
        QCOMPARE(model.escalationAt(0)->actor, QStringLiteral("zeta_bot"));
        // The low one's deadline (72 h) is later than the critical one's (2 h).
        model.sort(EscalationQueueModel::TimeLeft, Qt::DescendingOrder);
        QCOMPARE(model.escalationAt(0)->priority, QStringLiteral("low"));
        // A new filter keeps the sort.
        model.setFilter(model.filter());
        QCOMPARE(model.escalationAt(0)->priority, QStringLiteral("low"));
    }

    void claimUpdatesTheRowInPlaceAndNewOnesAppear()
    {
        const Escalation first = create(QStringLiteral("high"));
        EscalationQueueModel model(*m_service, m_fx.clock);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(m_service->claim(first.escalationId, m_alice).ok());
        QCOMPARE(cell(model, 0, EscalationQueueModel::Assignee), QStringLiteral("alice"));
        QCOMPARE(cell(model, 0, EscalationQueueModel::Status), QStringLiteral("in review"));
        QCOMPARE(reset.size(), 0);

        // Announced by this process (the decision service does after its commit): a burst is one refresh.
        QSignalSpy resetsBefore(&model, &QAbstractItemModel::modelReset);
        const Escalation a = create(QStringLiteral("low"));
        const Escalation b = create(QStringLiteral("low"));
        m_service->announce(a.escalationId);
        m_service->announce(b.escalationId);
        QCOMPARE(model.rowCount(), 1);
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(resetsBefore.size(), 1);

        // Created elsewhere (another process): nothing is announced; refresh() finds it.
        const Escalation second = create(QStringLiteral("critical"));
        QCOMPARE(model.rowCount(), 3);
        model.refresh();
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(second.escalationId), 0);
    }
};

QTEST_GUILESS_MAIN(TestEscalationQueueModel)
#include "TestEscalationQueueModel.moc"
