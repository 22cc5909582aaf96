#include "crypto/Ed25519.h"
#include "crypto/Ed25519KeyPair.h"
#include "crypto/NodeIdentity.h"
#include "crypto/SecretBox.h"
#include "mock/MockClock.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtEndian>

using namespace Lexecon;

class TestNodeIdentity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MockClock m_clock;
    QByteArray m_savedSecretFile;
    int m_dbCount = 0;

    QString secretFile(const QString &name, const QByteArray &passphrase)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(passphrase);
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    std::shared_ptr<Database> freshDb(QString *path = nullptr)
    {
        const QString p = m_dir.filePath(QStringLiteral("n%1.db").arg(++m_dbCount));
        if (path)
            *path = p;
        return Database::open(p).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_savedSecretFile = qgetenv("LEXECON_SECRET_FILE");
        qputenv("LEXECON_SECRET_FILE", secretFile(QStringLiteral("secret"), "node test passphrase\n").toLocal8Bit());
    }
    void cleanupTestCase() { qputenv("LEXECON_SECRET_FILE", m_savedSecretFile); }

    void createsAndPersistsAcrossReopen()
    {
        QString path;
        auto db = freshDb(&path);
        auto first = NodeIdentity::openOrCreate(db, m_clock);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QVERIFY(first->nodeId().startsWith(QLatin1String("node-")));
        QCOMPARE(first->nodeId().size(), 17);
        QCOMPARE(first->nodeId().mid(5), first->fingerprint().left(12));
        QCOMPARE(first->createdAt(), QStringLiteral("2026-11-22T10:00:00.000Z"));
        QCOMPARE(first->kekSource(), QStringLiteral("passphrase_file"));
        QCOMPARE(first->publicKeyRaw().size(), 32);
        const QByteArray signature = first->sign("hello");
        const QByteArray fieldBox = SecretBox::encrypt(first->fieldKey(), "totp").value();

        db.reset();
        auto reopened = NodeIdentity::openOrCreate(Database::open(path).value(), m_clock);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
        QCOMPARE(reopened->nodeId(), first->nodeId());
        QCOMPARE(reopened->publicKeyRaw(), first->publicKeyRaw());
        QCOMPARE(reopened->fingerprint(), first->fingerprint());
        // Ed25519 is deterministic: the same key signs the same bytes identically.
        QCOMPARE(reopened->sign("hello"), signature);
        QVERIFY(reopened->verify("hello", signature));
        QCOMPARE(SecretBox::decrypt(reopened->fieldKey(), fieldBox).value(), QByteArray("totp"));
    }

    void noSecretInClearText()
    {
        QString path;
        auto db = freshDb(&path);
        auto id = NodeIdentity::openOrCreate(db, m_clock);
        QVERIFY(id.ok());
        // The stored key is a secretbox (nonce || ciphertext || mac), and no 32-byte window of it
        // is the seed: none derives the node's public key.
        QSqlDatabase conn = db->connection();
        auto q = Sql::exec(conn, QStringLiteral("SELECT private_key_box, field_key_box, kdf_salt FROM node"));
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toByteArray().size(), 32 + SecretBox::NonceSize + SecretBox::MacSize);
        QCOMPARE(q->value(1).toByteArray().size(), 32 + SecretBox::NonceSize + SecretBox::MacSize);
        QCOMPARE(q->value(2).toByteArray().size(), 16);
        const QByteArray box = q->value(0).toByteArray();
        for (int i = 0; i + 32 <= box.size(); ++i) {
            auto candidate = Ed25519KeyPair::fromSeed(box.mid(i, 32));
            QVERIFY(candidate->publicKey() != id->publicKeyRaw());
        }
    }

    void concurrentFirstOpensAgree()
    {
        // Two threads (two connections) create at once: one insert wins, the other loads it.
        auto db = freshDb();
        QString ids[2];
        QThread *threads[2];
        for (int i = 0; i < 2; ++i) {
            threads[i] = QThread::create([&, i] {
                auto id = NodeIdentity::openOrCreate(db, m_clock);
                ids[i] = id.ok() ? id->nodeId() : QStringLiteral("error: ") + id.error().message;
            });
            threads[i]->start();
        }
        for (QThread *t : threads) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        QVERIFY2(ids[0].startsWith(QLatin1String("node-")), qPrintable(ids[0]));
        QCOMPARE(ids[1], ids[0]);
        QCOMPARE(NodeIdentity::openOrCreate(db, m_clock)->nodeId(), ids[0]);
    }

    void wrongSecretIsRefused()
    {
        QString path;
        auto db = freshDb(&path);
        QVERIFY(NodeIdentity::openOrCreate(db, m_clock).ok());
        db.reset();
        const QByteArray right = qgetenv("LEXECON_SECRET_FILE");
        qputenv("LEXECON_SECRET_FILE", secretFile(QStringLiteral("other"), "another passphrase").toLocal8Bit());
        auto r = NodeIdentity::openOrCreate(Database::open(path).value(), m_clock);
        qputenv("LEXECON_SECRET_FILE", right);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Integrity);
        QCOMPARE(r.error().message,
                 QStringLiteral("cannot decrypt the node key: the secret (LEXECON_SECRET_FILE or keychain) is not "
                                "the one this workspace was created with"));
        // The right secret still opens it: the failed attempt changed nothing.
        QVERIFY(NodeIdentity::openOrCreate(Database::open(path).value(), m_clock).ok());
    }

    void alteredPublicKeyIsDetected()
    {
        auto db = freshDb();
        QVERIFY(NodeIdentity::openOrCreate(db, m_clock).ok());
        QSqlDatabase conn = db->connection();
        QVERIFY(Sql::exec(conn, QStringLiteral("UPDATE node SET public_key = ?"), {QByteArray(32, '\x01')}).ok());
        auto r = NodeIdentity::openOrCreate(db, m_clock);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Integrity);
        // The identity row cannot be deleted to make way for a new one.
        QVERIFY(!Sql::exec(conn, QStringLiteral("DELETE FROM node")).ok());
    }

    void publicEncodings()
    {
        auto id = NodeIdentity::openOrCreate(freshDb(), m_clock);
        QVERIFY(id.ok());
        QCOMPARE(Ed25519::parsePublicKeyPem(id->publicKeyPem().toLatin1()).value(), id->publicKeyRaw());
        const QByteArray der = QByteArray::fromHex("302a300506032b6570032100") + id->publicKeyRaw();
        QCOMPARE(id->fingerprint(),
                 QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex()));

        const QJsonObject jwks = id->jwks();
        const QJsonArray keys = jwks.value(QStringLiteral("keys")).toArray();
        QCOMPARE(keys.size(), 1);
        const QJsonObject k = keys.at(0).toObject();
        QCOMPARE(k.value(QStringLiteral("kty")).toString(), QStringLiteral("OKP"));
        QCOMPARE(k.value(QStringLiteral("crv")).toString(), QStringLiteral("Ed25519"));
        QCOMPARE(k.value(QStringLiteral("alg")).toString(), QStringLiteral("EdDSA"));
        QCOMPARE(k.value(QStringLiteral("use")).toString(), QStringLiteral("sig"));
        QCOMPARE(k.value(QStringLiteral("kid")).toString(), id->fingerprint());
        const QString x = k.value(QStringLiteral("x")).toString();
        QCOMPARE(x.size(), 43); // 32 bytes base64url without padding
        QVERIFY(!x.contains(QLatin1Char('=')) && !x.contains(QLatin1Char('+')) && !x.contains(QLatin1Char('/')));
        QCOMPARE(QByteArray::fromBase64(x.toLatin1(), QByteArray::Base64UrlEncoding), id->publicKeyRaw());

        const QJsonObject genesis = id->genesisPayload();
        QCOMPARE(genesis.value(QStringLiteral("node_id")).toString(), id->nodeId());
        QCOMPARE(genesis.value(QStringLiteral("public_key")).toString(), id->publicKeyPem());
        QCOMPARE(genesis.value(QStringLiteral("fingerprint")).toString(), id->fingerprint());
        QCOMPARE(genesis.size(), 3);

        const QJsonObject info = id->keyInfo();
        QCOMPARE(info.size(), 3);
        QCOMPARE(info.value(QStringLiteral("public_key_pem")).toString(), id->publicKeyPem());
        QCOMPARE(info.value(QStringLiteral("fingerprint")).toString(), id->fingerprint());
        QCOMPARE(info.value(QStringLiteral("note_verifier_key")).toString(), id->noteVerifierKey());
    }

    void noteVerifierKeyComputedIndependently()
    {
        auto id = NodeIdentity::openOrCreate(freshDb(), m_clock);
        QVERIFY(id.ok());
        const QString origin = QStringLiteral("lexecon/") + id->nodeId();
        QCOMPARE(id->defaultOrigin(), origin);
        const QByteArray hash = QCryptographicHash::hash(
            origin.toUtf8() + "\n" + QByteArray(1, '\x01') + id->publicKeyRaw(), QCryptographicHash::Sha256);
        const QString expected = origin + QLatin1Char('+') + QString::fromLatin1(hash.left(4).toHex()) +
                                 QLatin1Char('+') +
                                 QString::fromLatin1((QByteArray(1, '\x01') + id->publicKeyRaw()).toBase64());
        QCOMPARE(id->noteVerifierKey(), expected);
        QCOMPARE(id->noteKeyHash(), qFromBigEndian<quint32>(hash.constData()));
        QVERIFY(id->noteVerifierKey(QStringLiteral("example.com/log")).startsWith(QLatin1String("example.com/log+")));
    }

    void noteMatchesGoReferenceVector()
    {
        // golang.org/x/mod/sumdb/note note_test.go: the PeterNeumann key and its signed note.
        const QString vkey = QStringLiteral("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
        const QByteArray skey = QByteArray::fromBase64("AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz");
        QCOMPARE(skey.at(0), '\x01');
        auto pair = Ed25519KeyPair::fromSeed(skey.mid(1));
        QVERIFY(pair.ok());
        QCOMPARE(NodeIdentity::noteVerifierKeyFor(QStringLiteral("PeterNeumann"), pair->publicKey()), vkey);
        QCOMPARE(NodeIdentity::noteKeyHashFor(QStringLiteral("PeterNeumann"), pair->publicKey()), quint32(0xc74f20a3));
        const QByteArray text = "If you think cryptography is the answer to your problem,\n"
                                "then you don't know what your problem is.\n";
        const QByteArray sigLine = QByteArray::fromBase64(
            "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=");
        QCOMPARE(sigLine.left(4).toHex(), QByteArray("c74f20a3"));
        QCOMPARE(pair->sign(text).toHex(), sigLine.mid(4).toHex());
    }
};

QTEST_GUILESS_MAIN(TestNodeIdentity)
#include "TestNodeIdentity.moc"
