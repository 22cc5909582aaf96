#include "crypto/Ed25519.h"
#include "crypto/Ed25519KeyPair.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

namespace {

// Runs the real openssl binary: an independent peer for every encoding we claim to produce.
int openssl(const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestEd25519 : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void rfc8032Vectors_data()
    {
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("test 1 (empty message)")
            << QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
            << QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a") << QByteArray()
            << QByteArray::fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61"
                                   "e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        QTest::newRow("test 2 (one byte)")
            << QByteArray::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
            << QByteArray::fromHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
            << QByteArray::fromHex("72")
            << QByteArray::fromHex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458"
                                   "f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
    }

    void rfc8032Vectors()
    {
        QFETCH(QByteArray, seed);
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);
        auto pair = Ed25519KeyPair::fromSeed(seed);
        QVERIFY(pair.ok());
        QCOMPARE(pair->publicKey().toHex(), publicKey.toHex());
        QCOMPARE(pair->sign(message).toHex(), signature.toHex());
        QVERIFY(Ed25519::verify(publicKey, message, signature));
        QCOMPARE(pair->seed().view().toByteArray().toHex(), seed.toHex());
    }

    void verifyRejectsTampering_data()
    {
        QTest::addColumn<int>("what");
        QTest::newRow("flipped signature bit") << 0;
        QTest::newRow("changed message") << 1;
        QTest::newRow("other key") << 2;
        QTest::newRow("short signature") << 3;
        QTest::newRow("short key") << 4;
    }

    void verifyRejectsTampering()
    {
        QFETCH(int, what);
        const Ed25519KeyPair pair = Ed25519KeyPair::generate();
        QByteArray message = "capability";
        QByteArray signature = pair.sign(message);
        QByteArray key = pair.publicKey();
        QVERIFY(Ed25519::verify(key, message, signature));
        switch (what) {
        case 0: signature[10] = char(signature[10] ^ 0x01); break;
        case 1: message = "capabilitY"; break;
        case 2: key = Ed25519KeyPair::generate().publicKey(); break;
        case 3: signature.chop(1); break;
        case 4: key.chop(1); break;
        }
        QVERIFY(!Ed25519::verify(key, message, signature));
    }

    void seedRejectsWrongLength()
    {
        auto pair = Ed25519KeyPair::fromSeed(QByteArray(31, 'x'));
        QVERIFY(!pair.ok());
        QCOMPARE(pair.error().field, QStringLiteral("seed"));
    }

    void pemRoundTrip()
    {
        const Ed25519KeyPair pair = Ed25519KeyPair::generate();
        const QString pem = Ed25519::publicKeyPem(pair.publicKey());
        QVERIFY(pem.startsWith(QLatin1String("-----BEGIN PUBLIC KEY-----\n")));
        QVERIFY(pem.endsWith(QLatin1String("-----END PUBLIC KEY-----\n")));
        auto back = Ed25519::parsePublicKeyPem(pem.toLatin1());
        QVERIFY(back.ok());
        QCOMPARE(*back, pair.publicKey());
        // Tolerates CRLF line ends and surrounding text.
        QString crlf = QStringLiteral("key:\r\n") + pem;
        crlf.replace(QLatin1String("\n"), QLatin1String("\r\n"));
        QCOMPARE(Ed25519::parsePublicKeyPem(crlf.toLatin1()).value(), pair.publicKey());
    }

    void pemRejectsGarbage_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no markers") << QByteArray("MCowBQYDK2VwAyEA");
        QTest::newRow("bad base64") << QByteArray("-----BEGIN PUBLIC KEY-----\n!!!!\n-----END PUBLIC KEY-----\n");
        // An X25519 key (OID 1.3.101.110) is not an Ed25519 key.
        QTest::newRow("x25519 oid") << QByteArray(
            "-----BEGIN PUBLIC KEY-----\n" +
            (QByteArray::fromHex("302a300506032b656e032100") + QByteArray(32, '\x07')).toBase64() +
            "\n-----END PUBLIC KEY-----\n");
    }

    void pemRejectsGarbage()
    {
        QFETCH(QByteArray, pem);
        auto r = Ed25519::parsePublicKeyPem(pem);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("public_key"));
    }

    void opensslReadsPemAndFingerprint()
    {
        const Ed25519KeyPair pair = Ed25519KeyPair::generate();
        const QString pemPath = m_dir.filePath(QStringLiteral("fp.pem"));
        QVERIFY(writeFile(pemPath, Ed25519::publicKeyPem(pair.publicKey()).toLatin1()));
        QByteArray der;
        QCOMPARE(openssl({QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-in"), pemPath,
                          QStringLiteral("-outform"), QStringLiteral("DER")},
                         &der),
                 0);
        QCOMPARE(der, Ed25519::spkiDer(pair.publicKey()));
        QCOMPARE(Ed25519::fingerprint(pair.publicKey()),
                 QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex()));
        QByteArray text;
        QCOMPARE(openssl({QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-in"), pemPath,
                          QStringLiteral("-text"), QStringLiteral("-noout")},
                         &text),
                 0);
        QVERIFY2(text.contains("ED25519 Public-Key"), text.constData());
    }

    void opensslVerifiesOurSignature_data()
    {
        QTest::addColumn<bool>("tamper");
        QTest::newRow("genuine") << false;
        QTest::newRow("tampered") << true;
    }

    void opensslVerifiesOurSignature()
    {
        QFETCH(bool, tamper);
        const Ed25519KeyPair pair = Ed25519KeyPair::generate();
        const QByteArray message = "lexecon checkpoint\n42\n";
        QByteArray signature = pair.sign(message);
        if (tamper)
            signature[0] = char(signature[0] ^ 0x80);
        const QString pub = m_dir.filePath(QStringLiteral("v.pem"));
        const QString in = m_dir.filePath(QStringLiteral("v.in"));
        const QString sig = m_dir.filePath(QStringLiteral("v.sig"));
        QVERIFY(writeFile(pub, Ed25519::publicKeyPem(pair.publicKey()).toLatin1()));
        QVERIFY(writeFile(in, message));
        QVERIFY(writeFile(sig, signature));
        const int rc = openssl({QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                                QStringLiteral("-inkey"), pub, QStringLiteral("-rawin"), QStringLiteral("-in"), in,
                                QStringLiteral("-sigfile"), sig});
        QCOMPARE(rc == 0, !tamper);
    }

    void weVerifyOpensslsSignature()
    {
        // The other direction: a key and signature made by openssl verify with our code.
        const QString key = m_dir.filePath(QStringLiteral("o.key"));
        const QString pub = m_dir.filePath(QStringLiteral("o.pem"));
        const QString in = m_dir.filePath(QStringLiteral("o.in"));
        const QString sig = m_dir.filePath(QStringLiteral("o.sig"));
        QVERIFY(writeFile(in, "signed by openssl"));
        QCOMPARE(openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("ed25519"),
                          QStringLiteral("-out"), key}),
                 0);
        QCOMPARE(openssl({QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-pubout"),
                          QStringLiteral("-out"), pub}),
                 0);
        QCOMPARE(openssl({QStringLiteral("pkeyutl"), QStringLiteral("-sign"), QStringLiteral("-inkey"), key,
                          QStringLiteral("-rawin"), QStringLiteral("-in"), in, QStringLiteral("-out"), sig}),
                 0);
        QFile pemFile(pub), sigFile(sig);
        QVERIFY(pemFile.open(QIODevice::ReadOnly));
        QVERIFY(sigFile.open(QIODevice::ReadOnly));
        auto publicKey = Ed25519::parsePublicKeyPem(pemFile.readAll());
        QVERIFY(publicKey.ok());
        QVERIFY(Ed25519::verify(*publicKey, QByteArray("signed by openssl"), sigFile.readAll()));
    }
};

QTEST_GUILESS_MAIN(TestEd25519)
#include "TestEd25519.moc"
