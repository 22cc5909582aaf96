#include "audit/PacketRequestService.h"
#include "auth/Principal.h"
#include "ledger/LedgerStore.h"
#include "crypto/Commitment.h"
#include "crypto/Sha256.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/StoreFixture.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <QtTest>

using namespace Lexecon;

// Four eyes over audit packets: who may request, who may approve or reject, and that each step
// is one ledger entry written with its row.
class TestPacketRequestService : public QObject
{
    Q_OBJECT

private:
    Test::StoreFixture m_store;
    const Principal m_auditor = Principal::user(QStringLiteral("ana"), Role::Auditor);
    const Principal m_officer = Principal::user(QStringLiteral("olga"), Role::ComplianceOfficer);
    const Principal m_officer2 = Principal::user(QStringLiteral("otto"), Role::ComplianceOfficer);

    PacketRequestService service() { return PacketRequestService(m_store.db, *m_store.ledger, m_store.clock); }
    PacketTerms terms()
    {
        PacketTerms t;
        t.scope = QStringLiteral("risk_only");
        t.formats = {QStringLiteral("json"), QStringLiteral("html")};
        return t;
    }

private Q_SLOTS:
    void init() { QVERIFY(m_store.open().ok()); }

    void requestIsOneLedgerEntry()
    {
        const qint64 before = m_store.ledgerSize();
        auto r = service().request(terms(), m_auditor);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->status, PacketRequest::requested());
        QCOMPARE(r->requestedBy, QStringLiteral("user:ana"));
        QCOMPARE(m_store.ledgerSize(), before + 1);
        auto entry = LedgerStore(m_store.db).entry(r->requestLedgerIndex);
        QVERIFY(entry.ok());
        QCOMPARE(entry->type, QStringLiteral("audit_packet_requested"));
        QCOMPARE(entry->payload.value(QStringLiteral("request_id")).toString(), r->requestId);
        QCOMPARE(m_store.rowCount(QStringLiteral("audit_packet_requests")), 1);
    }

    void whoMayRequest_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("viewer") << int(Role::Viewer) << false;
        QTest::newRow("auditor") << int(Role::Auditor) << true;
    }
    void whoMayRequest()
    {
        QFETCH(int, role);
        QFETCH(bool, allowed);
        auto r = service().request(terms(), Principal::user(QStringLiteral("u"), Role(role)));
        QCOMPARE(r.ok(), allowed);
        if (!allowed)
            QCOMPARE(r.error().code, Error::Code::Forbidden);
    }

    void badTermsAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown scope") << "everything" << qint64(0) << qint64(0) << "scope";
        QTest::newRow("from after to") << "all" << qint64(2000) << qint64(1000) << "from";
    }
    void badTermsAreRefusedNamingTheField()
    {
        QFETCH(QString, scope);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(QString, field);
        PacketTerms t = terms();
        t.scope = scope;
        t.fromMs = from;
        t.toMs = to;
        auto r = service().request(t, m_auditor);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, field);
    }

    void requesterCannotApproveOwnRequest()
    {
        // An officer may request too, but then a different officer must approve.
        auto r = service().request(terms(), m_officer);
        QVERIFY(r.ok());
        const qint64 before = m_store.ledgerSize();
        auto approved = service().approve(r->requestId, m_officer);
        QVERIFY(!approved.ok());
        QCOMPARE(approved.error().code, Error::Code::Forbidden);
        QVERIFY(approved.error().message.contains(QStringLiteral("cannot also approve")));
        QCOMPARE(m_store.ledgerSize(), before);
        QVERIFY(service().approve(r->requestId, m_officer2).ok());
    }

    void auditorCannotApprove()
    {
        auto r = service().request(terms(), m_auditor);
        QVERIFY(r.ok());
        auto approved = service().approve(r->requestId, Principal::user(QStringLiteral("bea"), Role::Auditor));
        QVERIFY(!approved.ok());
        QCOMPARE(approved.error().code, Error::Code::Forbidden);
        QCOMPARE(service().get(r->requestId)->status, PacketRequest::requested());
    }

    void approveThenBuildable()
    {
        auto r = service().request(terms(), m_auditor);
        QVERIFY(r.ok());
        auto before = service().approvedRequest(r->requestId);
        QVERIFY(!before.ok());
        QCOMPARE(before.error().code, Error::Code::Forbidden);
        auto approved = service().approve(r->requestId, m_officer);
        QVERIFY2(approved.ok(), qPrintable(approved.error().message));
        QCOMPARE(approved->decidedBy, QStringLiteral("user:olga"));
        QCOMPARE(LedgerStore(m_store.db).entry(approved->decisionLedgerIndex)->type, QStringLiteral("audit_packet_approved"));
        QVERIFY(service().approvedRequest(r->requestId).ok());
        // Decided once: a second decision is a conflict, not a second entry.
        const qint64 size = m_store.ledgerSize();
        auto again = service().reject(r->requestId, QStringLiteral("changed my mind entirely"), m_officer2);
        QCOMPARE(again.error().code, Error::Code::Conflict);
        QCOMPARE(m_store.ledgerSize(), size);
    }

    void rejectKeepsReasonOutOfTheLedger()
    {
        auto r = service().request(terms(), m_auditor);
        QVERIFY(r.ok());
        QCOMPARE(service().reject(r->requestId, QStringLiteral("short"), m_officer).error().field, QStringLiteral("reason"));
        const QString reason = QStringLiteral("Scope too broad for this engagement");
        auto rejected = service().reject(r->requestId, reason, m_officer);
        QVERIFY2(rejected.ok(), qPrintable(rejected.error().message));
        auto entry = LedgerStore(m_store.db).entry(rejected->decisionLedgerIndex);
        QCOMPARE(entry->type, QStringLiteral("audit_packet_rejected"));
        QVERIFY(!QJsonDocument(entry->payload).toJson().contains(reason.toUtf8()));
        // A salted commitment: it opens with the row's salt, and is not the plain SHA-256 a
        // guess of the text could be checked against.
        const QString commitment = entry->payload.value(QStringLiteral("reason_commitment")).toString();
        QCOMPARE(commitment.size(), 64);
        QVERIFY(commitment != Sha256::hex(reason.toUtf8()));
        QSqlDatabase conn = m_store.db->connection();
        auto row = Sql::exec(conn,
                             QStringLiteral("SELECT reject_reason_salt, reject_reason_commitment FROM audit_packet_requests "
                                            "WHERE request_id = ?"),
                             {r->requestId});
        QVERIFY(row.ok() && row->next());
        QCOMPARE(row->value(1).toString(), commitment);
        QVERIFY(Commitment::verify(commitment, row->value(0).toByteArray(), reason.toUtf8()));
        QCOMPARE(service().get(r->requestId)->rejectReason, reason);
        QCOMPARE(service().approvedRequest(r->requestId).error().code, Error::Code::Forbidden);
    }

    void builtIsRecorded()
    {
        auto r = service().request(terms(), m_auditor);
        QVERIFY(service().approve(r->requestId, m_officer).ok());
        auto index = service().recordBuilt(r->requestId, QStringLiteral("pkt_X"), QString(64, QLatin1Char('a')), terms(), m_auditor);
        QVERIFY2(index.ok(), qPrintable(index.error().message));
        QCOMPARE(LedgerStore(m_store.db).entry(*index)->type, QStringLiteral("audit_packet_built"));
        QCOMPARE(service().get(r->requestId)->builtCount, 1);
        QCOMPARE(service().list(PacketRequest::approved()).value().size(), 1);
        QCOMPARE(service().list(PacketRequest::rejected()).value().size(), 0);
    }

    void rowsCannotBeDeleted()
    {
        auto r = service().request(terms(), m_auditor);
        QVERIFY(r.ok());
        QVERIFY(m_store.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_packet_requests")) == 1);
        QSqlDatabase conn = m_store.db->connection();
        QSqlQuery q(conn);
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_packet_requests")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_packet_requests SET scope = 'all'")));
    }
};

QTEST_GUILESS_MAIN(TestPacketRequestService)
#include "TestPacketRequestService.moc"
