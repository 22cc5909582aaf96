#include "CliRunner.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Lexecon::Test;

namespace {
const QString kPerson = QStringLiteral("Yves Quillfeather 1979-03-03");
}

// `lexecon-cli retention ...` and `erase subject` run as a compliance officer would.
class TestRetentionCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;

    CliResult ok(const QStringList &args)
    {
        CliResult r = m_cli->run(args);
        if (r.exitCode != 0)
            qWarning("%s", r.describe().constData());
        return r;
    }

    // The workspace's files holding needle (database, WAL, evidence).
    QStringList filesContaining(const QByteArray &needle)
    {
        QStringList hits;
        QDirIterator it(m_cli->dataDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                hits << f.fileName();
        }
        return hits;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = std::make_unique<CliRunner>(m_dir.path());
        QCOMPARE(ok({"init"}).exitCode, 0);
        QCOMPARE(
            ok({"policy", "load", QStringLiteral(LEXECON_SOURCE_DIR "/resources/policies/customer-support-ai.json")})
                .exitCode,
            0);
        QCOMPARE(ok({"user", "add", "ada", "--role", "admin"}).exitCode, 0);
        QCOMPARE(ok({"user", "add", "olivia", "--role", "compliance_officer", "--by", "ada"}).exitCode, 0);
        QCOMPARE(ok({"user", "add", "aubrey", "--role", "auditor", "--by", "ada"}).exitCode, 0);
    }

    void holdBlocksErasureAndTheLedgerSurvivesIt()
    {
        for (const char *action : {"read_ticket", "reply_customer"})
            QCOMPARE(ok({"decide", "--actor", "support_bot", "--action", action, "--resource", "ticket_system",
                         "--context", "subject_id=" + kPerson, "--intent", "Help " + kPerson})
                         .exitCode,
                     0);
        QCOMPARE(
            ok({"decide", "--actor", "support_bot", "--action", "read_ticket", "--context", "subject_id=someone else"})
                .exitCode,
            0);
        const QByteArray ledgerBefore = ok({"ledger", "entries"}).out;
        QVERIFY(!ledgerBefore.contains(kPerson.toUtf8()));
        QVERIFY(!filesContaining(kPerson.toUtf8()).isEmpty());

        // An auditor may not place a hold; an officer must give a reason.
        const CliResult auditor = m_cli->run({"retention", "hold", "--subject", kPerson, "--reason",
                                              "Court order 4711 of 2026-11-20.", "--by", "aubrey"});
        QVERIFY2(auditor.exitCode == 2 && auditor.err.contains("manage_compliance"), auditor.describe().constData());
        const CliResult noReason = m_cli->run({"retention", "hold", "--subject", kPerson, "--by", "olivia"});
        QVERIFY2(noReason.exitCode == 2 && noReason.err.contains("reason"), noReason.describe().constData());

        const CliResult hold = ok({"retention", "hold", "--subject", kPerson, "--reason",
                                   "Court order 4711 of 2026-11-20.", "--by", "olivia"});
        QCOMPARE(hold.exitCode, 0);
        const QString holdId = jsonAt(hold.object(), QStringLiteral("hold_id"));
        QVERIFY(holdId.startsWith(QLatin1String("hld_")));
        QCOMPARE(jsonAt(ok({"retention", "holds"}).array(), QStringLiteral("#")), QStringLiteral("1"));

        const CliResult refused = m_cli->run({"erase", "subject", kPerson, "--by", "olivia"});
        QVERIFY2(refused.exitCode == 2 && refused.err.contains(holdId.toUtf8()), refused.describe().constData());
        QVERIFY(!filesContaining(kPerson.toUtf8()).isEmpty());

        QCOMPARE(
            ok({"retention", "release", holdId, "--reason", "Court order 4711 lifted.", "--by", "olivia"}).exitCode, 0);
        QCOMPARE(jsonAt(ok({"retention", "holds"}).array(), QStringLiteral("#")), QStringLiteral("0"));
        const CliResult erased = ok({"erase", "subject", kPerson, "--by", "olivia"});
        QCOMPARE(erased.exitCode, 0);
        QCOMPARE(jsonAt(erased.object(), QStringLiteral("decisions")), QStringLiteral("2"));

        // The ledger still verifies; the entries before the erasure are the same bytes.
        QCOMPARE(ok({"ledger", "verify"}).exitCode, 0);
        const QByteArray ledgerAfter = ok({"ledger", "entries"}).out;
        QVERIFY(ledgerAfter.startsWith(ledgerBefore));
        QVERIFY(ledgerAfter.contains("subject_erased"));
        QVERIFY(!ledgerAfter.contains(kPerson.toUtf8()));
        // Not in the database, its WAL, evidence files, nor the released hold that named the person.
        QCOMPARE(filesContaining(kPerson.toUtf8()), QStringList());
        QVERIFY(!filesContaining("someone else").isEmpty());
    }

    void runAndStatus()
    {
        const CliResult run = ok({"retention", "run", "--by", "olivia", "--batch", "10"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.object().contains(QStringLiteral("anonymized")));
        const CliResult status = ok({"retention", "status"});
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(jsonAt(status.object(), QStringLiteral("total")), QStringLiteral("3"));
        const CliResult bad = m_cli->run({"retention", "run", "--by", "olivia", "--batch", "0"});
        QCOMPARE(bad.exitCode, 2);
        const CliResult unknown = m_cli->run({"retention", "purge"});
        QCOMPARE(unknown.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestRetentionCli)
#include "TestRetentionCli.moc"
