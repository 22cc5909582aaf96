#include "ledger/LedgerEntriesModel.h"
#include "ledger/LedgerWriter.h"
#include "support/StoreFixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Lexecon;

class TestLedgerEntriesModel : public QObject
{
    Q_OBJECT

    Test::StoreFixture m_store;

    // count entries after the genesis: every third a "user_created" by user:admin, the rest
    // decisions by apikey:bot with the running number in the payload.
    void append(int count)
    {
        const qint64 first = m_store.ledgerSize();
        for (int i = 0; i < count; ++i) {
            const qint64 n = first + i;
            const bool user = n % 3 == 0;
            LedgerAppend a{user ? QStringLiteral("user_created") : QStringLiteral("decision"),
                           user ? QStringLiteral("user:admin") : QStringLiteral("apikey:bot"),
                           {{QStringLiteral("n"), n}, {QStringLiteral("outcome"), QStringLiteral("approved")}},
                           {}};
            auto r = m_store.ledger->append(a);
            QVERIFY2(r.ok(), qPrintable(r.error().message));
        }
    }

private Q_SLOTS:
    void init()
    {
        auto opened = m_store.open({{QStringLiteral("node_id"), QStringLiteral("node-1")}});
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    }

    void fetchesNewestFirstInPages()
    {
        append(449); // 450 entries with the genesis: two full pages and a part
        LedgerEntriesModel model(m_store.db);
        QCOMPARE(model.ledgerSize(), 450);
        QCOMPARE(model.rowCount(), LedgerEntriesModel::PageSize);
        QCOMPARE(model.entryAt(0)->index, 449);
        QCOMPARE(model.data(model.index(0, LedgerEntriesModel::Index), Qt::DisplayRole).toLongLong(), 449);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        // Every index exactly once, in descending order, ending with the genesis.
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.entryAt(row)->index, 449 - row);
        QCOMPARE(model.entryAt(449)->type, QStringLiteral("genesis"));
        QCOMPARE(model.rowOf(100), 349);
        QCOMPARE(model.rowOf(1000), -1);
    }

    void showsShortHashWithTheFullOneInTheTooltip()
    {
        append(3);
        LedgerEntriesModel model(m_store.db);
        const LedgerEntry *top = model.entryAt(0);
        QVERIFY(top);
        QCOMPARE(top->entryHash.size(), 64);
        const QModelIndex hash = model.index(0, LedgerEntriesModel::Hash);
        QCOMPARE(model.data(hash, Qt::DisplayRole).toString(), top->entryHash.left(12) + QStringLiteral("…"));
        QCOMPARE(model.data(hash, Qt::ToolTipRole).toString(), top->entryHash);
        QCOMPARE(model.data(hash, LedgerEntriesModel::FullHashRole).toString(), top->entryHash);
        QCOMPARE(model.data(model.index(0, LedgerEntriesModel::Summary), Qt::DisplayRole).toString(),
                 QStringLiteral("n: 3 · outcome: approved"));
        QCOMPARE(model.data(model.index(0, LedgerEntriesModel::Actor), Qt::DisplayRole).toString(),
                 QStringLiteral("user:admin"));
    }

    void summarize_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<int>("maxChars");
        QTest::addColumn<QString>("line");
        QTest::newRow("empty") << QJsonObject() << 160 << QString();
        QTest::newRow("canonical key order")
            << QJsonObject{{QStringLiteral("b"), 2}, {QStringLiteral("a"), QStringLiteral("x")}} << 160
            << QStringLiteral("a: x · b: 2");
        QTest::newRow("nested abbreviated")
            << QJsonObject{{QStringLiteral("list"), QJsonArray{1, 2, 3}},
                           {QStringLiteral("obj"), QJsonObject{{QStringLiteral("k"), 1}}},
                           {QStringLiteral("none"), QJsonValue()},
                           {QStringLiteral("yes"), true}}
            << 160 << QStringLiteral("list: [3] · none: null · obj: {…} · yes: true");
        QTest::newRow("identifiers and hashes last")
            << QJsonObject{{QStringLiteral("decision_id"), QStringLiteral("dec_1")},
                           {QStringLiteral("entry_hash"), QStringLiteral("ab")},
                           {QStringLiteral("text_sha256"), QStringLiteral("cd")},
                           {QStringLiteral("outcome"), QStringLiteral("denied")},
                           {QStringLiteral("action"), QStringLiteral("notify")}}
            << 160
            << QStringLiteral(
                   "action: notify · outcome: denied · decision_id: dec_1 · entry_hash: ab · text_sha256: cd");
        QTest::newRow("newline flattened")
            << QJsonObject{{QStringLiteral("t"), QStringLiteral("a\nb")}} << 160 << QStringLiteral("t: a b");
        QTest::newRow("cut with an ellipsis") << QJsonObject{{QStringLiteral("k"), QStringLiteral("abcdefghijklmnop")}}
                                              << 10 << QStringLiteral("k: abcdef…");
    }

    void summarize()
    {
        QFETCH(QJsonObject, payload);
        QFETCH(int, maxChars);
        QFETCH(QString, line);
        QCOMPARE(LedgerEntriesModel::summarize(payload, maxChars), line);
    }

    void filtersByTypeAndText()
    {
        append(30); // indexes 1..30; user_created at 3, 6, ..., 30
        LedgerEntriesModel model(m_store.db);
        QCOMPARE(model.types(),
                 (QStringList{QStringLiteral("decision"), QStringLiteral("genesis"), QStringLiteral("user_created")}));
        model.setFilter({QStringLiteral("user_created"), {}});
        QCOMPARE(model.rowCount(), 10);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.entryAt(row)->type, QStringLiteral("user_created"));
        QCOMPARE(model.entryAt(0)->index, 30);

        // Text matches the payload's bytes, literally and in any case.
        model.setFilter({{}, QStringLiteral("\"N\":12,")});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entryAt(0)->index, 12);
        model.setFilter({QStringLiteral("decision"), QStringLiteral("APIKEY:BOT")});
        QCOMPARE(model.rowCount(), 20);
        model.setFilter({QStringLiteral("user_created"), QStringLiteral("apikey:bot")});
        QCOMPARE(model.rowCount(), 0);
        // % and _ are characters, not wildcards.
        model.setFilter({{}, QStringLiteral("%")});
        QCOMPARE(model.rowCount(), 0);
        model.setFilter({{}, QStringLiteral("user_")});
        QCOMPARE(model.rowCount(), 10);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 31);
    }

    void newEntriesAppearOnTop()
    {
        append(5);
        LedgerEntriesModel model(m_store.db);
        QSignalSpy grew(&model, &LedgerEntriesModel::ledgerSizeChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QCOMPARE(model.refresh(), 0); // nothing new: no rows, no signal
        QCOMPARE(grew.count(), 0);
        append(2); // indexes 6 (user_created) and 7
        QCOMPARE(model.refresh(), 2);
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.entryAt(0)->index, 7);
        QCOMPARE(model.entryAt(1)->index, 6);
        QCOMPARE(model.entryAt(2)->index, 5);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0); // inserted at the top
        QCOMPARE(grew.count(), 1);
        QCOMPARE(grew.at(0).at(0).toLongLong(), 8);

        // A filtered table takes only the matching new entries, but learns the size all the same.
        model.setFilter({QStringLiteral("user_created"), {}});
        QCOMPARE(model.rowCount(), 2);
        append(3); // 8, 9 (user_created), 10
        QCOMPARE(model.refresh(), 1);
        QCOMPARE(model.entryAt(0)->index, 9);
        QCOMPARE(model.ledgerSize(), 11);

        // A burst larger than a page reloads: the newest page is on top.
        model.setFilter({});
        append(LedgerEntriesModel::PageSize + 5);
        model.refresh();
        QCOMPARE(model.entryAt(0)->index, m_store.ledgerSize() - 1);
        QCOMPARE(model.rowCount(), LedgerEntriesModel::PageSize);
    }
};

QTEST_GUILESS_MAIN(TestLedgerEntriesModel)
#include "TestLedgerEntriesModel.moc"
