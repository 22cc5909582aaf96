#include "auth/oidc/OidcIdToken.h"
#include "auth/oidc/OidcJwks.h"
#include "auth/oidc/OidcPkce.h"
#include "mock/MockClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>

using namespace Lexecon;

namespace {

// A signing key made by OpenSSL in the test, its public JWK, and JWS signing with it: the
// test plays the provider.
struct TestKey
{
    QString alg;
    QString kid;
    std::shared_ptr<EVP_PKEY> pkey;

    static TestKey make(const QString &alg, const QString &kid)
    {
        EVP_PKEY *key = nullptr;
        if (alg == QLatin1String("RS256"))
            key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
        else if (alg == QLatin1String("ES256"))
            key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        else
            key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        return {alg, kid, std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free)};
    }

    static QString b64(const QByteArray &bytes) { return OidcPkce::base64Url(bytes); }

    static QByteArray bnParam(EVP_PKEY *key, const char *name)
    {
        BIGNUM *bn = nullptr;
        EVP_PKEY_get_bn_param(key, name, &bn);
        QByteArray out(BN_num_bytes(bn), Qt::Uninitialized);
        BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
        BN_free(bn);
        return out;
    }

    QJsonObject jwk() const
    {
        QJsonObject j{{QStringLiteral("kid"), kid}, {QStringLiteral("use"), QStringLiteral("sig")},
                      {QStringLiteral("alg"), alg}};
        if (alg == QLatin1String("RS256")) {
            j.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
            j.insert(QStringLiteral("n"), b64(bnParam(pkey.get(), OSSL_PKEY_PARAM_RSA_N)));
            j.insert(QStringLiteral("e"), b64(bnParam(pkey.get(), OSSL_PKEY_PARAM_RSA_E)));
        } else if (alg == QLatin1String("ES256")) {
            unsigned char point[65];
            size_t length = 0;
            EVP_PKEY_get_octet_string_param(pkey.get(), OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, point, sizeof point, &length);
            const QByteArray p(reinterpret_cast<const char *>(point), qsizetype(length));
            j.insert(QStringLiteral("kty"), QStringLiteral("EC"));
            j.insert(QStringLiteral("crv"), QStringLiteral("P-256"));
            j.insert(QStringLiteral("x"), b64(p.mid(1, 32)));
            j.insert(QStringLiteral("y"), b64(p.mid(33, 32)));
        } else {
            unsigned char raw[32];
            size_t length = sizeof raw;
            EVP_PKEY_get_raw_public_key(pkey.get(), raw, &length);
            j.insert(QStringLiteral("kty"), QStringLiteral("OKP"));
            j.insert(QStringLiteral("crv"), QStringLiteral("Ed25519"));
            j.insert(QStringLiteral("x"), b64(QByteArray(reinterpret_cast<const char *>(raw), 32)));
        }
        return j;
    }

    QByteArray signRaw(const QByteArray &input) const
    {
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        const EVP_MD *md = alg == QLatin1String("EdDSA") ? nullptr : EVP_sha256();
        EVP_DigestSignInit(ctx, nullptr, md, nullptr, pkey.get());
        size_t length = 0;
        EVP_DigestSign(ctx, nullptr, &length, reinterpret_cast<const unsigned char *>(input.data()), size_t(input.size()));
        QByteArray sig(qsizetype(length), Qt::Uninitialized);
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &length,
                       reinterpret_cast<const unsigned char *>(input.data()), size_t(input.size()));
        EVP_MD_CTX_free(ctx);
        sig.resize(qsizetype(length));
        if (alg != QLatin1String("ES256"))
            return sig;
        // DER -> JOSE r||s, each left-padded to 32 bytes.
        const auto *p = reinterpret_cast<const unsigned char *>(sig.constData());
        ECDSA_SIG *ec = d2i_ECDSA_SIG(nullptr, &p, long(sig.size()));
        QByteArray rs(64, '\0');
        BN_bn2binpad(ECDSA_SIG_get0_r(ec), reinterpret_cast<unsigned char *>(rs.data()), 32);
        BN_bn2binpad(ECDSA_SIG_get0_s(ec), reinterpret_cast<unsigned char *>(rs.data()) + 32, 32);
        ECDSA_SIG_free(ec);
        return rs;
    }

    QString sign(const QJsonObject &claims, QJsonObject header = {}) const
    {
        if (!header.contains(QStringLiteral("alg")))
            header.insert(QStringLiteral("alg"), alg);
        if (!header.contains(QStringLiteral("kid")))
            header.insert(QStringLiteral("kid"), kid);
        const QByteArray input = b64(QJsonDocument(header).toJson(QJsonDocument::Compact)).toLatin1() + '.' +
                                 b64(QJsonDocument(claims).toJson(QJsonDocument::Compact)).toLatin1();
        return QString::fromLatin1(input + '.' + b64(signRaw(input)).toLatin1());
    }
};

const QString issuer = QStringLiteral("https://id.example.com");
const QString clientId = QStringLiteral("lexecon-desktop");
const QString nonce = QStringLiteral("n-0S6_WzA2Mj");
constexpr qint64 nowS = 1'800'000'000;

QJsonObject goodClaims()
{
    return {{QStringLiteral("iss"), issuer},
            {QStringLiteral("sub"), QStringLiteral("248289761001")},
            {QStringLiteral("aud"), clientId},
            {QStringLiteral("exp"), nowS + 300},
            {QStringLiteral("iat"), nowS - 10},
            {QStringLiteral("nonce"), nonce},
            {QStringLiteral("email"), QStringLiteral("alice@example.com")},
            {QStringLiteral("email_verified"), true}};
}

} // namespace

class TestOidcIdToken : public QObject
{
    Q_OBJECT

    MockClock m_clock;
    TestKey m_rsa, m_ec, m_ed;
    OidcJwks m_keys;
    OidcIdToken::Expectation m_expect;

    const TestKey &key(const QString &alg) const
    {
        return alg == QLatin1String("RS256") ? m_rsa : alg == QLatin1String("ES256") ? m_ec : m_ed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_rsa = TestKey::make(QStringLiteral("RS256"), QStringLiteral("rsa-1"));
        m_ec = TestKey::make(QStringLiteral("ES256"), QStringLiteral("ec-1"));
        m_ed = TestKey::make(QStringLiteral("EdDSA"), QStringLiteral("ed-1"));
        QVERIFY(m_rsa.pkey && m_ec.pkey && m_ed.pkey);
        auto keys = OidcJwks::fromJson(
            {{QStringLiteral("keys"), QJsonArray{m_rsa.jwk(), m_ec.jwk(), m_ed.jwk(),
                                                 QJsonObject{{QStringLiteral("kty"), QStringLiteral("oct")},
                                                             {QStringLiteral("kid"), QStringLiteral("hmac")}}}}});
        QVERIFY2(keys.ok(), qPrintable(keys.error().message));
        m_keys = *keys;
        m_expect.issuer = issuer;
        m_expect.clientId = clientId;
        m_expect.nonce = nonce;
    }

    void init() { m_clock.setMs(nowS * 1000); }

    void pkceMatchesRfc7636AppendixB()
    {
        QCOMPARE(OidcPkce::challenge(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
                 QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void pkceVerifierIsFreshAndWellFormed()
    {
        const QString a = OidcPkce::newVerifier(), b = OidcPkce::newVerifier();
        QVERIFY(a != b);
        QVERIFY(a.size() >= 43 && a.size() <= 128);
        for (QChar c : a)
            QVERIFY2(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'), qPrintable(a));
    }

    void base64UrlRoundTripsAndRefusesStandardAlphabet()
    {
        const QByteArray bytes("\xfb\xff\xfe", 3);
        QCOMPARE(OidcPkce::base64Url(bytes), QStringLiteral("-__-"));
        bool ok = false;
        QCOMPARE(OidcPkce::fromBase64Url("-__-", &ok), bytes);
        QVERIFY(ok);
        OidcPkce::fromBase64Url("+//+", &ok);
        QVERIFY(!ok);
    }

    void jwksSkipsKeysItCannotUse()
    {
        QCOMPARE(m_keys.size(), 3); // the "oct" key is not a signing key we accept
        QVERIFY(m_keys.hasKid(QStringLiteral("ec-1")));
        QCOMPARE(m_keys.select(QStringLiteral("missing"), QStringLiteral("RS256")).error().code, Error::Code::NotFound);
    }

    void signedTokensAreAccepted_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::newRow("RS256") << QStringLiteral("RS256");
        QTest::newRow("ES256") << QStringLiteral("ES256");
        QTest::newRow("EdDSA") << QStringLiteral("EdDSA");
    }

    void signedTokensAreAccepted()
    {
        QFETCH(QString, alg);
        auto id = OidcIdToken::validate(key(alg).sign(goodClaims()), m_keys, m_expect, m_clock);
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        QCOMPARE(id->subject, QStringLiteral("248289761001"));
        QCOMPARE(id->email, QStringLiteral("alice@example.com"));
        QVERIFY(id->emailVerified);
        QCOMPARE(id->audience, QStringList{clientId});
    }

    void clockSkewIsTolerated()
    {
        m_clock.setMs((nowS + 300 + 60) * 1000); // expired a minute ago, within the 120 s skew
        QVERIFY(OidcIdToken::validate(m_rsa.sign(goodClaims()), m_keys, m_expect, m_clock).ok());
    }

    void badTokensAreRefused_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        const QString rs = QStringLiteral("RS256"), es = QStringLiteral("ES256"), ed = QStringLiteral("EdDSA");
        QTest::newRow("expired") << rs << QStringLiteral("exp") << QJsonValue(nowS - 600) << QStringLiteral("expired");
        QTest::newRow("wrong aud") << es << QStringLiteral("aud") << QJsonValue(QStringLiteral("other-app")) << QStringLiteral("audience");
        QTest::newRow("wrong iss") << ed << QStringLiteral("iss") << QJsonValue(QStringLiteral("https://evil.example.com")) << QStringLiteral("issuer");
        QTest::newRow("wrong nonce") << rs << QStringLiteral("nonce") << QJsonValue(QStringLiteral("other")) << QStringLiteral("nonce");
        QTest::newRow("no nonce") << es << QStringLiteral("nonce") << QJsonValue() << QStringLiteral("nonce");
        QTest::newRow("iat in the future") << ed << QStringLiteral("iat") << QJsonValue(nowS + 3600) << QStringLiteral("future");
        QTest::newRow("iat too old") << rs << QStringLiteral("iat") << QJsonValue(nowS - 7200) << QStringLiteral("too long ago");
        QTest::newRow("no exp") << es << QStringLiteral("exp") << QJsonValue() << QStringLiteral("exp");
        QTest::newRow("no sub") << ed << QStringLiteral("sub") << QJsonValue() << QStringLiteral("subject");
        QTest::newRow("several aud, no azp")
            << rs << QStringLiteral("aud") << QJsonValue(QJsonArray{clientId, QStringLiteral("other")}) << QStringLiteral("another party");
        QTest::newRow("azp of another client") << es << QStringLiteral("azp") << QJsonValue(QStringLiteral("other")) << QStringLiteral("another party");
    }

    void badTokensAreRefused()
    {
        QFETCH(QString, alg);
        QFETCH(QString, claim);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        QJsonObject claims = goodClaims();
        if (value.isNull())
            claims.remove(claim);
        else
            claims.insert(claim, value);
        auto id = OidcIdToken::validate(key(alg).sign(claims), m_keys, m_expect, m_clock);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, Error::Code::Integrity);
        QVERIFY2(id.error().message.contains(reason), qPrintable(id.error().message));
    }

    void badSignaturesAreRefused_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::newRow("RS256") << QStringLiteral("RS256");
        QTest::newRow("ES256") << QStringLiteral("ES256");
        QTest::newRow("EdDSA") << QStringLiteral("EdDSA");
    }

    void badSignaturesAreRefused()
    {
        QFETCH(QString, alg);
        // The payload changed after signing: a token whose claims were edited in transit.
        const QString token = key(alg).sign(goodClaims());
        QStringList parts = token.split(QLatin1Char('.'));
        QJsonObject claims = goodClaims();
        claims.insert(QStringLiteral("sub"), QStringLiteral("admin"));
        parts[1] = TestKey::b64(QJsonDocument(claims).toJson(QJsonDocument::Compact));
        auto id = OidcIdToken::validate(parts.join(QLatin1Char('.')), m_keys, m_expect, m_clock);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().message.contains(QLatin1String("signature does not verify")), qPrintable(id.error().message));
    }

    void keyOfAnotherKidDoesNotVerify()
    {
        // Signed by the EC key but naming another EC key's kid: the published key does not verify it.
        const TestKey stranger = TestKey::make(QStringLiteral("ES256"), QStringLiteral("ec-1"));
        auto id = OidcIdToken::validate(stranger.sign(goodClaims()), m_keys, m_expect, m_clock);
        QVERIFY(!id.ok());
        QVERIFY(id.error().message.contains(QLatin1String("signature does not verify")));
    }

    void unsafeAlgorithmsAreRefused_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::addColumn<QString>("reason");
        QTest::newRow("none") << QStringLiteral("none") << QStringLiteral("unsigned");
        QTest::newRow("None") << QStringLiteral("None") << QStringLiteral("unsigned");
        QTest::newRow("HS256") << QStringLiteral("HS256") << QStringLiteral("shared-secret");
        QTest::newRow("RS512") << QStringLiteral("RS512") << QStringLiteral("not one of");
    }

    void unsafeAlgorithmsAreRefused()
    {
        QFETCH(QString, alg);
        QFETCH(QString, reason);
        const QJsonObject header{{QStringLiteral("alg"), alg}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
        const QString token = TestKey::b64(QJsonDocument(header).toJson(QJsonDocument::Compact)) + QLatin1Char('.') +
                              TestKey::b64(QJsonDocument(goodClaims()).toJson(QJsonDocument::Compact)) +
                              QStringLiteral(".c2ln");
        auto id = OidcIdToken::validate(token, m_keys, m_expect, m_clock);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().message.contains(reason), qPrintable(id.error().message));
    }

    void algorithmMustFitTheKey()
    {
        // An RS256 header naming the EC key's kid: no RSA key has that kid.
        auto id = OidcIdToken::validate(m_rsa.sign(goodClaims(), {{QStringLiteral("kid"), QStringLiteral("ec-1")}}),
                                        m_keys, m_expect, m_clock);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, Error::Code::NotFound);
    }

    void unknownKidIsNotFound()
    {
        const QString token = m_ed.sign(goodClaims(), {{QStringLiteral("kid"), QStringLiteral("rotated")}});
        QCOMPARE(OidcIdToken::header(token)->value(QStringLiteral("kid")).toString(), QStringLiteral("rotated"));
        auto id = OidcIdToken::validate(token, m_keys, m_expect, m_clock);
        QCOMPARE(id.error().code, Error::Code::NotFound); // the client refetches the JWKS on this
    }

    void malformedTokensAreRefused_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("empty") << QString();
        QTest::newRow("two parts") << QStringLiteral("a.b");
        QTest::newRow("header not json") << QStringLiteral("bm90IGpzb24.e30.c2ln");
    }

    void malformedTokensAreRefused()
    {
        QFETCH(QString, token);
        auto id = OidcIdToken::validate(token, m_keys, m_expect, m_clock);
        QVERIFY(!id.ok());
        QVERIFY(id.error().message.startsWith(QLatin1String("the ID token was refused")));
    }
};

QTEST_GUILESS_MAIN(TestOidcIdToken)
#include "TestOidcIdToken.moc"
