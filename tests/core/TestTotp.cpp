#include "auth/Totp.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Lexecon;

class TestTotp : public QObject
{
    Q_OBJECT

    const QByteArray m_rfcSecret = QByteArrayLiteral("12345678901234567890");

private Q_SLOTS:
    // RFC 6238 appendix B, SHA-1 rows (8 digits), through liboath.
    void rfc6238Vectors_data()
    {
        QTest::addColumn<qint64>("unixSeconds");
        QTest::addColumn<QString>("code");
        QTest::newRow("59") << qint64(59) << QStringLiteral("94287082");
        QTest::newRow("1111111109") << qint64(1111111109) << QStringLiteral("07081804");
        QTest::newRow("1111111111") << qint64(1111111111) << QStringLiteral("14050471");
        QTest::newRow("1234567890") << qint64(1234567890) << QStringLiteral("89005924");
        QTest::newRow("2000000000") << qint64(2000000000) << QStringLiteral("69279037");
        QTest::newRow("20000000000") << qint64(20000000000) << QStringLiteral("65353130");
    }

    void rfc6238Vectors()
    {
        QFETCH(qint64, unixSeconds);
        QFETCH(QString, code);
        QCOMPARE(Totp::codeAt(m_rfcSecret, Totp::stepAt(unixSeconds * 1000), 8), code);
        // The 6-digit code is the last six digits of the same truncation.
        QCOMPARE(Totp::codeAt(m_rfcSecret, Totp::stepAt(unixSeconds * 1000)), code.right(6));
    }

    void matchesWithinOneStep_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("now") << 0 << true;
        QTest::newRow("previous step") << -1 << true;
        QTest::newRow("next step") << 1 << true;
        QTest::newRow("two back") << -2 << false;
        QTest::newRow("two ahead") << 2 << false;
    }

    void matchesWithinOneStep()
    {
        QFETCH(int, offset);
        QFETCH(bool, accepted);
        const qint64 nowMs = 1795341600000;
        const qint64 step = Totp::stepAt(nowMs) + offset;
        const auto matched = Totp::match(m_rfcSecret, Totp::codeAt(m_rfcSecret, step), nowMs);
        QCOMPARE(matched.has_value(), accepted);
        if (accepted)
            QCOMPARE(*matched, step);
    }

    void refusesMalformedCodes()
    {
        const qint64 nowMs = 1795341600000;
        const QString code = Totp::codeAt(m_rfcSecret, Totp::stepAt(nowMs));
        QVERIFY(Totp::match(m_rfcSecret, QStringLiteral(" ") + code, nowMs).has_value());
        QVERIFY(!Totp::match(m_rfcSecret, code.left(5), nowMs).has_value());
        QVERIFY(!Totp::match(m_rfcSecret, QStringLiteral("12a456"), nowMs).has_value());
        QVERIFY(!Totp::match(m_rfcSecret, QString(), nowMs).has_value());
    }

    void base32RoundTrip()
    {
        QCOMPARE(Totp::toBase32(m_rfcSecret), QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        QCOMPARE(Totp::fromBase32(QStringLiteral("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).value(), m_rfcSecret);
        const QByteArray secret = Totp::newSecret();
        QCOMPARE(secret.size(), Totp::SecretBytes);
        QVERIFY(secret != Totp::newSecret());
        QCOMPARE(Totp::fromBase32(Totp::toBase32(secret)).value(), secret);
        QVERIFY(!Totp::fromBase32(QStringLiteral("1!")).has_value());
    }

    void otpauthUriIsEncoded()
    {
        const QString uri = Totp::otpauthUri(QStringLiteral("ann.lee@example.org"), QStringLiteral("GEZDGNBV"));
        QCOMPARE(uri, QStringLiteral("otpauth://totp/Lexecon:ann.lee%40example.org?secret=GEZDGNBV&issuer=Lexecon"
                                     "&algorithm=SHA1&digits=6&period=30"));
        const QUrl url(uri);
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), QStringLiteral("otpauth"));
        QCOMPARE(url.host(), QStringLiteral("totp"));
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("issuer")), QStringLiteral("Lexecon"));
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "TestTotp.moc"
