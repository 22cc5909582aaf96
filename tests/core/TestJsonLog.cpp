#include "observability/JsonLog.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <thread>
#include <vector>

using namespace Lexecon;

class TestJsonLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QList<QByteArray> linesOf(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> lines = f.readAll().split('\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }

private Q_SLOTS:
    void writesOneObjectALine()
    {
        const QString path = m_dir.filePath(QStringLiteral("one.log"));
        FILE *f = std::fopen(qPrintable(path), "w");
        QVERIFY(f);
        {
            JsonLog log(f, JsonLog::Level::Info);
            log.write(JsonLog::Level::Info, QStringLiteral("listening"),
                      {{QStringLiteral("address"), QStringLiteral("127.0.0.1:8080")}, {QStringLiteral("threads"), 32}});
            log.write(JsonLog::Level::Error, QStringLiteral("two\nlines \"quoted\""),
                      {{QStringLiteral("msg"), QStringLiteral("clash")}});
        }
        std::fclose(f);
        const auto lines = linesOf(path);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].startsWith("{\"ts\":\""), lines[0].constData());
        QJsonParseError err;
        const QJsonObject first = QJsonDocument::fromJson(lines[0], &err).object();
        QCOMPARE(err.error, QJsonParseError::NoError);
        QCOMPARE(first.value(QStringLiteral("level")).toString(), QStringLiteral("info"));
        QCOMPARE(first.value(QStringLiteral("msg")).toString(), QStringLiteral("listening"));
        QCOMPARE(first.value(QStringLiteral("threads")).toInt(), 32);
        QVERIFY(first.value(QStringLiteral("ts")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(first.value(QStringLiteral("ts")).toString().size(), 24);
        const QJsonObject second = QJsonDocument::fromJson(lines[1], &err).object();
        QCOMPARE(err.error, QJsonParseError::NoError);
        QCOMPARE(second.value(QStringLiteral("msg")).toString(), QStringLiteral("two\nlines \"quoted\""));
        QCOMPARE(second.value(QStringLiteral("field_msg")).toString(), QStringLiteral("clash"));
        QCOMPARE(second.value(QStringLiteral("level")).toString(), QStringLiteral("error"));
    }

    void levelsBelowTheMinimumAreDropped()
    {
        const QString path = m_dir.filePath(QStringLiteral("levels.log"));
        FILE *f = std::fopen(qPrintable(path), "w");
        JsonLog log(f, JsonLog::Level::Warning);
        QVERIFY(!log.enabled(JsonLog::Level::Info));
        QVERIFY(log.enabled(JsonLog::Level::Error));
        log.write(JsonLog::Level::Debug, QStringLiteral("no"));
        log.write(JsonLog::Level::Info, QStringLiteral("no"));
        log.write(JsonLog::Level::Warning, QStringLiteral("yes"));
        log.setMinimum(JsonLog::Level::Debug);
        log.write(JsonLog::Level::Debug, QStringLiteral("yes"));
        std::fflush(f);
        const auto lines = linesOf(path);
        std::fclose(f);
        QCOMPARE(lines.size(), 2);
        QVERIFY(!lines.join().contains("\"no\""));
    }

    void levelNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("level");
        QTest::newRow("debug") << "debug" << true << int(JsonLog::Level::Debug);
        QTest::newRow("INFO") << "INFO" << true << int(JsonLog::Level::Info);
        QTest::newRow("warn") << "warn" << true << int(JsonLog::Level::Warning);
        QTest::newRow("error") << "error" << true << int(JsonLog::Level::Error);
        QTest::newRow("verbose") << "verbose" << false << 0;
        QTest::newRow("empty") << "" << false << 0;
    }
    void levelNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QFETCH(int, level);
        JsonLog::Level parsed = JsonLog::Level::Error;
        QCOMPARE(JsonLog::parseLevel(name, &parsed), valid);
        if (valid) {
            QCOMPARE(int(parsed), level);
            QVERIFY(JsonLog::parseLevel(JsonLog::levelName(parsed), nullptr));
        }
    }

    void concurrentWritersNeverInterleave()
    {
        const QString path = m_dir.filePath(QStringLiteral("threads.log"));
        FILE *f = std::fopen(qPrintable(path), "w");
        {
            JsonLog log(f);
            std::vector<std::thread> pool;
            for (int t = 0; t < 8; ++t) {
                pool.emplace_back([&log, t] {
                    for (int i = 0; i < 500; ++i)
                        log.write(JsonLog::Level::Info, QString(200, QLatin1Char('a' + t)), {{QStringLiteral("i"), i}});
                });
            }
            for (auto &th : pool)
                th.join();
        }
        std::fclose(f);
        const auto lines = linesOf(path);
        QCOMPARE(lines.size(), 8 * 500);
        for (const QByteArray &line : lines) {
            QJsonParseError err;
            QJsonDocument::fromJson(line, &err);
            QVERIFY2(err.error == QJsonParseError::NoError, line.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonLog)
#include "TestJsonLog.moc"
