#include "crypto/Ed25519KeyPair.h"
#include "crypto/NodeIdentity.h"
#include "ledger/CheckpointService.h"
#include "ledger/LedgerWriter.h"
#include "ledger/SignedNoteKey.h"
#include "ledger/TlogProof.h"
#include "ledger/TlogProofVerifier.h"
#include "mock/MockClock.h"
#include "storage/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

class TestTlogProof : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MockClock m_clock;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<NodeIdentity> m_node;
    QString m_vkey;
    QByteArray m_proof3; // proof of entry 3 in a tree of 6
    QByteArray m_proof4;

private Q_SLOTS:
    void initTestCase()
    {
        QFile secret(m_dir.filePath(QStringLiteral("secret")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("tlog proof test passphrase\n");
        secret.close();
        secret.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        qputenv("LEXECON_SECRET_FILE", secret.fileName().toLocal8Bit());
        auto db = Database::open(m_dir.filePath(QStringLiteral("p.db")));
        QVERIFY(db.ok());
        m_db = *db;
        auto node = NodeIdentity::openOrCreate(m_db, m_clock);
        QVERIFY(node.ok());
        m_node = std::make_unique<NodeIdentity>(*node);
        LedgerWriter writer(m_db, m_clock);
        QVERIFY(writer.ensureGenesis(m_node->genesisPayload()).ok());
        for (int i = 0; i < 5; ++i)
            QVERIFY(
                writer.append({QStringLiteral("decision"), QStringLiteral("system"), {{QStringLiteral("n"), i}}, {}})
                    .ok());
        CheckpointService service(m_db, *m_node, nullptr, m_clock);
        m_vkey = service.verifierKey();
        auto p3 = service.inclusionProof(3);
        auto p4 = service.inclusionProof(4);
        QVERIFY(p3.ok() && p4.ok());
        m_proof3 = p3->toText();
        m_proof4 = p4->toText();
    }

    void formatsAndParsesTheC2spLayout()
    {
        TlogProof p;
        p.extra = "{\"index\":2}";
        p.index = 2;
        p.hashes = {QByteArray(32, 'a'), QByteArray(32, 'b')};
        p.checkpointNote = "log\n3\nroot\n\n\xE2\x80\x94 log sig\n";
        const QByteArray text = p.toText();
        QCOMPARE(text, QByteArray("c2sp.org/tlog-proof@v1\nextra eyJpbmRleCI6Mn0=\nindex 2\n" +
                                  QByteArray(32, 'a').toBase64() + "\n" + QByteArray(32, 'b').toBase64() + "\n\n" +
                                  p.checkpointNote));
        auto back = TlogProof::parse(text);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->extra, p.extra);
        QCOMPARE(back->index, 2);
        QCOMPARE(back->hashes, p.hashes);
        QCOMPARE(back->checkpointNote, p.checkpointNote);
        // Without extra data the extra line is left out, as the spec says.
        p.extra.clear();
        QVERIFY(p.toText().startsWith("c2sp.org/tlog-proof@v1\nindex 2\n"));
        QVERIFY(TlogProof::parse(p.toText()).ok());
    }

    // Hash lines: the canonical standard base64 of 32 bytes and nothing else, decoded to exactly
    // the bytes Qt's decoder gives.
    void hashLinesAreCanonicalBase64_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("valid");
        QByteArray all;
        for (int i = 0; i < 32; ++i)
            all += char(i * 8 + 3);
        const QByteArray good = all.toBase64();
        QTest::newRow("canonical") << good << true;
        QTest::newRow("all ones") << QByteArray(32, char(0xff)).toBase64() << true;
        QTest::newRow("zeros") << QByteArray(32, '\0').toBase64() << true;
        QByteArray padBits = good;
        padBits[42] = 'B'; // 'A' + 1: a padding bit set, same bytes in a second spelling
        QTest::newRow("padding bits set") << padBits << false;
        QTest::newRow("no padding") << good.left(43) << false;
        QTest::newRow("31 bytes") << QByteArray(31, 'a').toBase64() << false;
        QTest::newRow("33 bytes") << QByteArray(33, 'a').toBase64() << false;
        QTest::newRow("url-safe letter") << QByteArray(good).replace('+', '-').replace('/', '_')
                                         << (good.indexOf('+') < 0 && good.indexOf('/') < 0);
        QByteArray space = good;
        space[10] = ' ';
        QTest::newRow("space inside") << space << false;
        QTest::newRow("trailing space") << good + ' ' << false;
        QByteArray highBit = good;
        highBit[5] = char(0xC3);
        QTest::newRow("non-ascii") << highBit << false;
    }

    void hashLinesAreCanonicalBase64()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, valid);
        TlogProof p;
        p.index = 0;
        p.hashes = {QByteArray(32, 'h')};
        p.checkpointNote = "log\n1\nroot\n\n\xE2\x80\x94 log sig\n";
        QByteArray text = p.toText();
        text.replace(QByteArray(32, 'h').toBase64(), line);
        auto parsed = TlogProof::parse(text);
        QCOMPARE(parsed.ok(), valid);
        if (valid) {
            QCOMPARE(parsed->hashes.size(), 1);
            QCOMPARE(parsed->hashes.first(), QByteArray::fromBase64(line));
        }
    }

    void verifiesRealProofs()
    {
        const SignedNoteKey key = *SignedNoteKey::parse(m_vkey);
        auto check = TlogProofVerifier::verify(m_proof3, key);
        QVERIFY2(check.ok(), qPrintable(check.error().message));
        QCOMPARE(check->index, 3);
        QCOMPARE(check->treeSize, 6);
        QCOMPARE(check->origin, m_node->defaultOrigin());
        QVERIFY(check->entry.contains("\"index\":3"));
        QVERIFY(m_proof3.startsWith("c2sp.org/tlog-proof@v1\nextra "));
    }

    void neverAcceptsOrCrashesOnDamagedCopies()
    {
        // Every single-byte change and every truncation of a real proof is caught with a sentence.
        const SignedNoteKey key = *SignedNoteKey::parse(m_vkey);
        for (qsizetype i = 0; i < m_proof3.size(); ++i) {
            QByteArray damaged = m_proof3;
            damaged[i] = char(damaged[i] ^ 0x01);
            auto check = TlogProofVerifier::verify(damaged, key);
            QVERIFY2(!check.ok(), qPrintable(QStringLiteral("byte %1 flipped was accepted").arg(i)));
            QCOMPARE(check.error().code, Error::Code::Integrity);
            QVERIFY(!check.error().message.isEmpty());
            QVERIFY(!TlogProofVerifier::verify(m_proof3.left(i), key).ok());
        }
    }

    void rejectsBadProofs_data()
    {
        QTest::addColumn<QByteArray>("proof");
        QTest::addColumn<QString>("vkey");
        QTest::addColumn<QString>("expected");
        const QStringList lines = QString::fromUtf8(m_proof3).split(QLatin1Char('\n'));
        auto withLine = [&](int i, const QString &line) {
            QStringList l = lines;
            l[i] = line;
            return l.join(QLatin1Char('\n')).toUtf8();
        };
        // lines: 0 header, 1 extra, 2 index, 3.. hashes, blank, origin, size, root, blank, signature
        const int hashCount = lines.indexOf(QString()) - 3;
        const int sizeLine = 3 + hashCount + 2;
        QByteArray otherExtra = m_proof4.split('\n').at(1);
        const Ed25519KeyPair other = Ed25519KeyPair::generate();
        const QString otherKey =
            SignedNoteKey::fromPublicKey(QStringLiteral("lexecon/node-000000000000"), other.publicKey()).toString();
        const QString sameNameOtherKey =
            SignedNoteKey::fromPublicKey(m_node->defaultOrigin(), other.publicKey()).toString();
        QByteArray flippedHash = withLine(3, QString::fromLatin1(QByteArray(32, 'x').toBase64()));

        QTest::newRow("checkpoint size edited")
            << withLine(sizeLine, QStringLiteral("7")) << m_vkey << QStringLiteral("changed after");
        QTest::newRow("checkpoint root edited")
            << withLine(sizeLine + 1, QString::fromLatin1(QByteArray(32, 'r').toBase64())) << m_vkey
            << QStringLiteral("changed after");
        QTest::newRow("index of another entry")
            << withLine(2, QStringLiteral("index 4")) << m_vkey << QStringLiteral("another entry");
        QTest::newRow("entry of another index")
            << withLine(1, QString::fromLatin1(otherExtra)) << m_vkey << QStringLiteral("another entry");
        QTest::newRow("proof of another entry") << m_proof4 << m_vkey << QString(); // valid: control row
        QTest::newRow("inclusion hash edited") << flippedHash << m_vkey << QStringLiteral("not proven");
        QTest::newRow("key of another node") << m_proof3 << otherKey << QStringLiteral("not signed by");
        QTest::newRow("same name, other key") << m_proof3 << sameNameOtherKey << QStringLiteral("not signed by");
        QTest::newRow("truncated in the proof")
            << m_proof3.left(m_proof3.indexOf("\n\n") - 5) << m_vkey << QStringLiteral("truncated");
        QTest::newRow("truncated in the note")
            << m_proof3.left(m_proof3.size() - 20) << m_vkey << QStringLiteral("truncated");
        QTest::newRow("only the header") << QByteArray("c2sp.org/tlog-proof@v1\n") << m_vkey
                                         << QStringLiteral("truncated");
        QTest::newRow("a checkpoint, not a proof")
            << m_proof3.mid(m_proof3.indexOf("\n\n") + 2) << m_vkey << QStringLiteral("not a valid tlog-proof");
        QTest::newRow("json file") << QByteArray("{\"index\": 3}\n") << m_vkey
                                   << QStringLiteral("not a valid tlog-proof");
        QTest::newRow("binary file") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) << m_vkey
                                     << QStringLiteral("not a valid tlog-proof");
        QTest::newRow("empty file") << QByteArray() << m_vkey << QStringLiteral("not a valid tlog-proof");
        QTest::newRow("no entry") << withLine(1, QStringLiteral("extra ")).replace("extra \n", "") << m_vkey
                                  << QStringLiteral("carries no entry");
        QTest::newRow("index past the checkpoint")
            << withLine(2, QStringLiteral("index 6")) << m_vkey << QStringLiteral("covers only");
        QTest::newRow("index with leading zero")
            << withLine(2, QStringLiteral("index 03")) << m_vkey << QStringLiteral("index line");
        QTest::newRow("extra not base64")
            << withLine(1, QStringLiteral("extra !!")) << m_vkey << QStringLiteral("extra line");
        QTest::newRow("extra not an entry")
            << withLine(1, QStringLiteral("extra aGVsbG8=")) << m_vkey << QStringLiteral("not a ledger entry");
    }

    void rejectsBadProofs()
    {
        QFETCH(QByteArray, proof);
        QFETCH(QString, vkey);
        QFETCH(QString, expected);
        auto key = SignedNoteKey::parse(vkey);
        QVERIFY(key.ok());
        auto check = TlogProofVerifier::verify(proof, *key);
        if (expected.isEmpty()) {
            QVERIFY2(check.ok(), qPrintable(check.error().message));
            return;
        }
        QVERIFY(!check.ok());
        QCOMPARE(check.error().code, Error::Code::Integrity);
        QVERIFY2(check.error().message.contains(expected), qPrintable(check.error().message));
    }
};

QTEST_GUILESS_MAIN(TestTlogProof)
#include "TestTlogProof.moc"
