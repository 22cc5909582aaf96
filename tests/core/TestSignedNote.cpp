#include "crypto/Ed25519KeyPair.h"
#include "ledger/SignedNote.h"
#include "ledger/SignedNoteKey.h"

#include <QTest>

using namespace Lexecon;

namespace {

// Go's golang.org/x/mod/sumdb/note test vector (note_test.go, TestSign): key, text and the
// exact signature line Go produces.
const QString kGoVkey = QStringLiteral("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
const QByteArray kGoSeed = QByteArray::fromBase64("AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz").mid(1);
const QByteArray kGoText = "If you think cryptography is the answer to your problem,\n"
                           "then you don't know what your problem is.\n";
const QByteArray kGoNote =
    kGoText + "\n\xE2\x80\x94 PeterNeumann "
              "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

} // namespace

class TestSignedNote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesGoVerifierKey()
    {
        auto key = SignedNoteKey::parse(kGoVkey);
        QVERIFY2(key.ok(), qPrintable(key.error().message));
        QCOMPARE(key->name, QStringLiteral("PeterNeumann"));
        QCOMPARE(key->keyId, 0xc74f20a3u);
        QCOMPARE(key->publicKey.size(), 32);
        QCOMPARE(key->toString(), kGoVkey);
        QCOMPARE(SignedNoteKey::keyIdFor(key->name, key->publicKey), 0xc74f20a3u);
    }

    void parsesKeysWithPlusInTheirBase64()
    {
        // Base64 uses '+': only the first two '+' separate the parts.
        for (int i = 0; i < 20; ++i) {
            const Ed25519KeyPair pair = Ed25519KeyPair::generate();
            const SignedNoteKey made =
                SignedNoteKey::fromPublicKey(QStringLiteral("lexecon/node-0123456789ab"), pair.publicKey());
            auto back = SignedNoteKey::parse(made.toString());
            QVERIFY2(back.ok(), qPrintable(made.toString()));
            QCOMPARE(back->publicKey, pair.publicKey());
        }
        auto key =
            SignedNoteKey::parse(QStringLiteral("lexecon/x+cc1f510b+AXS/2yU762S90uJZbS1gwn2YSzd+PEjE/F6+7qbGSDJw"));
        QVERIFY(!key.ok()); // well formed, but the id belongs to another name
        QVERIFY(key.error().message.contains(QLatin1String("key id")));
        QVERIFY(SignedNoteKey::parse(
                    QStringLiteral("lexecon/node-000000000000+cc1f510b+AXS/2yU762S90uJZbS1gwn2YSzd+PEjE/F6+7qbGSDJw"))
                    .ok());
    }

    void rejectsBadVerifierKeys_data()
    {
        QTest::addColumn<QString>("vkey");
        QTest::newRow("empty") << QString();
        QTest::newRow("two parts") << QStringLiteral("PeterNeumann+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
        QTest::newRow("short hash") << QStringLiteral(
            "PeterNeumann+c74f20+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
        QTest::newRow("wrong hash") << QStringLiteral(
            "PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
        QTest::newRow("renamed") << QStringLiteral(
            "PeterNeumanm+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
        QTest::newRow("bad base64") << QStringLiteral(
            "PeterNeumann+c74f20a3+ARpc2QcUPDhMQeg!xbzhKqiBfsVkmqq/LDE4izWy10TW");
        QTest::newRow("wrong length") << QStringLiteral(
            "PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==");
        QTest::newRow("unknown algorithm")
            << QStringLiteral("PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
        QTest::newRow("space in name") << QStringLiteral(
            "Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
    }

    void rejectsBadVerifierKeys()
    {
        QFETCH(QString, vkey);
        auto key = SignedNoteKey::parse(vkey);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().field, QStringLiteral("key"));
        QVERIFY(key.error().message.contains(QLatin1String("node key")));
    }

    void signsExactlyLikeGo()
    {
        auto pair = Ed25519KeyPair::fromSeed(kGoSeed);
        QVERIFY(pair.ok());
        auto key = SignedNoteKey::parse(kGoVkey);
        QVERIFY(key.ok());
        QCOMPARE(pair->publicKey(), key->publicKey);
        auto note = SignedNote::sign(kGoText, key->name, key->keyId, [&](QByteArrayView m) { return pair->sign(m); });
        QVERIFY2(note.ok(), qPrintable(note.error().message));
        QCOMPARE(note->toBytes(), kGoNote);
    }

    void verifiesGoNote()
    {
        auto note = SignedNote::parse(kGoNote);
        QVERIFY2(note.ok(), qPrintable(note.error().message));
        QCOMPARE(note->text(), kGoText);
        QCOMPARE(note->signatures().size(), 1);
        QCOMPARE(note->signatures().first().keyId, 0xc74f20a3u);
        auto verified = note->verify(*SignedNoteKey::parse(kGoVkey));
        QVERIFY2(verified.ok(), qPrintable(verified.error().message));
        QCOMPARE(note->toBytes(), kGoNote);
    }

    void ignoresUnknownSignatures()
    {
        // A witness cosignature by another key must not make the note fail (signed-note spec).
        const Ed25519KeyPair other = Ed25519KeyPair::generate();
        const QByteArray extra =
            "\xE2\x80\x94 witness.example " + (QByteArray(4, '\x01') + other.sign(kGoText)).toBase64() + "\n";
        auto note = SignedNote::parse(kGoNote + extra);
        QVERIFY(note.ok());
        QCOMPARE(note->signatures().size(), 2);
        QVERIFY(note->verify(*SignedNoteKey::parse(kGoVkey)).ok());
    }

    void rejectsDamagedNotes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QByteArray edited = kGoNote;
        edited.replace("cryptography", "cryptographx");
        QByteArray badSig = kGoNote;
        badSig.replace("x08go/ZJ", "x08go/ZK");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("text edited") << edited << QStringLiteral("changed after");
        QTest::newRow("signature damaged") << badSig << QStringLiteral("changed after");
        QTest::newRow("truncated") << kGoNote.left(kGoNote.size() - 10) << QStringLiteral("truncated");
        QTest::newRow("no blank line") << kGoText << QStringLiteral("no blank line");
        QTest::newRow("hyphen not em dash")
            << QByteArray(kGoText + "\n- PeterNeumann x08go/ZJ\n") << QStringLiteral("em dash");
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01\x00\n\n",
                                              10)
                                << QStringLiteral("binary");
        QTest::newRow("no signature by key") << QByteArray(kGoText + "\n\xE2\x80\x94 someone.else AAAAAAAAAAAAAA==\n")
                                             << QStringLiteral("not signed by");
    }

    void rejectsDamagedNotes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        auto note = SignedNote::parse(bytes);
        Error error;
        if (note) {
            auto verified = note->verify(*SignedNoteKey::parse(kGoVkey));
            QVERIFY(!verified.ok());
            error = verified.error();
        } else {
            error = note.error();
        }
        QCOMPARE(error.code, Error::Code::Integrity);
        QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    }

    void refusesToSignBadText()
    {
        auto pair = Ed25519KeyPair::generate();
        auto sign = [&](QByteArrayView m) { return pair.sign(m); };
        QVERIFY(!SignedNote::sign("no newline", QStringLiteral("a/b"), 1, sign).ok());
        QVERIFY(!SignedNote::sign("tab\there\n", QStringLiteral("a/b"), 1, sign).ok());
        QVERIFY(!SignedNote::sign("fine\n", QStringLiteral("a b"), 1, sign).ok());
        QVERIFY(SignedNote::sign("fine\n", QStringLiteral("a/b"), 1, sign).ok());
    }
};

QTEST_GUILESS_MAIN(TestSignedNote)
#include "TestSignedNote.moc"
