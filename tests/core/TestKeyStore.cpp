#include "crypto/KeyStore.h"
#include "crypto/SecretBox.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

namespace {

// Small Argon2id limits: the tests check wiring, not the cost of the KDF.
KeyStore::KdfParams cheap()
{
    return {1, 8192};
}

} // namespace

class TestKeyStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_savedSecretFile;

    QString writeSecret(const QString &name, const QByteArray &content,
                        QFile::Permissions perms = QFile::ReadOwner | QFile::WriteOwner)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(content);
        f.close();
        f.setPermissions(perms);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { m_savedSecretFile = qgetenv("LEXECON_SECRET_FILE"); }
    void cleanup() { qputenv("LEXECON_SECRET_FILE", m_savedSecretFile); }

    void sourceFollowsEnvironment()
    {
        qputenv("LEXECON_SECRET_FILE", writeSecret(QStringLiteral("s"), "pass").toLocal8Bit());
        QCOMPARE(KeyStore::source(), QStringLiteral("passphrase_file"));
        qunsetenv("LEXECON_SECRET_FILE");
        QCOMPARE(KeyStore::source(), QStringLiteral("keychain"));
    }

    void passphraseFileRefusals_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("create");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing file") << QByteArray() << false << QStringLiteral("does not exist");
        QTest::newRow("empty file") << QByteArray() << true << QStringLiteral("is empty");
        QTest::newRow("only a newline") << QByteArray("\n") << true << QStringLiteral("is empty");
        QTest::newRow("only CRLF") << QByteArray("\r\n") << true << QStringLiteral("is empty");
    }

    void passphraseFileRefusals()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, create);
        QFETCH(QString, expected);
        const QString path =
            create ? writeSecret(QStringLiteral("refused"), content) : m_dir.filePath(QStringLiteral("absent"));
        auto r = KeyStore::readPassphraseFile(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("LEXECON_SECRET_FILE"));
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
        // obtain() passes the refusal on instead of deriving from nothing.
        qputenv("LEXECON_SECRET_FILE", path.toLocal8Bit());
        QVERIFY(!KeyStore::obtain(QStringLiteral("ws"), KeyStore::newSalt(), true, cheap()).ok());
    }

    void trailingNewlineIsNotPartOfThePassphrase()
    {
        auto a = KeyStore::readPassphraseFile(writeSecret(QStringLiteral("a"), "correct horse\n"));
        auto b = KeyStore::readPassphraseFile(writeSecret(QStringLiteral("b"), "correct horse"));
        auto c = KeyStore::readPassphraseFile(writeSecret(QStringLiteral("c"), "correct horse\r\n"));
        QVERIFY(a.ok() && b.ok() && c.ok());
        QVERIFY(a->equals(*b));
        QVERIFY(c->equals(*b));
        QCOMPARE(b->size(), std::size_t(13));
    }

    void groupReadableFileOnlyWarns()
    {
        const QString path = writeSecret(QStringLiteral("open"), "pass",
                                         QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("group or others.*chmod 600")));
        auto r = KeyStore::readPassphraseFile(path);
        QVERIFY(r.ok());
    }

    void repositoryTestSecretIsAccepted()
    {
        const QString data = qEnvironmentVariable("LEXECON_TEST_DATA");
        if (data.isEmpty())
            QSKIP("LEXECON_TEST_DATA is not set (run through ctest)");
        // Git checks it out readable by all, so it is read with a warning; after chmod 600, without.
        const QString path = data + QStringLiteral("/test-secret");
        if (KeyStore::openToOthers(path))
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("LEXECON_SECRET_FILE")));
        auto r = KeyStore::readPassphraseFile(path);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QVERIFY(r->size() > 0);
    }

    void derivationIsDeterministicPerSalt()
    {
        qputenv("LEXECON_SECRET_FILE", writeSecret(QStringLiteral("det"), "passphrase one").toLocal8Bit());
        const QByteArray salt = KeyStore::newSalt();
        QCOMPARE(salt.size(), 16);
        auto k1 = KeyStore::obtain(QStringLiteral("ws"), salt, true, cheap());
        auto k2 = KeyStore::obtain(QStringLiteral("ws"), salt, false, cheap());
        auto k3 = KeyStore::obtain(QStringLiteral("ws"), KeyStore::newSalt(), false, cheap());
        QVERIFY(k1.ok() && k2.ok() && k3.ok());
        QCOMPARE(k1->size(), std::size_t(32));
        QVERIFY(k1->equals(*k2));
        QVERIFY(!k1->equals(*k3));
    }

    void interactiveLimitsAreTheDefault()
    {
        const KeyStore::KdfParams p = KeyStore::KdfParams::interactive();
        QCOMPARE(p.opsLimit, quint64(2));
        QCOMPARE(p.memLimit, quint64(64) * 1024 * 1024);
        auto pass = SecureBytes::copyOf("interactive");
        auto k = KeyStore::deriveFromPassphrase(pass, KeyStore::newSalt());
        QVERIFY(k.ok());
    }

    void wrongPassphraseCannotOpenWhatTheRightOneSealed()
    {
        const QByteArray salt = KeyStore::newSalt();
        qputenv("LEXECON_SECRET_FILE", writeSecret(QStringLiteral("right"), "the right one").toLocal8Bit());
        auto right = KeyStore::obtain(QStringLiteral("ws"), salt, true, cheap());
        QVERIFY(right.ok());
        const QByteArray box = SecretBox::encrypt(*right, "node seed").value();
        qputenv("LEXECON_SECRET_FILE", writeSecret(QStringLiteral("wrong"), "the wrong one").toLocal8Bit());
        auto wrong = KeyStore::obtain(QStringLiteral("ws"), salt, false, cheap());
        QVERIFY(wrong.ok());
        QVERIFY(!wrong->equals(*right));
        QVERIFY(!SecretBox::decrypt(*wrong, box).ok());
        QCOMPARE(SecretBox::decrypt(*right, box).value(), QByteArray("node seed"));
    }

    void badSaltRefused()
    {
        auto r = KeyStore::deriveFromPassphrase(SecureBytes::copyOf("p"), QByteArray(5, 's'), cheap());
        QVERIFY(!r.ok());
    }

    void headlessWithoutKeychainSaysWhatToDo()
    {
        // No passphrase file and a session bus that does not exist: the keychain cannot answer.
        qunsetenv("LEXECON_SECRET_FILE");
        const QByteArray savedBus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/lexecon-test-bus");
        QElapsedTimer timer;
        timer.start();
        auto r = KeyStore::obtain(QStringLiteral("test-headless"), KeyStore::newSalt(), true, cheap());
        qputenv("DBUS_SESSION_BUS_ADDRESS", savedBus);
        QVERIFY(!r.ok());
        QVERIFY2(
            r.error().message.contains(QLatin1String("set LEXECON_SECRET_FILE to a passphrase file for headless use")),
            qPrintable(r.error().message));
        QVERIFY(timer.elapsed() < KeyStore::KeychainTimeoutMs + 3000);
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "TestKeyStore.moc"
