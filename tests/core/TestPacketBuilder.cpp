#include "AuditFixture.h"
#include "audit/PacketReader.h"
#include "audit/PacketVerifier.h"
#include "crypto/NodeIdentity.h"
#include "ledger/LedgerStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Lexecon;

// PacketBuilder over a real workspace: the files SPEC section 8 names, by scope and format,
// the manifest, SHA256SUMS and its signature, proofs for every cited entry, progress and cancel.
class TestPacketBuilder : public QObject
{
    Q_OBJECT

private:
    Test::AuditFixture m_fx;
    const Principal m_operator = Principal::system(QStringLiteral("local-operator"));

    PacketTerms terms(const QString &scope, const QString &formats = QStringLiteral("json,csv,md,html"))
    {
        PacketTerms t;
        t.scope = scope;
        t.formats = PacketScope::parseFormats(formats).value();
        return t;
    }

    QJsonObject manifestOf(const QString &path)
    {
        auto reader = PacketReader::open(path);
        if (!reader)
            return {};
        return QJsonDocument::fromJson((*reader)->read(QStringLiteral("manifest.json")).value()).object();
    }

private Q_SLOTS:
    void initTestCase() { m_fx.open(); }

    void allScopeHoldsEverySection()
    {
        const QString out = m_fx.path(QStringLiteral("all.zip"));
        QList<QString> stages;
        auto builder = m_fx.builder();
        builder.setProgress([&](const QString &stage, double) {
            if (!stages.contains(stage))
                stages << stage;
            return true;
        });
        auto built = builder.build(terms(QStringLiteral("all")), out, m_operator);
        QVERIFY2(built.ok(), qPrintable(built.error().message));
        QCOMPARE(built->summary.decisions, qint64(m_fx.decisions.size()));
        QVERIFY(built->summary.escalations >= 1);
        QCOMPARE(built->summary.escalations, built->summary.outcomes.value(QStringLiteral("escalated")));
        QCOMPARE(built->summary.overrides, qint64(1));
        QVERIFY(stages.contains(QStringLiteral("decisions")) && stages.contains(QStringLiteral("archive")));
        auto reader = PacketReader::open(out);
        QVERIFY(reader.ok());
        const QStringList names = (*reader)->names();
        for (const char *name : {"manifest.json", "decisions.json", "decisions.csv", "risk.json", "escalations.json",
                                 "overrides.json", "evidence/index.json", "compliance.json", "interventions.json",
                                 "report.md", "report.html", "ledger/checkpoint", "node-public-key.pem", "SHA256SUMS",
                                 "SHA256SUMS.sig", "VERIFY.txt"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        QVERIFY(!names.contains(QStringLiteral("report.pdf")));
        // decisions.json is one record per decision, in SPEC section 3's shape.
        const QJsonArray decisions = QJsonDocument::fromJson((*reader)->read(QStringLiteral("decisions.json")).value()).array();
        QCOMPARE(decisions.size(), m_fx.decisions.size());
        QVERIFY(decisions.first().toObject().value(QStringLiteral("ledger")).toObject().contains(QStringLiteral("entry_hash")));
        const QByteArray csv = (*reader)->read(QStringLiteral("decisions.csv")).value();
        QCOMPARE(csv.count("\r\n"), m_fx.decisions.size() + 1);
        // The compliance section is the compliance module's snapshot of the frameworks.
        const QJsonObject compliance = QJsonDocument::fromJson((*reader)->read(QStringLiteral("compliance.json")).value()).object();
        QVERIFY(!compliance.value(QStringLiteral("frameworks")).toArray().isEmpty());
        // Every cited entry has its proof; every decision's entry is cited.
        const QJsonObject manifest = manifestOf(out);
        const QJsonArray cited = manifest.value(QStringLiteral("ledger")).toObject().value(QStringLiteral("cited_entries")).toArray();
        QVERIFY(cited.size() >= m_fx.decisions.size());
        for (const QJsonValue &i : cited)
            QVERIFY(names.contains(QStringLiteral("ledger/proofs/%1.tlog-proof").arg(i.toInteger())));
        QCOMPARE(built->proofs, qint64(cited.size()));
        // The bare build says honestly that nobody else approved it.
        QCOMPARE(manifest.value(QStringLiteral("four_eyes")).toBool(), false);
        QCOMPARE(manifest.value(QStringLiteral("requester")).toObject().value(QStringLiteral("actor")).toString(),
                 QStringLiteral("local-operator"));
        QCOMPARE(manifest.value(QStringLiteral("node_id")).toString(), m_fx.ws->node().nodeId());
        // The build itself is a ledger entry.
        QCOMPARE(LedgerStore(m_fx.ws->database()).entry(built->builtLedgerIndex)->type, QStringLiteral("audit_packet_built"));
    }

    void sumsListEveryOtherFileAndAreSigned()
    {
        const QString out = m_fx.path(QStringLiteral("sums.zip"));
        QVERIFY(m_fx.builder().build(terms(QStringLiteral("decision_log_only")), out, m_operator).ok());
        auto reader = PacketReader::open(out);
        const QByteArray sums = (*reader)->read(QStringLiteral("SHA256SUMS")).value();
        QStringList listed;
        for (const QByteArray &line : sums.split('\n'))
            if (!line.isEmpty())
                listed << QString::fromUtf8(line.mid(66));
        QStringList expected = (*reader)->names();
        expected.removeAll(QStringLiteral("SHA256SUMS"));
        expected.removeAll(QStringLiteral("SHA256SUMS.sig"));
        listed.sort();
        expected.sort();
        QCOMPARE(listed, expected);
        const QByteArray sig = (*reader)->read(QStringLiteral("SHA256SUMS.sig")).value();
        QCOMPARE(sig.size(), 64);
        QVERIFY(m_fx.ws->node().verify(sums, sig));
    }

    void scopePicksSections_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("risk_only") << "risk_only" << QStringList{"risk.json"} << QStringList{"decisions.json", "escalations.json"};
        QTest::newRow("escalation_only") << "escalation_only" << QStringList{"escalations.json"} << QStringList{"decisions.json", "risk.json"};
        QTest::newRow("override_only") << "override_only" << QStringList{"overrides.json"} << QStringList{"decisions.csv"};
        QTest::newRow("evidence_only") << "evidence_only" << QStringList{"evidence/index.json"} << QStringList{"overrides.json"};
        QTest::newRow("compliance_only") << "compliance_only" << QStringList{"compliance.json"} << QStringList{"risk.json"};
        QTest::newRow("decision_log_only") << "decision_log_only" << QStringList{"decisions.json", "decisions.csv"}
                                           << QStringList{"risk.json", "interventions.json"};
    }
    void scopePicksSections()
    {
        QFETCH(QString, scope);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const QString out = m_fx.path(scope + QStringLiteral(".zip"));
        auto built = m_fx.builder().build(terms(scope), out, m_operator);
        QVERIFY2(built.ok(), qPrintable(built.error().message));
        const QStringList names = PacketReader::open(out).value()->names();
        for (const QString &n : present)
            QVERIFY2(names.contains(n), qPrintable(n));
        for (const QString &n : absent)
            QVERIFY2(!names.contains(n), qPrintable(n));
        auto verified = PacketVerifier::verify(out);
        QVERIFY(verified.ok());
        QVERIFY2(verified->ok(), qPrintable(verified->failedChecks().join(QLatin1Char(','))));
    }

    void dateRangeFilters()
    {
        PacketTerms t = terms(QStringLiteral("decision_log_only"), QStringLiteral("json"));
        t.fromMs = m_fx.startMs + 1;              // after the first decision's minute starts
        t.toMs = m_fx.startMs + 4 * 60000 + 1;    // up to the fourth
        auto built = m_fx.builder().build(t, m_fx.path(QStringLiteral("range.zip")), m_operator);
        QVERIFY2(built.ok(), qPrintable(built.error().message));
        QCOMPARE(built->summary.decisions, qint64(4));
        QCOMPARE(manifestOf(m_fx.path(QStringLiteral("range.zip"))).value(QStringLiteral("date_range")).toObject()
                     .value(QStringLiteral("from")).toString(),
                 Timestamp::format(t.fromMs));
    }

    void withoutComplianceModuleTheSectionSaysSo()
    {
        PacketSources sources = packetSources(*m_fx.ws, m_fx.requests.get());
        sources.compliance = {};
        const QString out = m_fx.path(QStringLiteral("nocompliance.zip"));
        QVERIFY(PacketBuilder(sources).build(terms(QStringLiteral("compliance_only"), QStringLiteral("json")), out, m_operator).ok());
        const QJsonObject compliance =
            QJsonDocument::fromJson(PacketReader::open(out).value()->read(QStringLiteral("compliance.json")).value()).object();
        QCOMPARE(compliance.value(QStringLiteral("status")).toString(), QStringLiteral("not_recorded"));
        QVERIFY(compliance.value(QStringLiteral("frameworks")).toArray().isEmpty());
    }

    void pdfWithoutRendererIsAClearError()
    {
        auto built = m_fx.builder().build(terms(QStringLiteral("all"), QStringLiteral("json,pdf")), m_fx.path(QStringLiteral("p.zip")), m_operator);
        QVERIFY(!built.ok());
        QCOMPARE(built.error().field, QStringLiteral("formats"));
        QVERIFY(!QFile::exists(m_fx.path(QStringLiteral("p.zip"))));
    }

    void pdfComesFromTheInjectedRenderer()
    {
        QString seenHtml;
        auto builder = m_fx.builder([&](const QString &html) -> Result<QByteArray> {
            seenHtml = html;
            return QByteArray("%PDF-1.4 test");
        });
        const QString out = m_fx.path(QStringLiteral("pdf.zip"));
        QVERIFY(builder.build(terms(QStringLiteral("risk_only"), QStringLiteral("json,pdf")), out, m_operator).ok());
        QVERIFY(seenHtml.contains(QStringLiteral("Risk level distribution")));
        QCOMPARE(PacketReader::open(out).value()->read(QStringLiteral("report.pdf")).value(), QByteArray("%PDF-1.4 test"));
    }

    void cancelLeavesNothing()
    {
        auto builder = m_fx.builder();
        builder.setProgress([](const QString &stage, double) { return stage != QLatin1String("archive"); });
        const QString out = m_fx.path(QStringLiteral("cancel.zip"));
        auto built = builder.build(terms(QStringLiteral("all")), out, m_operator);
        QVERIFY(!built.ok());
        QVERIFY(built.error().message.contains(QStringLiteral("cancelled")));
        QVERIFY(!QFile::exists(out));
    }

    void fourEyesBuildNamesBothPeople()
    {
        const Principal auditor = Principal::user(QStringLiteral("ana"), Role::Auditor);
        const Principal officer = Principal::user(QStringLiteral("olga"), Role::ComplianceOfficer);
        auto request = m_fx.requests->request(terms(QStringLiteral("override_only")), auditor);
        QVERIFY(request.ok());
        const QString out = m_fx.path(QStringLiteral("eyes.zip"));
        auto early = m_fx.builder().buildRequest(request->requestId, out, auditor);
        QCOMPARE(early.error().code, Error::Code::Forbidden);
        QVERIFY(m_fx.requests->approve(request->requestId, officer).ok());
        auto built = m_fx.builder().buildRequest(request->requestId, out, auditor);
        QVERIFY2(built.ok(), qPrintable(built.error().message));
        const QJsonObject manifest = manifestOf(out);
        QCOMPARE(manifest.value(QStringLiteral("four_eyes")).toBool(), true);
        QCOMPARE(manifest.value(QStringLiteral("request_id")).toString(), request->requestId);
        QCOMPARE(manifest.value(QStringLiteral("requester")).toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("user:ana"));
        QCOMPARE(manifest.value(QStringLiteral("approver")).toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("user:olga"));
        // The request and approval entries are cited and proven too.
        const QStringList names = PacketReader::open(out).value()->names();
        QVERIFY(names.contains(QStringLiteral("ledger/proofs/%1.tlog-proof").arg(request->requestLedgerIndex)));
        QVERIFY(PacketVerifier::verify(out).value().ok());
    }

    void viewerCannotBuild()
    {
        auto built = m_fx.builder().build(terms(QStringLiteral("all")), m_fx.path(QStringLiteral("v.zip")),
                                          Principal::user(QStringLiteral("vic"), Role::Viewer));
        QCOMPARE(built.error().code, Error::Code::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TestPacketBuilder)
#include "TestPacketBuilder.moc"
