#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Lexecon::Test;

// `packet build` and `packet verify` against real peers: the packet of a demo workspace is
// unzipped and checked with sha256sum and openssl exactly as VERIFY.txt says; then a changed
// byte, a removed file, an added file (each re-zipped with Info-ZIP) and a wrong --trusted-key
// are each caught by `packet verify` naming the check. Four eyes through the CLI.
class TestPacketCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_packet;
    QString m_fingerprint;

    static CliResult shell(const QString &script) { return CliRunner::tool(QStringLiteral("sh"), {QStringLiteral("-c"), script}); }

    // A fresh extraction of the packet.
    QString extract(const QString &name)
    {
        const QString dir = m_dir.filePath(name);
        QDir(dir).removeRecursively();
        const CliResult r = CliRunner::tool(QStringLiteral("unzip"), {QStringLiteral("-q"), m_packet, QStringLiteral("-d"), dir});
        if (r.exitCode != 0)
            qFatal("unzip failed: %s", r.describe().constData());
        return dir;
    }

    // Zips a folder's contents back into a packet.
    QString rezip(const QString &dir)
    {
        const QString out = dir + QStringLiteral(".zip");
        QFile::remove(out);
        const CliResult r = shell(QStringLiteral("cd '%1' && zip -q -r '%2' .").arg(dir, out));
        if (r.exitCode != 0)
            qFatal("zip failed: %s", r.describe().constData());
        return out;
    }

    void expectCaught(const QString &packet, const QString &check, const QString &trusted = {})
    {
        QStringList args{QStringLiteral("packet"), QStringLiteral("verify"), packet};
        if (!trusted.isEmpty())
            args << QStringLiteral("--trusted-key") << trusted;
        const CliResult r = m_cli->runRaw(args);
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        QVERIFY2(jsonAt(r.object(), QStringLiteral("failed")).contains(check) || r.object().value(QStringLiteral("failed")).toArray().contains(check),
                 r.describe().constData());
        QVERIFY2(r.err.contains(check.toUtf8()), r.describe().constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *tool : {"unzip", "zip", "sha256sum", "openssl"})
            if (!CliRunner::hasTool(QLatin1String(tool)))
                QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(QLatin1String(tool))));
        m_cli = std::make_unique<CliRunner>(m_dir.path());
        const CliResult demo = m_cli->run({QStringLiteral("demo"), QStringLiteral("--decisions"), QStringLiteral("60")});
        QVERIFY2(demo.exitCode == 0, demo.describe().constData());
        m_fingerprint = m_cli->run({QStringLiteral("node"), QStringLiteral("key")}).object().value(QStringLiteral("fingerprint")).toString();
        QCOMPARE(m_fingerprint.size(), 64);
        m_packet = m_dir.filePath(QStringLiteral("packet.zip"));
        const CliResult built = m_cli->run({QStringLiteral("packet"), QStringLiteral("build"), QStringLiteral("--scope"),
                                            QStringLiteral("all"), QStringLiteral("--formats"),
                                            QStringLiteral("json,csv,md,html,pdf"), QStringLiteral("--out"), m_packet});
        QVERIFY2(built.exitCode == 0, built.describe().constData());
        QCOMPARE(jsonAt(built.object(), QStringLiteral("requester")), QStringLiteral("local-operator"));
        QVERIFY(jsonAt(built.object(), QStringLiteral("proofs")).toInt() >= 60);
    }

    void sha256sumAndOpensslAcceptIt()
    {
        const QString dir = extract(QStringLiteral("plain"));
        const CliResult sums = shell(QStringLiteral("cd '%1' && sha256sum -c --quiet SHA256SUMS").arg(dir));
        QVERIFY2(sums.exitCode == 0, sums.describe().constData());
        const CliResult sig = CliRunner::tool(QStringLiteral("openssl"),
                                              {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                                               QStringLiteral("-inkey"), dir + QStringLiteral("/node-public-key.pem"),
                                               QStringLiteral("-rawin"), QStringLiteral("-in"), dir + QStringLiteral("/SHA256SUMS"),
                                               QStringLiteral("-sigfile"), dir + QStringLiteral("/SHA256SUMS.sig")});
        QVERIFY2(sig.exitCode == 0 && sig.out.contains("Signature Verified Successfully"), sig.describe().constData());
        // The fingerprint VERIFY.txt tells the reader to compute is the node's.
        const CliResult fp = shell(QStringLiteral("openssl pkey -pubin -in '%1/node-public-key.pem' -outform DER | sha256sum").arg(dir));
        QVERIFY(fp.out.startsWith(m_fingerprint.toLatin1()));
        QVERIFY(QFile(dir + QStringLiteral("/report.pdf")).size() > 1000);
        QFile pdf(dir + QStringLiteral("/report.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly) && pdf.read(5) == "%PDF-");
    }

    // The report is readable, not a dump: charts in the HTML (inline SVG), drawn as pictures in
    // the PDF, whose headings and tables pdftotext reads back when poppler-utils is installed.
    void reportHasCharts()
    {
        const QString dir = extract(QStringLiteral("charts"));
        QFile html(dir + QStringLiteral("/report.html"));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(html.readAll());
        QVERIFY(page.contains(QStringLiteral("id=\"chart-outcomes-over-time\"")));
        QVERIFY(page.contains(QStringLiteral("<title id=\"chart-risk-levels-title\">Risk level distribution</title>")));
        QFile pdf(dir + QStringLiteral("/report.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().count("/Subtype /Image") >= 2);
        if (!CliRunner::hasTool(QStringLiteral("pdftotext")))
            QSKIP("pdftotext (poppler-utils) is not installed");
        const CliResult text = CliRunner::tool(QStringLiteral("pdftotext"), {dir + QStringLiteral("/report.pdf"), QStringLiteral("-")});
        QVERIFY2(text.exitCode == 0, text.describe().constData());
        const QString words = QString::fromUtf8(text.out).simplified();
        QVERIFY(words.contains(QStringLiteral("Decisions by outcome over time")));
        QVERIFY(words.contains(QStringLiteral("Risk level distribution")));
        QVERIFY(words.contains(QStringLiteral("SLA breaches by priority")));
    }

    void packetVerifyPasses()
    {
        const CliResult r = m_cli->runRaw({QStringLiteral("packet"), QStringLiteral("verify"), m_packet,
                                           QStringLiteral("--trusted-key"), m_fingerprint});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(jsonAt(r.object(), QStringLiteral("ok")), QStringLiteral("true"));
        QCOMPARE(jsonAt(r.object(), QStringLiteral("checks.#")), QStringLiteral("10"));
        // The re-zipped original (Info-ZIP, deflated) verifies too: the check is of content, not of our zip layout.
        const QString again = rezip(extract(QStringLiteral("same")));
        QCOMPARE(m_cli->runRaw({QStringLiteral("packet"), QStringLiteral("verify"), again}).exitCode, 0);
    }

    void changedByteIsCaught()
    {
        const QString dir = extract(QStringLiteral("changed"));
        QFile f(dir + QStringLiteral("/decisions.csv"));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        bytes[bytes.size() / 2] = bytes[bytes.size() / 2] == 'x' ? 'y' : 'x';
        f.seek(0);
        f.write(bytes);
        f.close();
        // sha256sum notices too.
        QVERIFY(shell(QStringLiteral("cd '%1' && sha256sum -c --quiet SHA256SUMS").arg(dir)).exitCode != 0);
        expectCaught(rezip(dir), QStringLiteral("file_hashes"));
    }

    void removedFileIsCaught()
    {
        const QString dir = extract(QStringLiteral("removed"));
        QVERIFY(QFile::remove(dir + QStringLiteral("/risk.json")));
        expectCaught(rezip(dir), QStringLiteral("no_missing_files"));
    }

    void addedFileIsCaught()
    {
        const QString dir = extract(QStringLiteral("added"));
        QFile f(dir + QStringLiteral("/evidence/extra-exhibit.txt"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("slipped in after signing\n");
        f.close();
        // sha256sum -c alone does not see an added file; packet verify does.
        QCOMPARE(shell(QStringLiteral("cd '%1' && sha256sum -c --quiet SHA256SUMS").arg(dir)).exitCode, 0);
        expectCaught(rezip(dir), QStringLiteral("no_unlisted_files"));
    }

    void wrongTrustedKeyIsCaught() { expectCaught(m_packet, QStringLiteral("trusted_key"), QString(64, QLatin1Char('a'))); }

    void notAPacketIsBadInput()
    {
        QCOMPARE(m_cli->runRaw({QStringLiteral("packet"), QStringLiteral("verify"), m_dir.filePath(QStringLiteral("none.zip"))}).exitCode, 2);
        QCOMPARE(m_cli->runRaw({QStringLiteral("packet"), QStringLiteral("verify")}).exitCode, 2);
    }

    void fourEyes()
    {
        QVERIFY(m_cli->run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bea"), QStringLiteral("--role"),
                            QStringLiteral("auditor"), QStringLiteral("--by"), QStringLiteral("ada")}).exitCode == 0);
        const CliResult requested = m_cli->run({QStringLiteral("packet"), QStringLiteral("request"), QStringLiteral("--scope"),
                                                QStringLiteral("override_only"), QStringLiteral("--formats"), QStringLiteral("json,md"),
                                                QStringLiteral("--by"), QStringLiteral("olivia")});
        QVERIFY2(requested.exitCode == 0, requested.describe().constData());
        const QString id = jsonAt(requested.object(), QStringLiteral("request_id"));
        const QString out = m_dir.filePath(QStringLiteral("eyes.zip"));
        // Not yet approved: nothing is built.
        CliResult r = m_cli->run({QStringLiteral("packet"), QStringLiteral("build"), QStringLiteral("--request"), id, QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 2 && !QFile::exists(out), r.describe().constData());
        // The requester cannot approve their own request.
        r = m_cli->run({QStringLiteral("packet"), QStringLiteral("approve"), id, QStringLiteral("--by"), QStringLiteral("olivia")});
        QVERIFY2(r.exitCode == 2 && r.err.contains("cannot also approve"), r.describe().constData());
        // An auditor cannot approve.
        r = m_cli->run({QStringLiteral("packet"), QStringLiteral("approve"), id, QStringLiteral("--by"), QStringLiteral("bea")});
        QVERIFY2(r.exitCode == 2 && r.err.contains("approve_audit_packet"), r.describe().constData());
        r = m_cli->run({QStringLiteral("packet"), QStringLiteral("approve"), id, QStringLiteral("--by"), QStringLiteral("omar")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = m_cli->run({QStringLiteral("packet"), QStringLiteral("build"), QStringLiteral("--request"), id, QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(jsonAt(r.object(), QStringLiteral("requester")), QStringLiteral("user:olivia"));
        QCOMPARE(jsonAt(r.object(), QStringLiteral("approver")), QStringLiteral("user:omar"));
        QCOMPARE(m_cli->runRaw({QStringLiteral("packet"), QStringLiteral("verify"), out}).exitCode, 0);
        // Reject needs a reason and is final.
        const QString other = jsonAt(m_cli->run({QStringLiteral("packet"), QStringLiteral("request"), QStringLiteral("--scope"),
                                                 QStringLiteral("all"), QStringLiteral("--by"), QStringLiteral("bea")}).object(),
                                     QStringLiteral("request_id"));
        r = m_cli->run({QStringLiteral("packet"), QStringLiteral("reject"), other, QStringLiteral("--by"), QStringLiteral("omar"),
                        QStringLiteral("--reason"), QStringLiteral("Scope is wider than the engagement letter allows.")});
        QVERIFY2(r.exitCode == 0 && jsonAt(r.object(), QStringLiteral("status")) == QLatin1String("rejected"), r.describe().constData());
        // The ledger still verifies after all of it.
        QCOMPARE(m_cli->run({QStringLiteral("ledger"), QStringLiteral("verify")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestPacketCli)
#include "TestPacketCli.moc"
