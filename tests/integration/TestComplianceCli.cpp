#include "CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Lexecon::Test;

// `lexecon-cli compliance ...` run as an officer would: the real binary on a real workspace.
class TestComplianceCli : public QObject
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

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = std::make_unique<CliRunner>(m_dir.path());
        QCOMPARE(ok({"init"}).exitCode, 0);
        QCOMPARE(ok({"policy", "load", QStringLiteral(LEXECON_SOURCE_DIR "/resources/policies/customer-support-ai.json")}).exitCode, 0);
        QCOMPARE(ok({"user", "add", "ada", "--role", "admin"}).exitCode, 0);
        QCOMPARE(ok({"user", "add", "olivia", "--role", "compliance_officer", "--by", "ada"}).exitCode, 0);
        QCOMPARE(ok({"user", "add", "aubrey", "--role", "auditor", "--by", "ada"}).exitCode, 0);
        QCOMPARE(ok({"decide", "--actor", "support_bot", "--action", "search_kb", "--resource", "ticket_system"}).exitCode, 0);
    }

    void frameworksListsNine()
    {
        const CliResult r = ok({"compliance", "frameworks"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.array().size(), 9);
        QCOMPARE(jsonAt(r.array(), QStringLiteral("1.control_count")), QStringLiteral("93")); // iso27001 comes second
    }

    void setIsRecordedAndShown()
    {
        const CliResult set = ok({"compliance", "set", "soc2", "CC1.2", "--status", "implemented", "--justification",
                                  "Board minutes of 2026-10-02 record independent oversight.", "--by", "olivia"});
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(jsonAt(set.object(), QStringLiteral("set_by")), QStringLiteral("user:olivia"));
        const CliResult one = ok({"compliance", "status", "soc2", "--control", "CC1.2"});
        QCOMPARE(jsonAt(one.object(), QStringLiteral("source")), QStringLiteral("manual"));
        QCOMPARE(jsonAt(one.object(), QStringLiteral("history.#")), QStringLiteral("1"));
        const CliResult entries = ok({"ledger", "entries"});
        QVERIFY(entries.out.contains("compliance_status_set"));
        QVERIFY(!entries.out.contains("Board minutes"));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("auditor") << QStringList{"compliance", "set", "soc2", "CC1.3", "--status", "implemented",
                                                "--justification", "Org chart approved by the board in 2026.", "--by", "aubrey"}
                                 << "manage_compliance";
        QTest::newRow("bad status") << QStringList{"compliance", "set", "soc2", "CC1.3", "--status", "done", "--justification",
                                                   "Org chart approved by the board in 2026.", "--by", "olivia"}
                                    << "not_implemented, partially_implemented";
        QTest::newRow("unknown framework") << QStringList{"compliance", "gaps", "sox"} << "iso27001";
        QTest::newRow("techdoc format") << QStringList{"compliance", "techdoc", "--format", "docx", "--out", "x"} << "md, html or pdf";
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliResult r = m_cli->run(args);
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.err.contains(message.toUtf8()), r.describe().constData());
    }

    void gapsOfIso27001()
    {
        const CliResult r = ok({"compliance", "gaps", "iso27001"});
        QCOMPARE(jsonAt(r.object(), QStringLiteral("controls")), QStringLiteral("93"));
        QVERIFY(r.object().value(QStringLiteral("gaps")).toArray().size() > 0);
    }

    void filesAreWritten()
    {
        const QString map = m_dir.filePath(QStringLiteral("soc2.md"));
        QCOMPARE(ok({"compliance", "soc2-map", "--out", map}).exitCode, 0);
        QFile md(map);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QByteArray text = md.readAll();
        QVERIFY(text.contains("### CC6.1 - "));
        QVERIFY(text.contains("Board minutes of 2026-10-02"));

        const QString html = m_dir.filePath(QStringLiteral("techdoc.html"));
        QCOMPARE(ok({"compliance", "techdoc", "--format", "html", "--out", html}).exitCode, 0);
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        QVERIFY(page.readAll().contains("<section id=\"known_limitations\">"));

        // The PDF is a real document whose text holds the sections (pdftotext, poppler-utils).
        const QString pdf = m_dir.filePath(QStringLiteral("techdoc.pdf"));
        QCOMPARE(ok({"compliance", "techdoc", "--format", "pdf", "--out", pdf}).exitCode, 0);
        QFile printed(pdf);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        QVERIFY(printed.read(5) == "%PDF-");
        const CliResult pdfText = CliRunner::tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(pdfText.exitCode == 0, pdfText.describe().constData());
        QVERIFY2(pdfText.out.contains("Human oversight"), pdfText.out.left(400).constData());
    }

    void oversightAndSnapshotAreJson()
    {
        const CliResult o = ok({"compliance", "oversight"});
        QCOMPARE(jsonAt(o.object(), QStringLiteral("decisions.total")), QStringLiteral("1"));
        const CliResult s = ok({"compliance", "snapshot"});
        QCOMPARE(jsonAt(s.object(), QStringLiteral("frameworks.#")), QStringLiteral("9"));
        QCOMPARE(jsonAt(s.object(), QStringLiteral("status_changes.#")), QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestComplianceCli)
#include "TestComplianceCli.moc"
