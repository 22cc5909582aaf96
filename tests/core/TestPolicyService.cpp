#include "ledger/LedgerStore.h"
#include "ledger/LedgerVerifier.h"
#include "ledger/LedgerWriter.h"
#include "policy/PolicyService.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/StoreFixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

namespace {

QByteArray j(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

QByteArray policyA()
{
    return j("{'name':'a','mode':'strict','terms':[{'id':'bot','type':'actor'},{'id':'read','type':'action'}],"
             "'relations':[{'type':'permits','source':'actor:bot','target':'action:read'}]}");
}

// Same content as policyA, other key order and whitespace: the same hash.
QByteArray policyAReordered()
{
    return j("{ 'relations' : [ {'target':'action:read','source':'actor:bot','type':'permits'} ],\n"
             "  'terms': [{'type':'actor','id':'bot'}, {'type':'action','id':'read'}], 'mode':'strict', 'name':'a' }");
}

QByteArray policyB()
{
    return j("{'name':'b','mode':'paranoid','terms':[{'id':'bot','type':'actor'},{'id':'read','type':'action'},"
             "{'id':'write','type':'action'}],'relations':[{'type':'permits','source':'actor:bot','target':'action:"
             "write'}]}");
}

} // namespace

class TestPolicyService : public QObject
{
    Q_OBJECT

    Test::StoreFixture m_fx;
    std::unique_ptr<PolicyService> m_service;
    const Principal m_officer = Principal::user(QStringLiteral("olivia"), Role::ComplianceOfficer);

    int count(const QString &sql) { return int(m_fx.scalar(sql)); }

private Q_SLOTS:
    void init()
    {
        m_service.reset();
        auto opened = m_fx.open({{QStringLiteral("node_id"), QStringLiteral("n1")}});
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_service = std::make_unique<PolicyService>(m_fx.db, *m_fx.ledger, m_fx.clock);
    }

    void startsWithoutPolicy()
    {
        QVERIFY(m_service->active() == nullptr);
        QVERIFY(!m_service->activeInfo().has_value());
        QVERIFY(m_service->versions()->isEmpty());
    }

    void loadStoresVersionOneAndLedgerEntry()
    {
        QSignalSpy spy(m_service.get(), &PolicyService::activated);
        auto info = m_service->load(policyA(), m_officer);
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QCOMPARE(info->version, 1);
        QCOMPARE(info->mode, QStringLiteral("strict"));
        QCOMPARE(info->name, QStringLiteral("a"));
        QCOMPARE(info->termCount, 2);
        QCOMPARE(info->relationCount, 1);
        QCOMPARE(info->loadedAt, QStringLiteral("2026-11-22T10:00:00.000Z"));
        QCOMPARE(info->loadedBy, QStringLiteral("user:olivia"));
        QCOMPARE(info->hash.size(), 64);
        QCOMPARE(spy.count(), 1);

        const auto active = m_service->active();
        QVERIFY(active);
        QCOMPARE(active->version(), 1);
        QCOMPARE(active->hash(), info->hash);
        QVERIFY(active->evaluate({QStringLiteral("bot"), QStringLiteral("read"), {}, {}, {}}).permitted);
        QCOMPARE(m_service->activeInfo()->version, 1);

        QCOMPARE(m_fx.ledgerSize(), 2);
        const LedgerEntry entry = *LedgerStore(m_fx.db).entry(1);
        QCOMPARE(entry.type, QStringLiteral("policy_activated"));
        QCOMPARE(entry.actor, QStringLiteral("user:olivia"));
        QCOMPARE(entry.payload.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(entry.payload.value(QStringLiteral("hash")).toString(), info->hash);
        QCOMPARE(entry.payload.value(QStringLiteral("mode")).toString(), QStringLiteral("strict"));
        QCOMPARE(entry.payload.value(QStringLiteral("name")).toString(), QStringLiteral("a"));
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM policy_activations WHERE ledger_index = 1 AND version = 1")), 1);
    }

    void newHashIsNextVersionAndOldHashReactivates()
    {
        QCOMPARE(m_service->load(policyA(), m_officer)->version, 1);
        m_fx.clock.advanceMinutes(5);
        auto b = m_service->load(policyB(), m_officer);
        QCOMPARE(b->version, 2);
        QCOMPARE(m_service->active()->version(), 2);
        QCOMPARE(m_service->active()->mode(), Policy::Mode::Paranoid);

        m_fx.clock.advanceMinutes(5);
        auto again = m_service->load(policyAReordered(), m_officer);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE(again->version, 1); // same hash: no version 3
        QCOMPARE(again->loadedAt, QStringLiteral("2026-11-22T10:00:00.000Z"));
        QCOMPARE(m_service->active()->version(), 1);

        auto list = m_service->versions();
        QCOMPARE(list->size(), 2);
        QVERIFY(list->at(0).active);
        QVERIFY(!list->at(1).active);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM policy_versions WHERE active = 1")), 1);
        QCOMPARE(m_fx.ledgerSize(), 4);
        const LedgerEntry last = *LedgerStore(m_fx.db).entry(3);
        QCOMPARE(last.payload.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(last.payload.value(QStringLiteral("reactivated")).toBool(), true);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM policy_activations")), 3);
        auto report = LedgerVerifier(m_fx.db).verify();
        QVERIFY(report.ok());
        QVERIFY2(report->ok, qPrintable(report->problem));
    }

    void reloadingActiveVersionChangesNothing()
    {
        QVERIFY(m_service->load(policyA(), m_officer).ok());
        auto same = m_service->load(policyAReordered(), m_officer);
        QVERIFY(same.ok());
        QCOMPARE(same->version, 1);
        QCOMPARE(m_fx.ledgerSize(), 2);
    }

    void refusesWithoutManagePolicies_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("viewer") << int(Role::Viewer);
        QTest::newRow("auditor") << int(Role::Auditor);
    }
    void refusesWithoutManagePolicies()
    {
        QFETCH(int, role);
        auto r = m_service->load(policyA(), Principal::user(QStringLiteral("victor"), Role(role)));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Forbidden);
        QVERIFY(m_service->versions()->isEmpty());
        QCOMPARE(m_fx.ledgerSize(), 1);
        QVERIFY(m_service->active() == nullptr);
        QVERIFY(m_service->load(policyA(), Principal::user(QStringLiteral("ada"), Role::Admin)).ok());
        QCOMPARE(m_service->activate(1, Principal::user(QStringLiteral("victor"), Role(role))).error().code,
                 Error::Code::Forbidden);
    }

    void failingFileStoresNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("malformed") << QByteArray("{\"terms\":");
        QTest::newRow("undefined term") << j(
            "{'terms':[],'relations':[{'type':'permits','source':'actor:x','target':'action:y'}]}");
        QTest::newRow("bad mode") << j("{'mode':'yolo'}");
    }
    void failingFileStoresNothing()
    {
        QFETCH(QByteArray, json);
        QVERIFY(m_service->load(policyA(), m_officer).ok());
        auto r = m_service->load(json, m_officer);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidInput);
        QCOMPARE(m_service->versions()->size(), 1);
        QCOMPARE(m_fx.ledgerSize(), 2);
        QCOMPARE(m_service->active()->version(), 1);
    }

    void databaseRefusesSecondActiveVersion()
    {
        QVERIFY(m_service->load(policyA(), m_officer).ok());
        QVERIFY(m_service->load(policyB(), m_officer).ok());
        auto r = m_fx.db->write([](QSqlDatabase &conn) -> Result<void> {
            auto q = Sql::exec(conn, QStringLiteral("UPDATE policy_versions SET active = 1 WHERE version = 1"));
            return q ? Result<void>() : Result<void>(q.error());
        });
        QVERIFY(!r.ok());
        auto del = m_fx.db->write([](QSqlDatabase &conn) -> Result<void> {
            auto q = Sql::exec(conn, QStringLiteral("DELETE FROM policy_versions WHERE version = 1"));
            return q ? Result<void>() : Result<void>(q.error());
        });
        QVERIFY(!del.ok());
        QCOMPARE(count(QStringLiteral("SELECT version FROM policy_versions WHERE active = 1")), 2);
    }

    void contentRoundTrips()
    {
        auto info = m_service->load(policyA(), m_officer);
        auto p = m_service->content(1);
        QVERIFY2(p.ok(), qPrintable(p.error().message));
        QCOMPARE(p->hash, info->hash);
        QCOMPARE(p->relations.size(), 1);
        QCOMPARE(m_service->content(9).error().code, Error::Code::NotFound);
    }

    void activateRollsBack()
    {
        QVERIFY(m_service->load(policyA(), m_officer).ok());
        QVERIFY(m_service->load(policyB(), m_officer).ok());
        auto r = m_service->activate(1, m_officer);
        QVERIFY(r.ok());
        QCOMPARE(m_service->active()->version(), 1);
        QCOMPARE(m_service->activate(42, m_officer).error().code, Error::Code::NotFound);
        QCOMPARE(m_fx.ledgerSize(), 4);
    }

    void refreshSeesAnotherInstance()
    {
        QVERIFY(m_service->load(policyA(), m_officer).ok());
        // A second service on the same database stands in for another process on the workspace.
        PolicyService other(m_fx.db, *m_fx.ledger, m_fx.clock);
        QCOMPARE(other.active()->version(), 1); // read at construction
        QVERIFY(other.load(policyB(), m_officer).ok());
        QCOMPARE(m_service->active()->version(), 1);
        const auto before = m_service->active();
        QCOMPARE(*m_service->refresh(), true);
        QCOMPARE(m_service->active()->version(), 2);
        QCOMPARE(m_service->activeInfo()->name, QStringLiteral("b"));
        const auto after = m_service->active();
        QCOMPARE(*m_service->refresh(), false); // unchanged: no recompile
        QCOMPARE(m_service->active().get(), after.get());
        QCOMPARE(before->version(), 1); // a reader holding the old snapshot keeps it intact
    }
};

QTEST_GUILESS_MAIN(TestPolicyService)
#include "TestPolicyService.moc"
