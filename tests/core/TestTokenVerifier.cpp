#include "common/CanonicalJson.h"
#include "crypto/Ed25519KeyPair.h"
#include "crypto/NodeIdentity.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "support/StoreFixture.h"
#include "support/TestSecret.h"
#include "token/CapabilityToken.h"
#include "token/TokenStore.h"
#include "token/TokenVerifier.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

namespace {

const QString policy = QString(64, QLatin1Char('c'));
const QString otherPolicy = QString(64, QLatin1Char('d'));

enum class Case {
    Valid,
    ValidWithoutTool,
    Garbage,
    TwoParts,
    TamperedPayload,
    TamperedHeader,
    TamperedSignature,
    SignedByAnotherKey,
    AlgNone,
    AlgHs256,
    OtherKid,
    MissingClaim,
    ExpAsString,
    OtherIssuer,
    ExpiredAtExp,
    ExpiredLater,
    IssuedInFuture,
    ActionMismatch,
    ToolMismatch,
    ToolNotInToken,
    ToolNotInRequest,
    PolicyChanged,
    NoActivePolicy,
    Revoked,
};

} // namespace

Q_DECLARE_METATYPE(Case)

class TestTokenVerifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::StoreFixture m_fx;
    std::optional<NodeIdentity> m_node;
    std::unique_ptr<TokenStore> m_store;
    QHash<QString, QString> m_reasonsByCode;

    IssuedToken issue(const QString &tool = QStringLiteral("sql"))
    {
        IssuedToken t =
            CapabilityToken::issue(
                *m_node, {QStringLiteral("model:x"), QStringLiteral("dec_V"), QStringLiteral("query"), tool, policy},
                m_fx.clock)
                .value();
        auto e = m_fx.ledger->append(
            {QStringLiteral("decision"),
             QStringLiteral("apikey:bot"),
             {},
             [&](QSqlDatabase &conn, const LedgerEntry &) { return TokenStore::recordIssued(conn, t); }});
        if (!e.ok())
            qWarning("append failed: %s", qPrintable(e.error().message));
        return t;
    }

    // A token with any header and payload, signed by the node key (or another signer).
    QString forge(const QJsonObject &header, const QJsonObject &payload, const Ed25519KeyPair *other = nullptr) const
    {
        const QByteArray input = CapabilityToken::base64Url(CanonicalJson::serialize(header)) + '.' +
                                 CapabilityToken::base64Url(CanonicalJson::serialize(payload));
        const QByteArray sig = other ? other->sign(input) : m_node->sign(input);
        return QString::fromLatin1(input + '.' + CapabilityToken::base64Url(sig));
    }

    QJsonObject nodeHeader() const
    {
        return {{QStringLiteral("alg"), QStringLiteral("EdDSA")},
                {QStringLiteral("typ"), QStringLiteral("JWT")},
                {QStringLiteral("kid"), m_node->fingerprint()}};
    }

    static QString replacePart(const QString &token, int index, const QByteArray &part)
    {
        QStringList parts = token.split(QLatin1Char('.'));
        parts[index] = QString::fromLatin1(part);
        return parts.join(QLatin1Char('.'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Test::useSecretFileIfUnset(m_dir.path(), "verifier passphrase"));
        auto opened = m_fx.openDatabase();
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        auto node = NodeIdentity::openOrCreate(m_fx.db, m_fx.clock);
        QVERIFY2(node.ok(), qPrintable(node.error().message));
        m_node = *node;
        auto started = m_fx.startLedger(m_node->genesisPayload());
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        m_store = std::make_unique<TokenStore>(m_fx.db, *m_fx.ledger, m_fx.clock);
    }

    void verify_data()
    {
        QTest::addColumn<Case>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("valid") << Case::Valid << QStringLiteral("ok") << QStringLiteral("valid");
        QTest::newRow("valid without tool")
            << Case::ValidWithoutTool << QStringLiteral("ok") << QStringLiteral("valid");
        QTest::newRow("garbage") << Case::Garbage << QStringLiteral("malformed") << QStringLiteral("malformed");
        QTest::newRow("two parts") << Case::TwoParts << QStringLiteral("malformed") << QStringLiteral("three");
        QTest::newRow("tampered payload")
            << Case::TamperedPayload << QStringLiteral("bad_signature") << QStringLiteral("altered");
        QTest::newRow("tampered header") << Case::TamperedHeader << QStringLiteral("bad_signature")
                                         << QStringLiteral("altered");
        QTest::newRow("tampered signature")
            << Case::TamperedSignature << QStringLiteral("bad_signature") << QStringLiteral("signature");
        QTest::newRow("signed by another key")
            << Case::SignedByAnotherKey << QStringLiteral("bad_signature") << QStringLiteral("signature");
        QTest::newRow("alg none") << Case::AlgNone << QStringLiteral("wrong_algorithm") << QStringLiteral("\"none\"");
        QTest::newRow("alg HS256") << Case::AlgHs256 << QStringLiteral("wrong_algorithm") << QStringLiteral("HS256");
        QTest::newRow("other kid") << Case::OtherKid << QStringLiteral("unknown_key")
                                   << QStringLiteral("not this node's key");
        QTest::newRow("missing claim") << Case::MissingClaim << QStringLiteral("malformed")
                                       << QStringLiteral("\"dec\"");
        QTest::newRow("exp not a number")
            << Case::ExpAsString << QStringLiteral("malformed") << QStringLiteral("\"exp\"");
        QTest::newRow("other issuer") << Case::OtherIssuer << QStringLiteral("wrong_issuer")
                                      << QStringLiteral("node-elsewhere");
        QTest::newRow("at exp") << Case::ExpiredAtExp << QStringLiteral("expired") << QStringLiteral("expired at");
        QTest::newRow("long after exp") << Case::ExpiredLater << QStringLiteral("expired")
                                        << QStringLiteral("new decision");
        QTest::newRow("issued in the future")
            << Case::IssuedInFuture << QStringLiteral("not_yet_valid") << QStringLiteral("future");
        QTest::newRow("action mismatch") << Case::ActionMismatch << QStringLiteral("action_mismatch")
                                         << QStringLiteral("\"drop\"");
        QTest::newRow("tool mismatch") << Case::ToolMismatch << QStringLiteral("tool_mismatch")
                                       << QStringLiteral("\"shell\"");
        QTest::newRow("tool not in token")
            << Case::ToolNotInToken << QStringLiteral("tool_mismatch") << QStringLiteral("no tool");
        QTest::newRow("tool not in request")
            << Case::ToolNotInRequest << QStringLiteral("tool_mismatch") << QStringLiteral("name it");
        QTest::newRow("policy changed") << Case::PolicyChanged << QStringLiteral("policy_inactive")
                                        << QStringLiteral("no longer");
        QTest::newRow("no active policy")
            << Case::NoActivePolicy << QStringLiteral("policy_inactive") << QStringLiteral("active policy");
        QTest::newRow("revoked") << Case::Revoked << QStringLiteral("revoked") << QStringLiteral("revoked");
    }

    void verify()
    {
        QFETCH(Case, kind);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        const TokenVerifier verifier(*m_node, *m_store);
        const IssuedToken t =
            issue(kind == Case::ValidWithoutTool || kind == Case::ToolNotInToken ? QString() : QStringLiteral("sql"));
        QString token = t.token;
        QString action = QStringLiteral("query");
        QString tool = t.claims.tool;
        QString active = policy;
        qint64 now = m_fx.clock.nowMs() + 1000;
        QJsonObject header = nodeHeader();
        QJsonObject payload = t.payload();

        switch (kind) {
        case Case::Valid:
        case Case::ValidWithoutTool: break;
        case Case::Garbage: token = QStringLiteral("not a token"); break;
        case Case::TwoParts: token = token.section(QLatin1Char('.'), 0, 1); break;
        case Case::TamperedPayload:
            payload.insert(QStringLiteral("exp"), t.expiresAt + 86400);
            token = replacePart(token, 1, CapabilityToken::base64Url(CanonicalJson::serialize(payload)));
            break;
        case Case::TamperedHeader:
            header.insert(QStringLiteral("typ"), QStringLiteral("at+jwt"));
            token = replacePart(token, 0, CapabilityToken::base64Url(CanonicalJson::serialize(header)));
            break;
        case Case::TamperedSignature: {
            QByteArray sig =
                QByteArray::fromBase64(token.section(QLatin1Char('.'), 2).toLatin1(), QByteArray::Base64UrlEncoding);
            sig[63] = char(sig[63] ^ 0x10);
            token = replacePart(token, 2, CapabilityToken::base64Url(sig));
            break;
        }
        case Case::SignedByAnotherKey: {
            const Ed25519KeyPair other = Ed25519KeyPair::generate();
            token = forge(header, payload, &other);
            break;
        }
        case Case::AlgNone:
            header.insert(QStringLiteral("alg"), QStringLiteral("none"));
            token = forge(header, payload);
            break;
        case Case::AlgHs256:
            header.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
            token = forge(header, payload);
            break;
        case Case::OtherKid:
            header.insert(QStringLiteral("kid"), QString(64, QLatin1Char('0')));
            token = forge(header, payload);
            break;
        case Case::MissingClaim:
            payload.remove(QStringLiteral("dec"));
            token = forge(header, payload);
            break;
        case Case::ExpAsString:
            payload.insert(QStringLiteral("exp"), QString::number(t.expiresAt));
            token = forge(header, payload);
            break;
        case Case::OtherIssuer:
            payload.insert(QStringLiteral("iss"), QStringLiteral("node-elsewhere"));
            token = forge(header, payload);
            break;
        case Case::ExpiredAtExp: now = t.expiresAt * 1000; break;
        case Case::ExpiredLater: now = t.expiresAt * 1000 + 3600000; break;
        case Case::IssuedInFuture: now = m_fx.clock.nowMs() - 10 * 60000; break;
        case Case::ActionMismatch: action = QStringLiteral("drop"); break;
        case Case::ToolMismatch: tool = QStringLiteral("shell"); break;
        case Case::ToolNotInToken: tool = QStringLiteral("sql"); break;
        case Case::ToolNotInRequest: tool.clear(); break;
        case Case::PolicyChanged: active = otherPolicy; break;
        case Case::NoActivePolicy: active.clear(); break;
        case Case::Revoked:
            QVERIFY(m_store->revoke(t.jti, QStringLiteral("test"), Principal::user(QStringLiteral("root"), Role::Admin))
                        .ok());
            break;
        }

        const TokenVerdict v = verifier.verify(token, action, tool, active, now);
        QVERIFY2(v.code == code, qPrintable(v.code + QStringLiteral(": ") + v.reason));
        QCOMPARE(v.valid, code == QLatin1String("ok"));
        QVERIFY2(v.reason.contains(mentions), qPrintable(v.reason));
        QVERIFY(v.reason.endsWith(QLatin1Char('.')));
        if (code != QLatin1String("malformed"))
            QCOMPARE(v.claims.value(QStringLiteral("jti")).toString(), t.jti);
        m_reasonsByCode.insert(code, v.reason);
    }

    void everyCodeHasItsOwnSentence()
    {
        // Collected from verify()'s rows: one distinct sentence per refusal kind.
        const QStringList codes = m_reasonsByCode.keys();
        QCOMPARE(codes.size(), 12);
        QSet<QString> sentences;
        for (const QString &c : codes)
            sentences.insert(m_reasonsByCode.value(c));
        QCOMPARE(sentences.size(), codes.size());
    }

    void verifierFromRawKeyAgreesWithNode()
    {
        const IssuedToken t = issue();
        const TokenVerifier raw(m_node->publicKeyRaw(), m_node->fingerprint(), m_node->nodeId(), *m_store);
        QVERIFY(raw.verify(t.token, QStringLiteral("query"), QStringLiteral("sql"), policy, m_fx.clock.nowMs()).valid);
        // Surrounding whitespace from a copy-paste does not matter.
        QVERIFY(raw.verify(QStringLiteral("  ") + t.token + QStringLiteral("\n"), QStringLiteral("query"),
                           QStringLiteral("sql"), policy, m_fx.clock.nowMs())
                    .valid);
    }
};

QTEST_GUILESS_MAIN(TestTokenVerifier)
#include "TestTokenVerifier.moc"
