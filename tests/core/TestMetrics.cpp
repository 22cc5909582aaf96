#include "observability/Metrics.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <thread>
#include <vector>

using namespace Lexecon;

class TestMetrics : public QObject
{
    Q_OBJECT

    // A registry like the intake's: every kind of family, labels that need escaping.
    static void defineIntakeLike(Metrics &m)
    {
        m.defineCounter(QStringLiteral("lexecon_decisions_total"), QStringLiteral("Decisions answered, by outcome."));
        m.defineCounter(QStringLiteral("lexecon_auth_failures_total"),
                        QStringLiteral("Refused credentials, by reason."));
        m.defineGauge(QStringLiteral("lexecon_ledger_entries"), QStringLiteral("Entries in the ledger."),
                      [] { return 42.0; });
        m.defineHistogram(QStringLiteral("lexecon_request_duration_seconds"),
                          QStringLiteral("Time from request to response.\nIn seconds, with a \\ backslash."),
                          {0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1});
        m.increment(QStringLiteral("lexecon_decisions_total"),
                    {{QStringLiteral("outcome"), QStringLiteral("approved")}}, 3);
        m.increment(QStringLiteral("lexecon_decisions_total"), {{QStringLiteral("outcome"), QStringLiteral("denied")}});
        m.increment(QStringLiteral("lexecon_auth_failures_total"),
                    {{QStringLiteral("reason"), QStringLiteral("bad \"key\"\nwith \\ slash")}});
        m.observe(QStringLiteral("lexecon_request_duration_seconds"),
                  {{QStringLiteral("route"), QStringLiteral("/v1/decisions")}}, 0.003);
        m.observe(QStringLiteral("lexecon_request_duration_seconds"),
                  {{QStringLiteral("route"), QStringLiteral("/v1/decisions")}}, 0.2);
        m.observe(QStringLiteral("lexecon_request_duration_seconds"),
                  {{QStringLiteral("route"), QStringLiteral("/v1/decisions")}}, 7);
    }

private Q_SLOTS:
    void rendersCountersAndGauges()
    {
        Metrics m;
        defineIntakeLike(m);
        const QByteArray text = m.render();
        QVERIFY2(text.contains("# HELP lexecon_decisions_total Decisions answered, by outcome.\n"
                               "# TYPE lexecon_decisions_total counter\n"
                               "lexecon_decisions_total{outcome=\"approved\"} 3\n"
                               "lexecon_decisions_total{outcome=\"denied\"} 1\n"),
                 text.constData());
        QVERIFY(text.contains("# TYPE lexecon_ledger_entries gauge\nlexecon_ledger_entries 42\n"));
        QVERIFY(text.endsWith('\n'));
        QCOMPARE(m.counterValue(QStringLiteral("lexecon_decisions_total"),
                                {{QStringLiteral("outcome"), QStringLiteral("approved")}}),
                 3.0);
        QCOMPARE(m.counterValue(QStringLiteral("lexecon_decisions_total"),
                                {{QStringLiteral("outcome"), QStringLiteral("x")}}),
                 0.0);
        QCOMPARE(m.counterValue(QStringLiteral("no_such_total")), 0.0);
    }

    // A counter kept elsewhere (the ledger writer's commits) is read at each scrape, typed as a
    // counter, and increment() cannot move it.
    void counterReadAtScrapeTime()
    {
        Metrics m;
        double commits = 7;
        m.defineCounter(QStringLiteral("lexecon_ledger_commits_total"), QStringLiteral("Ledger commits."),
                        [&commits] { return commits; });
        QVERIFY(m.render().contains("# TYPE lexecon_ledger_commits_total counter\nlexecon_ledger_commits_total 7\n"));
        commits = 9;
        m.increment(QStringLiteral("lexecon_ledger_commits_total"));
        QVERIFY(m.render().contains("\nlexecon_ledger_commits_total 9\n"));
        QCOMPARE(m.counterValue(QStringLiteral("lexecon_ledger_commits_total")), 9.0);
    }

    void unlabelledCounterReadsZeroBeforeUse()
    {
        Metrics m;
        m.defineCounter(QStringLiteral("lexecon_rate_limited_total"), QStringLiteral("Requests refused with 429."));
        QVERIFY(m.render().contains("\nlexecon_rate_limited_total 0\n"));
        m.increment(QStringLiteral("lexecon_rate_limited_total"));
        QVERIFY(m.render().contains("\nlexecon_rate_limited_total 1\n"));
    }

    void escapesLabelValuesAndHelp()
    {
        Metrics m;
        defineIntakeLike(m);
        const QByteArray text = m.render();
        QVERIFY2(text.contains("lexecon_auth_failures_total{reason=\"bad \\\"key\\\"\\nwith \\\\ slash\"} 1\n"),
                 text.constData());
        QVERIFY(text.contains("# HELP lexecon_request_duration_seconds Time from request to response.\\nIn seconds, "
                              "with a \\\\ backslash.\n"));
    }

    void histogramBucketsAreCumulative()
    {
        Metrics m;
        defineIntakeLike(m);
        const QByteArray text = m.render();
        const QByteArray p = "lexecon_request_duration_seconds_bucket{route=\"/v1/decisions\",le=";
        QVERIFY2(text.contains(p + "\"0.001\"} 0\n"), text.constData());
        QVERIFY(text.contains(p + "\"0.005\"} 1\n"));
        QVERIFY(text.contains(p + "\"0.1\"} 1\n"));
        QVERIFY(text.contains(p + "\"0.5\"} 2\n"));
        QVERIFY(text.contains(p + "\"1\"} 2\n"));
        QVERIFY(text.contains(p + "\"+Inf\"} 3\n"));
        QVERIFY(text.contains("lexecon_request_duration_seconds_sum{route=\"/v1/decisions\"} 7.203\n"));
        QVERIFY(text.contains("lexecon_request_duration_seconds_count{route=\"/v1/decisions\"} 3\n"));
    }

    void valueOnABoundCountsInThatBucket()
    {
        Metrics m;
        m.defineHistogram(QStringLiteral("x_seconds"), QStringLiteral("x"), {1, 2});
        m.observe(QStringLiteral("x_seconds"), {}, 1);
        const QByteArray text = m.render();
        QVERIFY2(text.contains("x_seconds_bucket{le=\"1\"} 1\n"), text.constData());
    }

    void wrongUseIsIgnored()
    {
        Metrics m;
        m.defineCounter(QStringLiteral("a_total"), QStringLiteral("a"));
        m.defineCounter(QStringLiteral("bad name_total"), QStringLiteral("refused"));
        m.increment(QStringLiteral("a_total"), {}, -1); // counters never go down
        m.increment(QStringLiteral("a_total"), {{QStringLiteral("bad-label"), QStringLiteral("v")}});
        m.increment(QStringLiteral("undefined_total"));
        m.observe(QStringLiteral("a_total"), {}, 1); // not a histogram
        const QByteArray text = m.render();
        QVERIFY(!text.contains("bad name"));
        QVERIFY(!text.contains("bad-label"));
        QVERIFY(!text.contains("undefined"));
        QVERIFY(text.contains("\na_total 0\n"));
    }

    void concurrentIncrementsSumExactly()
    {
        Metrics m;
        m.defineCounter(QStringLiteral("hits_total"), QStringLiteral("hits"));
        m.defineHistogram(QStringLiteral("lat_seconds"), QStringLiteral("latency"), {0.5});
        constexpr int threads = 8, perThread = 20000;
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t) {
            pool.emplace_back([&m, t] {
                const Metrics::Labels labels{{QStringLiteral("thread"), QString::number(t % 2)}};
                for (int i = 0; i < perThread; ++i) {
                    m.increment(QStringLiteral("hits_total"), labels);
                    m.observe(QStringLiteral("lat_seconds"), {}, i % 2 ? 0.25 : 0.75);
                    if (i % 5000 == 0)
                        (void)m.render(); // scrapes while counting
                }
            });
        }
        for (auto &t : pool)
            t.join();
        const double a =
            m.counterValue(QStringLiteral("hits_total"), {{QStringLiteral("thread"), QStringLiteral("0")}});
        const double b =
            m.counterValue(QStringLiteral("hits_total"), {{QStringLiteral("thread"), QStringLiteral("1")}});
        QCOMPARE(a, double(threads / 2 * perThread));
        QCOMPARE(b, double(threads / 2 * perThread));
        const QByteArray text = m.render();
        QVERIFY2(text.contains(QByteArray("lat_seconds_count ") + QByteArray::number(threads * perThread) + '\n'),
                 text.constData());
        QVERIFY(text.contains(QByteArray("lat_seconds_bucket{le=\"0.5\"} ") +
                              QByteArray::number(threads * perThread / 2) + '\n'));
        QVERIFY(
            text.contains(QByteArray("lat_seconds_sum ") + QByteArray::number(threads * perThread / 2 * 1.0) + '\n'));
    }

    // The real Prometheus parser and linter. install-deps installs it, so a missing promtool
    // is a broken setup and fails the test.
    void promtoolAcceptsTheOutput()
    {
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (promtool.isEmpty())
            QFAIL("promtool is not installed; run scripts/install-deps.sh (Debian package prometheus)");
        Metrics m;
        defineIntakeLike(m);
        m.defineCounter(QStringLiteral("lexecon_rate_limited_total"), QStringLiteral("Requests refused with 429."));
        m.defineGauge(QStringLiteral("lexecon_escalations_open"), QStringLiteral("Open escalations."),
                      [] { return 0.5; });
        m.defineCounter(QStringLiteral("lexecon_ledger_fsync_seconds_total"), QStringLiteral("Time in fdatasync."),
                        [] { return 0.25; });
        QProcess p;
        p.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY(p.waitForStarted());
        p.write(m.render());
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        const QByteArray said = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, said.constData());
        QVERIFY2(said.trimmed().isEmpty(), said.constData()); // no lint warnings either

        // And it does reject broken text, so the check above means something.
        QProcess bad;
        bad.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY(bad.waitForStarted());
        bad.write("# TYPE x counter\nx{a=\"unterminated} 1\n");
        bad.closeWriteChannel();
        QVERIFY(bad.waitForFinished(30000));
        QVERIFY(bad.exitCode() != 0);
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "TestMetrics.moc"
