#include "crypto/SecretBox.h"

#include <QTest>

using namespace Lexecon;

class TestSecretBox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("plaintext");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("totp secret") << QByteArray("JBSWY3DPEHPK3PXP");
        QTest::newRow("binary 4 KiB") << QByteArray(4096, '\xa5');
    }

    void roundTrip()
    {
        QFETCH(QByteArray, plaintext);
        const SecureBytes key = SecretBox::newKey();
        auto box = SecretBox::encrypt(key, plaintext);
        QVERIFY(box.ok());
        QCOMPARE(box->size(), plaintext.size() + SecretBox::NonceSize + SecretBox::MacSize);
        if (!plaintext.isEmpty())
            QVERIFY(!box->contains(plaintext));
        auto back = SecretBox::decrypt(key, *box);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(*back, plaintext);
        auto secure = SecretBox::decryptSecure(key, *box);
        QVERIFY(secure.ok());
        QCOMPARE(secure->view().toByteArray(), plaintext);
    }

    void freshNonceEachTime()
    {
        const SecureBytes key = SecretBox::newKey();
        const QByteArray a = SecretBox::encrypt(key, "same").value();
        const QByteArray b = SecretBox::encrypt(key, "same").value();
        QVERIFY(a.left(SecretBox::NonceSize) != b.left(SecretBox::NonceSize));
        QVERIFY(a != b);
    }

    void rejectsTampering_data()
    {
        QTest::addColumn<int>("what");
        QTest::newRow("nonce byte") << 0;
        QTest::newRow("ciphertext byte") << 1;
        QTest::newRow("mac byte") << 2;
        QTest::newRow("truncated") << 3;
        QTest::newRow("too short for a box") << 4;
        QTest::newRow("other key") << 5;
    }

    void rejectsTampering()
    {
        QFETCH(int, what);
        SecureBytes key = SecretBox::newKey();
        QByteArray box = SecretBox::encrypt(key, "the field-encryption key").value();
        switch (what) {
        case 0: box[3] = char(box[3] ^ 1); break;
        case 1: box[box.size() - 1] = char(box[box.size() - 1] ^ 1); break;
        case 2: box[SecretBox::NonceSize] = char(box[SecretBox::NonceSize] ^ 1); break;
        case 3: box.chop(1); break;
        case 4: box = box.left(SecretBox::NonceSize + 3); break;
        case 5: key = SecretBox::newKey(); break;
        }
        auto r = SecretBox::decrypt(key, box);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Integrity);
        QVERIFY(!SecretBox::decryptSecure(key, box).ok());
    }

    void rejectsWrongKeySize()
    {
        auto r = SecretBox::encrypt(SecureBytes::random(16), "x");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Internal);
    }

    void secureBytesMoveAndCompare()
    {
        SecureBytes a = SecureBytes::copyOf("0123456789abcdef0123456789abcdef");
        SecureBytes b = SecureBytes::copyOf("0123456789abcdef0123456789abcdef");
        QVERIFY(a.equals(b));
        SecureBytes c = std::move(a);
        QVERIFY(a.isEmpty());
        QCOMPARE(c.size(), std::size_t(32));
        QVERIFY(c.equals(b));
        QVERIFY(!SecureBytes::random(32).equals(SecureBytes::random(32)));
        QByteArray plain("secret");
        wipe(plain);
        QVERIFY(plain.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretBox)
#include "TestSecretBox.moc"
