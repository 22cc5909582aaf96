// kill -9 of `lexecon-cli serve` under load, repeated: every decision a client received a 200 for
// must be in the ledger after the restart, at the index and with the entry hash it was answered
// with, and the ledger must verify. The load comes from this process over real HTTP on 127.0.0.1.

#include "crypto/Sha256.h"
#include "support/ServeProcess.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace Lexecon;

namespace {

struct Answered
{
    qint64 index = -1;
    QString entryHash;
};

} // namespace

class TestServeKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killUnderLoadKeepsEveryAnsweredDecision();

private:
    QByteArray cli(const QStringList &args, int *exitCode = nullptr);
    // Starts the server, loads it until a random moment, kills it with SIGKILL; returns how many
    // decisions were answered with 200 in this round.
    int roundOfLoadAndKill(int round);

    QTemporaryDir m_dir;
    QString m_cli;
    QString m_key;
    QHash<QString, Answered> m_answered; // decision_id -> what the 200 said
};

QByteArray TestServeKill::cli(const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(m_cli, QStringList{QStringLiteral("--data-dir"), m_dir.path()} + args);
    p.waitForFinished(300000);
    if (exitCode)
        *exitCode = p.exitCode();
    else if (p.exitCode() != 0)
        qWarning("lexecon-cli %s: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

void TestServeKill::initTestCase()
{
    m_cli = QStringLiteral(LEXECON_CLI_BINARY);
    QVERIFY(m_dir.isValid());
    int code = -1;
    cli({QStringLiteral("init")}, &code);
    QCOMPARE(code, 0);
    cli({QStringLiteral("policy"), QStringLiteral("load"), QStringLiteral(LEXECON_SOURCE_DIR "/resources/policies/customer-support-ai.json")},
        &code);
    QCOMPARE(code, 0);
    m_key = QJsonDocument::fromJson(cli({QStringLiteral("apikey"), QStringLiteral("create"), QStringLiteral("loader"),
                                         QStringLiteral("--scopes"), QStringLiteral("decide,read"), QStringLiteral("--rate"),
                                         QStringLiteral("100000")}))
                .object()
                .value(QStringLiteral("key"))
                .toString();
    QVERIFY2(m_key.startsWith(QLatin1String("lxk_")), "apikey create gave no key");
}

int TestServeKill::roundOfLoadAndKill(int round)
{
    QProcess server;
    const QString base = startServe(server, m_cli, m_dir.path(), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    if (base.isEmpty()) {
        qWarning("round %d: the server did not start: %s", round, server.readAllStandardError().constData());
        return -1;
    }

    // Keep `inFlight` requests going until the kill; each 200 is recorded as it arrives.
    QNetworkAccessManager nam;
    const QUrl url(base + QStringLiteral("/v1/decisions"));
    const QList<QByteArray> bodies = {
        "{\"actor\":\"support_bot\",\"action\":\"search_kb\",\"data_classes\":[\"public\"]}",
        "{\"actor\":\"support_bot\",\"action\":\"export\",\"data_classes\":[\"pii\"]}",
        "{\"actor\":\"support_bot\",\"action\":\"lookup_customer\",\"data_classes\":[\"pii\"],\"risk\":{\"security\":90}}",
    };
    int answered = 0;
    bool killed = false;
    std::function<void()> send = [&]() {
        if (killed)
            return;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_key.toLatin1());
        QNetworkReply *reply = nam.post(request, bodies.at(QRandomGenerator::global()->bounded(bodies.size())));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply]() {
            reply->deleteLater();
            // A 200 whose body was cut by the kill was never received: only complete answers count.
            const QJsonObject d = QJsonDocument::fromJson(reply->readAll()).object();
            if (reply->error() == QNetworkReply::NoError && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200
                && d.contains(QStringLiteral("decision_id"))) {
                const QJsonObject ledger = d.value(QStringLiteral("ledger")).toObject();
                m_answered.insert(d.value(QStringLiteral("decision_id")).toString(),
                                  Answered{ledger.value(QStringLiteral("index")).toInteger(-1),
                                           ledger.value(QStringLiteral("entry_hash")).toString()});
                ++answered;
            }
            send();
        });
    };
    const int inFlight = 12;
    for (int i = 0; i < inFlight; ++i)
        send();

    const int runMs = 400 + QRandomGenerator::global()->bounded(1200);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < runMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    server.kill(); // SIGKILL: no chance to drain or flush anything
    killed = true;
    server.waitForFinished(10000);
    // Let the cut connections fail; a reply that completed before the kill still counts.
    timer.restart();
    while (timer.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return answered;
}

void TestServeKill::killUnderLoadKeepsEveryAnsweredDecision()
{
    const int rounds = qEnvironmentVariableIntValue("LEXECON_KILL_ROUNDS") > 0 ? qEnvironmentVariableIntValue("LEXECON_KILL_ROUNDS") : 10;
    for (int round = 0; round < rounds; ++round) {
        const int answered = roundOfLoadAndKill(round);
        QVERIFY2(answered > 0, qPrintable(QStringLiteral("round %1: no decision was answered before the kill").arg(round)));
    }

    int code = -1;
    const QByteArray verify = cli({QStringLiteral("ledger"), QStringLiteral("verify")}, &code);
    QVERIFY2(code == 0, verify.constData());

    // Every entry of the ledger, by the decision it records: index and the hash of its canonical bytes.
    QHash<QString, Answered> inLedger;
    const QByteArray entries = cli({QStringLiteral("ledger"), QStringLiteral("entries"), QStringLiteral("--count"), QStringLiteral("10000000")},
                                   &code);
    QCOMPARE(code, 0);
    for (const QByteArray &line : entries.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        const QString decisionId = entry.value(QStringLiteral("payload")).toObject().value(QStringLiteral("decision_id")).toString();
        if (entry.value(QStringLiteral("type")).toString() == QLatin1String("decision") && !decisionId.isEmpty())
            inLedger.insert(decisionId, Answered{entry.value(QStringLiteral("index")).toInteger(-1), Sha256::hex(line)});
    }
    QVERIFY(!m_answered.isEmpty());
    for (auto it = m_answered.cbegin(); it != m_answered.cend(); ++it) {
        QVERIFY2(inLedger.contains(it.key()), qPrintable(QStringLiteral("%1 was answered 200 but is not in the ledger").arg(it.key())));
        QCOMPARE(inLedger.value(it.key()).index, it->index);
        QCOMPARE(inLedger.value(it.key()).entryHash, it->entryHash);
    }
    qInfo("%d rounds, %lld decisions answered, all in a ledger that verifies (%lld decision entries)", rounds,
          qint64(m_answered.size()), qint64(inLedger.size()));
}

QTEST_GUILESS_MAIN(TestServeKill)
#include "TestServeKill.moc"
