#include "MainWindow.h"
#include "ledger/CheckpointsPane.h"
#include "ledger/EntryProofPane.h"
#include "ledger/LedgerVerifyRunner.h"
#include "ledger/LedgerView.h"

#include "auth/Principal.h"
#include "ledger/CheckpointService.h"
#include "ledger/LedgerEntriesModel.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerWriter.h"
#include "ledger/MerkleFrontier.h"
#include "ledger/MerkleTree.h"
#include "mock/MockClock.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Lexecon;

namespace {

// A workspace with count entries after the genesis: every fourth a "note" by user:amy, the rest
// "decision" by apikey:bot.
std::unique_ptr<Workspace> makeWorkspace(const QTemporaryDir &dir, const Clock &clock, int count)
{
    auto ws = Workspace::open(dir.path(), clock, true);
    if (!ws)
        qFatal("cannot open a workspace: %s", qPrintable(ws.error().message));
    for (int i = 0; i < count; ++i) {
        const bool note = i % 4 == 3;
        auto r = (*ws)->ledger().append({note ? QStringLiteral("note") : QStringLiteral("decision"),
                                         note ? QStringLiteral("user:amy") : QStringLiteral("apikey:bot"),
                                         {{QStringLiteral("n"), i}},
                                         {}});
        if (!r)
            qFatal("cannot append: %s", qPrintable(r.error().message));
    }
    return std::move(ws).value();
}

// Appends count entries in one transaction, straight into the tables (entries and Merkle leaves),
// for a ledger big enough that verifying it takes a while.
void bulkAppend(const std::shared_ptr<Database> &db, int count)
{
    LedgerStore store(db);
    const qint64 first = store.size().value();
    QString prev = store.entry(first - 1).value().entryHash;
    auto written = db->write([&](QSqlDatabase &c) -> Result<void> {
        QList<QByteArray> leaves;
        for (qint64 i = first; i < first + count; ++i) {
            const LedgerEntry e =
                LedgerEntry::make(i, QStringLiteral("2026-11-22T10:00:00.000Z"), QStringLiteral("decision"),
                                  QStringLiteral("apikey:bot"), {{QStringLiteral("n"), i}}, prev);
            if (auto r =
                    Sql::execOne(c,
                                 QStringLiteral("INSERT INTO ledger_entries (idx, timestamp, type, actor, entry_hash, "
                                                "canonical) VALUES (?, ?, ?, ?, ?, ?)"),
                                 {e.index, e.timestamp, e.type, e.actor, e.entryHash, e.canonical});
                !r)
                return r;
            leaves << MerkleTree::leafHash(e.canonical);
            prev = e.entryHash;
        }
        MerkleFrontier frontier;
        return MerkleTree::appendLeaves(c, first, leaves, frontier);
    });
    if (!written)
        qFatal("cannot fill the ledger: %s", qPrintable(written.error().message));
}

// Runs the real lexecon-cli; the exit code and what it printed.
int runCli(const QStringList &args, QByteArray *out = nullptr)
{
    QProcess cli;
    cli.start(QStringLiteral(LEXECON_CLI_BINARY), args);
    if (!cli.waitForFinished(30000))
        return -1;
    if (out)
        *out = cli.readAllStandardOutput() + cli.readAllStandardError();
    return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
}

bool waitForVerification(Ui::LedgerView &view)
{
    return QTest::qWaitFor([&] { return !view.verifier()->isRunning() && view.verifyButton()->isEnabled(); }, 60000);
}

} // namespace

class TestLedgerView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MockClock m_clock;
    std::unique_ptr<Workspace> m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = makeWorkspace(m_dir, m_clock, 39); // 40 entries with the genesis
    }

    void isTheLedgerViewOfTheMainWindow()
    {
        Ui::MainWindow window(*m_ws);
        QVERIFY(window.viewNames().contains(QStringLiteral("ledger")));
        QVERIFY(window.showView(QStringLiteral("ledger")));
        QVERIFY(window.findChild<Ui::LedgerView *>());
    }

    void rendersTheLedgerViewToAPicture()
    {
        QTemporaryDir out;
        const QString png = out.filePath(QStringLiteral("ledger.png"));
        QProcess gui;
        gui.start(QStringLiteral(LEXECON_GUI_BINARY),
                  {QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--view"), QStringLiteral("ledger"),
                   QStringLiteral("--screenshot"), png});
        QVERIFY(gui.waitForFinished(60000));
        QVERIFY2(gui.exitCode() == 0, gui.readAllStandardError().constData());
        QImage shot(png);
        QVERIFY(!shot.isNull());
        QVERIFY(shot.width() >= 800);
    }

    void showsEntriesNewestFirstAndFilters()
    {
        Ui::LedgerView view(*m_ws);
        view.show();
        LedgerEntriesModel *model = view.model();
        // The entries show at once; the type list (a scan of the whole ledger) arrives from a worker.
        QVERIFY(view.isLoading());
        QCOMPARE(view.typeFilter()->count(), 1);
        QCOMPARE(model->rowCount(), 40);
        QTRY_VERIFY(!view.isLoading());
        QCOMPARE(model->entryAt(0)->index, 39);
        // The newest entry is selected and shown.
        QCOMPARE(view.proofPane()->entryIndex(), 39);

        QComboBox *type = nullptr;
        for (QComboBox *box : view.findChildren<QComboBox *>()) {
            if (box->accessibleName() == QLatin1String("Entry type filter"))
                type = box;
        }
        QVERIFY(type);
        QVERIFY(type->findData(QStringLiteral("note")) > 0);
        type->setCurrentIndex(type->findData(QStringLiteral("note")));
        QCOMPARE(model->rowCount(), 9);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->entryAt(row)->type, QStringLiteral("note"));

        // Typing narrows by text within the type; clearing brings them back.
        QLineEdit *search = nullptr;
        for (QLineEdit *edit : view.findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == QLatin1String("Search the ledger"))
                search = edit;
        }
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("\"n\":7}"));
        QCOMPARE(model->rowCount(), 9); // the search runs once typing pauses
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->entryAt(0)->index, 8);
        search->clear();
        QTest::keyClick(search, Qt::Key_Return); // Return searches at once
        QCOMPARE(model->rowCount(), 9);
        type->setCurrentIndex(0);
        QCOMPARE(model->rowCount(), 40);
    }

    void newEntriesAppearByThemselves()
    {
        Ui::LedgerView view(*m_ws);
        QTRY_VERIFY(!view.isLoading());
        view.show();
        const int before = view.model()->rowCount();
        for (int i = 0; i < 2; ++i)
            QVERIFY(m_ws->ledger().append({QStringLiteral("late"), QStringLiteral("system"), {}, {}}).ok());
        // The view's own timer picks them up, with the new type in the filter.
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), before + 2, 5000);
        QCOMPARE(view.model()->entryAt(0)->type, QStringLiteral("late"));
        auto *type = view.findChildren<QComboBox *>().first();
        QVERIFY(type->findData(QStringLiteral("late")) > 0);
    }

    void signsACheckpointAndShowsTheProof()
    {
        Ui::LedgerView view(*m_ws);
        QTRY_VERIFY(!view.isLoading());
        view.show();
        Ui::EntryProofPane *proof = view.proofPane();
        Ui::CheckpointsPane *checkpoints = view.checkpointsPane();
        const qint64 size = LedgerStore(m_ws->database()).size().value();
        if (checkpoints->latestTreeSize() < size) // selecting never signs: no proof of the newest yet
            QVERIFY(proof->proof().isEmpty());

        // A viewer may not sign; the refusal names the missing permission.
        view.setActingUser(Principal::user(QStringLiteral("vera"), Role::Viewer));
        QVERIFY(!checkpoints->signButton()->isEnabled());
        const QString refused = checkpoints->signNow();
        QVERIFY2(refused.contains(QLatin1String("vera")), qPrintable(refused));
        QVERIFY(checkpoints->latestTreeSize() < size);

        view.setActingUser(Principal::user(QStringLiteral("ada"), Role::Admin));
        QVERIFY(checkpoints->signButton()->isEnabled());
        QTest::mouseClick(checkpoints->signButton(), Qt::LeftButton);
        QCOMPARE(checkpoints->latestTreeSize(), size);
        QTreeWidget *list = checkpoints->list();
        QVERIFY(list->topLevelItemCount() >= 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QString::number(size)); // newest first
        QCOMPARE(list->topLevelItem(0)->text(2),
                 QString::fromLatin1(m_ws->checkpoints().latest().value()->rootHash.toBase64()));

        // The selected (newest) entry now has its proof, the same text the CLI prints.
        QCOMPARE(proof->entryIndex(), size - 1);
        QVERIFY(proof->proof().startsWith("c2sp.org/tlog-proof@v1\n"));
        QCOMPARE(proof->proof(), m_ws->checkpoints().inclusionProof(size - 1).value().toText());
    }

    void exportedProofVerifiesWithTheCli()
    {
        Ui::LedgerView view(*m_ws);
        QTRY_VERIFY(!view.isLoading());
        view.show();
        QVERIFY(m_ws->checkpoints().checkpoint().ok());
        view.refresh();
        const int row = view.model()->rowOf(5);
        QVERIFY(row >= 0);
        view.table()->selectRow(row);
        QCOMPARE(view.proofPane()->entryIndex(), 5);
        QVERIFY(!view.proofPane()->proof().isEmpty());

        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("entry-5.tlog-proof"));
        const QString problem = view.proofPane()->exportProof(path);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString key = m_ws->checkpoints().verifierKey();
        QByteArray printed;
        QCOMPARE(runCli({QStringLiteral("ledger"), QStringLiteral("verify-proof"), path, QStringLiteral("--key"), key},
                        &printed),
                 0);
        QVERIFY2(printed.contains("\"ok\": true") || printed.contains("\"ok\":true"), printed.constData());
        QVERIFY2(printed.contains("\"index\": 5") || printed.contains("\"index\":5"), printed.constData());

        // The same file edited by hand: one character of the first path hash, then the entry.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        file.close();
        QList<QByteArray> lines = original.split('\n');
        QVERIFY(lines.size() > 4 && lines.at(1).startsWith("extra ") && lines.at(2) == "index 5");
        const auto withLine = [&lines](int at, const QByteArray &line) {
            QList<QByteArray> copy = lines;
            copy[at] = line;
            return copy.join('\n');
        };
        QList<QByteArray> edits;
        QByteArray hashEdited = lines.at(3);
        hashEdited[0] = hashEdited.at(0) == 'A' ? 'B' : 'A';
        edits << withLine(3, hashEdited);
        const QByteArray entry = QByteArray::fromBase64(lines.at(1).mid(6));
        QVERIFY(entry.contains("\"n\":4"));
        QByteArray entryEdited = entry;
        entryEdited.replace("\"n\":4", "\"n\":9");
        edits << withLine(1, "extra " + entryEdited.toBase64());
        for (const QByteArray &edited : edits) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(edited);
            file.close();
            QVERIFY(
                runCli({QStringLiteral("ledger"), QStringLiteral("verify-proof"), path, QStringLiteral("--key"), key},
                       &printed) != 0);
            QVERIFY2(printed.contains("\"ok\": false") || printed.contains("\"ok\":false"), printed.constData());
        }
    }

    void verifyReportsAGoodLedger()
    {
        Ui::LedgerView view(*m_ws);
        QTRY_VERIFY(!view.isLoading());
        view.show();
        QVERIFY(!view.progressBar()->isVisible());
        QTest::mouseClick(view.verifyButton(), Qt::LeftButton);
        QVERIFY(waitForVerification(view));
        const QString text = view.verificationText();
        QVERIFY2(text.startsWith(QLatin1String("The ledger verifies")), qPrintable(text));
        QVERIFY2(text.contains(QString::number(LedgerStore(m_ws->database()).size().value())), qPrintable(text));
        QVERIFY(!view.progressBar()->isVisible());
        QVERIFY(!view.cancelButton()->isVisible());
    }

    // A large ledger verifies on another thread: progress arrives while the GUI thread keeps
    // turning its event loop, and the result is right.
    void verifyKeepsTheWindowResponsive()
    {
        QTemporaryDir dir;
        auto ws = makeWorkspace(dir, m_clock, 1);
        bulkAppend(ws->database(), 60000);
        QVERIFY(ws->checkpoints().checkpoint().ok()); // a checkpoint over the bulk entries checks the leaves
        Ui::LedgerView view(*ws);
        QTRY_VERIFY(!view.isLoading());
        view.show();
        QSignalSpy progressed(view.verifier(), &Ui::LedgerVerifyRunner::progressed);
        int ticks = 0;
        QTimer heartbeat;
        connect(&heartbeat, &QTimer::timeout, this, [&ticks] { ++ticks; });
        heartbeat.start(1);
        view.startVerification();
        QVERIFY(view.progressBar()->isVisible());
        QVERIFY(view.cancelButton()->isVisible());
        QVERIFY(!view.verifyButton()->isEnabled());
        QVERIFY(waitForVerification(view));
        QVERIFY(ticks > 0);
        QVERIFY(progressed.count() > 0);
        QCOMPARE(progressed.last().at(1).toLongLong(), 60002);
        QVERIFY2(view.verificationText().startsWith(QLatin1String("The ledger verifies: 60002 entries")),
                 qPrintable(view.verificationText()));
    }

    void cancelStopsTheVerification()
    {
        QTemporaryDir dir;
        auto ws = makeWorkspace(dir, m_clock, 1);
        bulkAppend(ws->database(), 200000);
        Ui::LedgerView view(*ws);
        QTRY_VERIFY(!view.isLoading());
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view)); // window shortcuts (Esc) work in the active window
        QSignalSpy cancelled(view.verifier(), &Ui::LedgerVerifyRunner::cancelled);
        QSignalSpy verified(view.verifier(), &Ui::LedgerVerifyRunner::verified);
        QTest::mouseClick(view.verifyButton(), Qt::LeftButton);
        QVERIFY(view.cancelButton()->isVisible());
        QTest::keyClick(&view, Qt::Key_Escape); // Esc cancels, like the button
        QVERIFY(waitForVerification(view));
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(verified.count(), 0);
        QVERIFY2(view.verificationText().contains(QLatin1String("cancelled")), qPrintable(view.verificationText()));
        QVERIFY(!view.progressBar()->isVisible());
        // It can run again, to the end.
        view.startVerification();
        QVERIFY(waitForVerification(view));
        QCOMPARE(verified.count(), 1);
    }

    void verifyNamesTheFirstBadEntry()
    {
        QTemporaryDir dir;
        auto ws = makeWorkspace(dir, m_clock, 20);
        Ui::LedgerView view(*ws);
        QTRY_VERIFY(!view.isLoading());
        view.show();
        // Rewrite entry 12's bytes behind the triggers' back, as an attacker with the file would.
        QSqlDatabase conn = ws->database()->connection();
        QVERIFY(Sql::exec(conn, QStringLiteral("DROP TRIGGER ledger_entries_no_update")).ok());
        QVERIFY(Sql::exec(conn,
                          QStringLiteral("UPDATE ledger_entries SET canonical = CAST(replace(CAST(canonical AS TEXT), "
                                         "'\"n\":11', '\"n\":99') AS BLOB) WHERE idx = 12"))
                    .ok());
        QTest::mouseClick(view.verifyButton(), Qt::LeftButton);
        QVERIFY(waitForVerification(view));
        const QString text = view.verificationText();
        QVERIFY2(text.startsWith(QLatin1String("The ledger does not verify from entry 12 on:")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("does not match its hash")), qPrintable(text));
        // The bad entry is selected for a look.
        QCOMPARE(view.proofPane()->entryIndex(), 12);
    }
};

QTEST_MAIN(TestLedgerView)
#include "TestLedgerView.moc"
