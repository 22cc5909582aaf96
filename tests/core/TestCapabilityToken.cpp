#include "common/CanonicalJson.h"
#include "common/Ulid.h"
#include "crypto/Ed25519.h"
#include "crypto/NodeIdentity.h"
#include "mock/MockClock.h"
#include "storage/Database.h"
#include "support/TestSecret.h"
#include "token/CapabilityToken.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

class TestCapabilityToken : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MockClock m_clock;
    std::shared_ptr<Database> m_db;
    std::optional<NodeIdentity> m_node;

    TokenClaims claims(const QString &tool = QStringLiteral("shell")) const
    {
        return {QStringLiteral("model:gpt"), QStringLiteral("dec_01JD0000000000000000000000"),
                QStringLiteral("execute"), tool, QString(64, QLatin1Char('a'))};
    }

    bool writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Test::useSecretFileIfUnset(m_dir.path(), "token test passphrase"));
        m_db = Database::open(m_dir.filePath(QStringLiteral("t.db"))).value();
        auto node = NodeIdentity::openOrCreate(m_db, m_clock);
        QVERIFY2(node.ok(), qPrintable(node.error().message));
        m_node = *node;
    }

    void signedBytesAreCanonicalJson_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("tool");
        QTest::newRow("plain") << QStringLiteral("model:gpt") << QStringLiteral("shell");
        QTest::newRow("no tool") << QStringLiteral("support_bot") << QString();
        QTest::newRow("escapes") << QStringLiteral("a \"quoted\" \\ name\n\t\u0001\u001f/")
                                 << QStringLiteral("tab\there");
        QTest::newRow("non-ascii") << QStringLiteral("agent-\u00e9\u4e2d\U0001F600") << QStringLiteral("\u2709");
    }

    void signedBytesAreCanonicalJson()
    {
        // issue() writes the header and claims as JCS text directly; these are the bytes a JWT
        // library decodes and the signature covers, so they must stay CanonicalJson's exactly.
        QFETCH(QString, subject);
        QFETCH(QString, tool);
        TokenClaims c = claims(tool);
        c.subject = subject;
        auto issued = CapabilityToken::issue(*m_node, c, m_clock);
        QVERIFY2(issued.ok(), qPrintable(issued.error().message));
        const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("EdDSA")},
                                 {QStringLiteral("typ"), QStringLiteral("JWT")},
                                 {QStringLiteral("kid"), m_node->fingerprint()}};
        QCOMPARE(CapabilityToken::headerText(m_node->fingerprint()), CanonicalJson::serialize(header));
        QCOMPARE(CapabilityToken::claimsText(*issued), CanonicalJson::serialize(issued->payload()));
        const QStringList parts = issued->token.split(QLatin1Char('.'));
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0).toLatin1(), CapabilityToken::base64Url(CanonicalJson::serialize(header)));
        QCOMPARE(parts.at(1).toLatin1(), CapabilityToken::base64Url(CanonicalJson::serialize(issued->payload())));
        QCOMPARE(issued->payload().value(QStringLiteral("sub")).toString(), subject);
        QCOMPARE(issued->payload().contains(QStringLiteral("tool")), !tool.isEmpty());
        // A pinned spelling, so that a change in CanonicalJson itself shows up here too.
        IssuedToken fixed = *issued;
        fixed.jti = QStringLiteral("cap_01JD0000000000000000000000");
        fixed.issuer = QStringLiteral("node-1");
        fixed.issuedAt = 1700000000;
        fixed.expiresAt = 1700000300;
        fixed.claims.subject = QStringLiteral("s\"1");
        fixed.claims.tool = QStringLiteral("t");
        QCOMPARE(CapabilityToken::claimsText(fixed),
                 QByteArray("{\"act\":\"execute\",\"dec\":\"dec_01JD0000000000000000000000\",\"exp\":1700000300,"
                            "\"iat\":1700000000,\"iss\":\"node-1\",\"jti\":\"cap_01JD0000000000000000000000\",\"pol\":\"")
                     + QByteArray(64, 'a') + QByteArray("\",\"sub\":\"s\\\"1\",\"tool\":\"t\"}"));
    }

    void headerAndClaims()
    {
        auto issued = CapabilityToken::issue(*m_node, claims(), m_clock);
        QVERIFY2(issued.ok(), qPrintable(issued.error().message));
        QVERIFY(Ulid::isValid(issued->jti, QStringLiteral("cap_")));
        auto parsed = CapabilityToken::parse(issued->token);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->header.value(QStringLiteral("alg")).toString(), QStringLiteral("EdDSA"));
        QCOMPARE(parsed->header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
        QCOMPARE(parsed->header.value(QStringLiteral("kid")).toString(), m_node->fingerprint());
        QCOMPARE(parsed->header.size(), 3);
        const QJsonObject &c = parsed->payload;
        QCOMPARE(c.value(QStringLiteral("jti")).toString(), issued->jti);
        QCOMPARE(c.value(QStringLiteral("iss")).toString(), m_node->nodeId());
        QCOMPARE(c.value(QStringLiteral("sub")).toString(), QStringLiteral("model:gpt"));
        QCOMPARE(c.value(QStringLiteral("dec")).toString(), QStringLiteral("dec_01JD0000000000000000000000"));
        QCOMPARE(c.value(QStringLiteral("act")).toString(), QStringLiteral("execute"));
        QCOMPARE(c.value(QStringLiteral("tool")).toString(), QStringLiteral("shell"));
        QCOMPARE(c.value(QStringLiteral("pol")).toString(), QString(64, QLatin1Char('a')));
        QCOMPARE(c.value(QStringLiteral("iat")).toInteger(), m_clock.nowMs() / 1000);
        QCOMPARE(c.value(QStringLiteral("exp")).toInteger(), m_clock.nowMs() / 1000 + 300);
        QCOMPARE(c, issued->payload());
        QCOMPARE(issued->expiresAt - issued->issuedAt, CapabilityToken::DefaultTtlSeconds);
        QVERIFY(m_node->verify(parsed->signingInput, parsed->signature));
        // Compact form: three base64url parts, no padding.
        QVERIFY(!issued->token.contains(QLatin1Char('=')));
        QCOMPARE(issued->token.count(QLatin1Char('.')), 2);
    }

    void toolClaimOnlyWhenGiven()
    {
        auto issued = CapabilityToken::issue(*m_node, claims(QString()), m_clock);
        QVERIFY(issued.ok());
        QVERIFY(!issued->payload().contains(QStringLiteral("tool")));
        QVERIFY(!CapabilityToken::parse(issued->token)->payload.contains(QStringLiteral("tool")));
    }

    void ttlIsConfigurable_data()
    {
        QTest::addColumn<qint64>("ttl");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("1 s") << qint64(1) << true;
        QTest::newRow("1 h") << qint64(3600) << true;
        QTest::newRow("24 h") << qint64(86400) << true;
        QTest::newRow("zero") << qint64(0) << false;
        QTest::newRow("negative") << qint64(-5) << false;
        QTest::newRow("over a day") << qint64(86401) << false;
    }

    void ttlIsConfigurable()
    {
        QFETCH(qint64, ttl);
        QFETCH(bool, accepted);
        auto issued = CapabilityToken::issue(*m_node, claims(), m_clock, ttl);
        QCOMPARE(issued.ok(), accepted);
        if (accepted)
            QCOMPARE(issued->expiresAt, m_clock.nowMs() / 1000 + ttl);
        else
            QCOMPARE(issued.error().field, QStringLiteral("ttl"));
    }

    void requiredClaims_data()
    {
        QTest::addColumn<int>("blank");
        QTest::addColumn<QString>("field");
        QTest::newRow("sub") << 0 << QStringLiteral("sub");
        QTest::newRow("dec") << 1 << QStringLiteral("dec");
        QTest::newRow("act") << 2 << QStringLiteral("act");
        QTest::newRow("pol") << 3 << QStringLiteral("pol");
    }

    void requiredClaims()
    {
        QFETCH(int, blank);
        QFETCH(QString, field);
        TokenClaims c = claims();
        QString *fields[] = {&c.subject, &c.decisionId, &c.action, &c.policyHash};
        fields[blank]->clear();
        auto issued = CapabilityToken::issue(*m_node, c, m_clock);
        QVERIFY(!issued.ok());
        QCOMPARE(issued.error().field, field);
    }

    void uniqueIdsWithinOneMillisecond()
    {
        const QString a = CapabilityToken::issue(*m_node, claims(), m_clock)->jti;
        const QString b = CapabilityToken::issue(*m_node, claims(), m_clock)->jti;
        QVERIFY(a != b);
    }

    void opensslVerifiesTheSignature_data()
    {
        QTest::addColumn<int>("tamper");
        QTest::newRow("genuine") << 0;
        QTest::newRow("payload changed") << 1;
        QTest::newRow("signature changed") << 2;
    }

    void opensslVerifiesTheSignature()
    {
        // A real peer: openssl checks the EdDSA signature over the JWS signing input.
        QFETCH(int, tamper);
        auto issued = CapabilityToken::issue(*m_node, claims(), m_clock);
        QVERIFY(issued.ok());
        const QStringList parts = issued->token.split(QLatin1Char('.'));
        QByteArray input = (parts[0] + QLatin1Char('.') + parts[1]).toLatin1();
        QByteArray sig = QByteArray::fromBase64(parts[2].toLatin1(), QByteArray::Base64UrlEncoding);
        QCOMPARE(sig.size(), 64);
        if (tamper == 1) {
            QJsonObject payload = issued->payload();
            payload.insert(QStringLiteral("act"), QStringLiteral("delete_everything"));
            input = parts[0].toLatin1() + '.' +
                    CapabilityToken::base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        } else if (tamper == 2) {
            sig[5] = char(sig[5] ^ 0x04);
        }
        QVERIFY(writeFile(QStringLiteral("pub.pem"), m_node->publicKeyPem().toLatin1()));
        QVERIFY(writeFile(QStringLiteral("input"), input));
        QVERIFY(writeFile(QStringLiteral("sig"), sig));
        QProcess p;
        p.start(QStringLiteral("openssl"),
                {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                 QStringLiteral("-inkey"), m_dir.filePath(QStringLiteral("pub.pem")), QStringLiteral("-rawin"),
                 QStringLiteral("-in"), m_dir.filePath(QStringLiteral("input")), QStringLiteral("-sigfile"),
                 m_dir.filePath(QStringLiteral("sig"))});
        QVERIFY(p.waitForFinished(30000));
        const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
        QCOMPARE(p.exitCode() == 0, tamper == 0);
        if (tamper == 0)
            QVERIFY2(out.contains("Signature Verified Successfully"), out.constData());
    }

    void nodeVerifiesWithTheJwks_data()
    {
        QTest::addColumn<bool>("tamper");
        QTest::newRow("genuine") << false;
        QTest::newRow("payload changed") << true;
    }

    void nodeVerifiesWithTheJwks()
    {
        // A second real peer: Node's crypto imports the JWKS key (RFC 8037 OKP JWK) by kid and
        // checks the JWS, as a JWT library would.
        QFETCH(bool, tamper);
        if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
            QSKIP("node is not installed");
        auto issued = CapabilityToken::issue(*m_node, claims(), m_clock);
        QVERIFY(issued.ok());
        QString token = issued->token;
        if (tamper) {
            QJsonObject payload = issued->payload();
            payload.insert(QStringLiteral("tool"), QStringLiteral("rm"));
            QStringList parts = token.split(QLatin1Char('.'));
            parts[1] =
                QString::fromLatin1(CapabilityToken::base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
            token = parts.join(QLatin1Char('.'));
        }
        QVERIFY(writeFile(QStringLiteral("jwks.json"), QJsonDocument(m_node->jwks()).toJson()));
        QVERIFY(writeFile(QStringLiteral("token"), token.toLatin1()));
        const QString script =
            QStringLiteral("const fs = require('fs'); const crypto = require('crypto');"
                           "const jwks = JSON.parse(fs.readFileSync(process.argv[1], 'utf8'));"
                           "const [h, p, s] = fs.readFileSync(process.argv[2], 'utf8').trim().split('.');"
                           "const header = JSON.parse(Buffer.from(h, 'base64url'));"
                           "const jwk = jwks.keys.find(k => k.kid === header.kid);"
                           "if (!jwk || header.alg !== 'EdDSA' || jwk.alg !== 'EdDSA') process.exit(2);"
                           "const key = crypto.createPublicKey({key: jwk, format: 'jwk'});"
                           "const ok = crypto.verify(null, Buffer.from(h + '.' + p), key, Buffer.from(s, 'base64url'));"
                           "if (ok) process.stdout.write(JSON.parse(Buffer.from(p, 'base64url')).jti);"
                           "process.exit(ok ? 0 : 1);");
        QProcess p;
        p.start(QStringLiteral("node"), {QStringLiteral("-e"), script, m_dir.filePath(QStringLiteral("jwks.json")),
                                         m_dir.filePath(QStringLiteral("token"))});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == (tamper ? 1 : 0), p.readAllStandardError().constData());
        if (!tamper)
            QCOMPARE(QString::fromLatin1(p.readAllStandardOutput()), issued->jti);
    }

    void parseRejects_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("empty") << QString();
        QTest::newRow("one part") << QStringLiteral("abc");
        QTest::newRow("two parts") << QStringLiteral("eyJhIjoxfQ.eyJhIjoxfQ");
        QTest::newRow("four parts") << QStringLiteral("eyJhIjoxfQ.eyJhIjoxfQ.AAAA.AAAA");
        QTest::newRow("empty signature") << QStringLiteral("eyJhIjoxfQ.eyJhIjoxfQ.");
        QTest::newRow("padding") << QStringLiteral("eyJhIjoxfQ==.eyJhIjoxfQ.AAAA");
        QTest::newRow("standard alphabet") << QStringLiteral("eyJhIjoxfQ.eyJhIjoxfQ.AA+/");
        QTest::newRow("header not json") << QStringLiteral("bm90IGpzb24.eyJhIjoxfQ.AAAA");
        QTest::newRow("payload an array") << QStringLiteral("eyJhIjoxfQ.WzFd.AAAA");
        QTest::newRow("non-ascii") << QStringLiteral("eyJhIjoxfQ.eyJhIjoxfQ.AA\u00e9A");
    }

    void parseRejects()
    {
        QFETCH(QString, token);
        auto parsed = CapabilityToken::parse(token);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().field, QStringLiteral("token"));
    }
};

QTEST_GUILESS_MAIN(TestCapabilityToken)
#include "TestCapabilityToken.moc"
