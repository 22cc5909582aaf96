#include "AuditFixture.h"
#include "audit/PacketReader.h"
#include "audit/PacketVerifier.h"
#include "crypto/NodeIdentity.h"
#include "crypto/Sha256.h"

#include <QFile>
#include <QtTest>

#include <zip.h>

using namespace Lexecon;

// PacketVerifier names each failed check and runs them all: a changed byte, a removed file, an
// added file, a re-signed SHA256SUMS, a swapped proof and a foreign key are each caught.
class TestPacketVerifier : public QObject
{
    Q_OBJECT

private:
    Test::AuditFixture m_fx;
    QString m_packet;
    int m_copies = 0;

    QString copy()
    {
        const QString to = m_fx.path(QStringLiteral("copy%1.zip").arg(++m_copies));
        QFile::remove(to);
        if (!QFile::copy(m_packet, to))
            qFatal("cannot copy the packet");
        QFile(to).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return to;
    }

    // Rewrites one entry (or deletes it when content is null, or adds it when absent) with libzip.
    static void rewrite(const QString &path, const QString &name, const QByteArray &content)
    {
        int error = 0;
        zip_t *za = zip_open(QFile::encodeName(path).constData(), 0, &error);
        QVERIFY(za);
        const zip_int64_t index = zip_name_locate(za, name.toUtf8().constData(), 0);
        if (content.isNull()) {
            QVERIFY(index >= 0);
            QCOMPARE(zip_delete(za, zip_uint64_t(index)), 0);
        } else {
            static QList<QByteArray> keep; // libzip reads the buffer at close
            keep.append(content);
            zip_source_t *src = zip_source_buffer(za, keep.last().constData(), zip_uint64_t(keep.last().size()), 0);
            if (index >= 0)
                QCOMPARE(zip_file_replace(za, zip_uint64_t(index), src, 0), 0);
            else
                QVERIFY(zip_file_add(za, name.toUtf8().constData(), src, 0) >= 0);
        }
        QCOMPARE(zip_close(za), 0);
    }

    QByteArray entry(const QString &name) { return PacketReader::open(m_packet).value()->read(name).value(); }

    PacketVerification verified(const QString &path, const QString &trusted = {})
    {
        auto v = PacketVerifier::verify(path, trusted);
        if (!v)
            qFatal("%s", qPrintable(v.error().message));
        return *v;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fx.open(8);
        m_packet = m_fx.path(QStringLiteral("packet.zip"));
        PacketTerms terms;
        terms.scope = QStringLiteral("all");
        terms.formats = PacketScope::parseFormats(QStringLiteral("json,csv,md,html")).value();
        auto built = m_fx.builder().build(terms, m_packet, Principal::system());
        QVERIFY2(built.ok(), qPrintable(built.error().message));
    }

    void intactPacketPassesEveryCheck()
    {
        const PacketVerification v = verified(m_packet, m_fx.ws->node().fingerprint());
        QVERIFY2(v.ok(), qPrintable(v.failedChecks().join(QLatin1Char(','))));
        QCOMPARE(v.checks.size(), 10);
        QVERIFY(v.proofs >= 8);
        QCOMPARE(v.fingerprint, m_fx.ws->node().fingerprint());
        QVERIFY(!v.check(QStringLiteral("trusted_key"))->skipped);
        // Without --trusted-key that check is skipped, not failed, and says why.
        const PacketVerification open = verified(m_packet);
        QVERIFY(open.ok());
        QVERIFY(open.check(QStringLiteral("trusted_key"))->skipped);
    }

    void trustedKeyFormsAreNormalized()
    {
        QString fp = m_fx.ws->node().fingerprint().toUpper();
        QString colons;
        for (int i = 0; i < fp.size(); i += 2)
            colons += (i ? QStringLiteral(":") : QString()) + fp.mid(i, 2);
        QVERIFY(verified(m_packet, colons).ok());
    }

    void tamperingIsCaughtAndNamed_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QStringList>("failed");
        QTest::newRow("changed byte") << "change" << QStringList{"file_hashes"};
        QTest::newRow("removed file") << "remove" << QStringList{"no_missing_files", "manifest"};
        QTest::newRow("added file") << "add" << QStringList{"no_unlisted_files", "manifest"};
        QTest::newRow("re-listed without the key") << "relist" << QStringList{"signature"};
        QTest::newRow("proof of another entry") << "swap-proof" << QStringList{"proofs"};
        QTest::newRow("foreign trusted key") << "trusted" << QStringList{"trusted_key"};
        QTest::newRow("packed evidence changed") << "evidence" << QStringList{"file_hashes", "evidence"};
        QTest::newRow("forged checkpoint") << "checkpoint" << QStringList{"checkpoint", "proofs"};
    }
    void tamperingIsCaughtAndNamed()
    {
        QFETCH(QString, action);
        QFETCH(QStringList, failed);
        const QString path = copy();
        QString trusted;
        if (action == QLatin1String("change")) {
            QByteArray json = entry(QStringLiteral("decisions.json"));
            json[json.indexOf("approved")] = 'A';
            rewrite(path, QStringLiteral("decisions.json"), json);
        } else if (action == QLatin1String("remove")) {
            rewrite(path, QStringLiteral("risk.json"), QByteArray());
        } else if (action == QLatin1String("add")) {
            rewrite(path, QStringLiteral("extra/notes.txt"), QByteArray("added later\n"));
        } else if (action == QLatin1String("relist")) {
            // Change a file and fix its line in SHA256SUMS: only the signature can tell.
            QByteArray md = entry(QStringLiteral("report.md")) + "\nAll clear.\n";
            rewrite(path, QStringLiteral("report.md"), md);
            QByteArray sums = entry(QStringLiteral("SHA256SUMS"));
            const QByteArray old = entry(QStringLiteral("report.md"));
            sums.replace(Sha256::hex(old).toLatin1(), Sha256::hex(md).toLatin1());
            rewrite(path, QStringLiteral("SHA256SUMS"), sums);
        } else if (action == QLatin1String("swap-proof")) {
            const QStringList names = PacketReader::open(m_packet).value()->names().filter(QStringLiteral("ledger/proofs/"));
            QVERIFY(names.size() >= 2);
            rewrite(path, names.at(0), entry(names.at(1)));
        } else if (action == QLatin1String("trusted")) {
            trusted = QString(64, QLatin1Char('0'));
        } else if (action == QLatin1String("evidence")) {
            QByteArray lines = entry(QStringLiteral("evidence/inline.jsonl"));
            const qsizetype at = lines.indexOf("\"content_base64\":\"") + 20;
            lines[at] = lines[at] == 'e' ? 'f' : 'e';
            rewrite(path, QStringLiteral("evidence/inline.jsonl"), lines);
        } else if (action == QLatin1String("checkpoint")) {
            QByteArray note = entry(QStringLiteral("ledger/checkpoint"));
            const int sig = note.lastIndexOf(' ');
            note[sig + 6] = note[sig + 6] == 'A' ? 'B' : 'A';
            rewrite(path, QStringLiteral("ledger/checkpoint"), note);
        }
        const PacketVerification v = verified(path, trusted);
        QVERIFY(!v.ok());
        for (const QString &name : failed)
            QVERIFY2(v.failedChecks().contains(name), qPrintable(name + QStringLiteral(" not in ") + v.failedChecks().join(QLatin1Char(','))));
        // Every check still ran.
        QCOMPARE(v.checks.size(), 10);
    }

    void damagedArchiveBytesAreCaught()
    {
        // A byte flipped in the zip itself, inside a stored proof: the reader's CRC check refuses it.
        const QString path = copy();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        const qsizetype at = bytes.indexOf("c2sp.org/tlog-proof@v1\nextra ");
        QVERIFY(at > 0);
        bytes[at + 40] = bytes[at + 40] == 'A' ? 'B' : 'A';
        f.seek(0);
        f.write(bytes);
        f.close();
        const PacketVerification v = verified(path);
        QVERIFY(!v.ok());
        QVERIFY(v.failedChecks().contains(QStringLiteral("file_hashes")));
        // The problem names the file once and says what happened, in words.
        QString problem;
        for (const PacketCheck &c : v.checks)
            if (c.name == QLatin1String("file_hashes") && !c.problems.isEmpty())
                problem = c.problems.first();
        QVERIFY2(problem.startsWith(QStringLiteral("The packet's file ledger/proofs/")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("its bytes were changed")), qPrintable(problem));
        QCOMPARE(problem.count(QStringLiteral("ledger/proofs/")), 1);
    }

    void notAZipIsBadInput()
    {
        QFile f(m_fx.path(QStringLiteral("not.zip")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
        f.close();
        auto v = PacketVerifier::verify(f.fileName());
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, Error::Code::InvalidInput);
        QCOMPARE(PacketVerifier::verify(m_fx.path(QStringLiteral("missing.zip"))).error().field, QStringLiteral("file"));
    }
};

QTEST_GUILESS_MAIN(TestPacketVerifier)
#include "TestPacketVerifier.moc"
