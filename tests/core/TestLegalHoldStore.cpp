#include "auth/Principal.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerWriter.h"
#include "retention/LegalHoldStore.h"
#include "storage/Database.h"
#include "support/StoreFixture.h"

#include <QTest>

using namespace Lexecon;

namespace {
const QString kPerson = QStringLiteral("Zoe Quixote-Marlowe 1984-02-29");
}

// Legal holds on a bare store: who may place them, that a reason is required, and that their
// ledger entries hold commitments, not the subject or the reason.
class TestLegalHoldStore : public QObject
{
    Q_OBJECT

    Test::StoreFixture m_fx;
    std::unique_ptr<LegalHoldStore> m_holds;
    const Principal m_officer = Principal::user(QStringLiteral("olivia"), Role::ComplianceOfficer);
    const Principal m_viewer = Principal::user(QStringLiteral("victor"), Role::Viewer);

private Q_SLOTS:
    void init()
    {
        m_holds.reset();
        QVERIFY(m_fx.open().ok());
        m_holds = std::make_unique<LegalHoldStore>(m_fx.db, *m_fx.ledger, m_fx.clock);
    }

    void cleanup() { m_holds.reset(); }

    void holdsNeedAReasonAndAPermittedRole_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("officer");
        QTest::addColumn<int>("code");
        QTest::newRow("no reason") << "" << true << int(Error::Code::InvalidInput);
        QTest::newRow("too short") << "because" << true << int(Error::Code::InvalidInput);
        QTest::newRow("viewer") << "Regulator inquiry 2026-17." << false << int(Error::Code::Forbidden);
    }
    void holdsNeedAReasonAndAPermittedRole()
    {
        QFETCH(QString, reason);
        QFETCH(bool, officer);
        QFETCH(int, code);
        LegalHold terms;
        terms.scope = LegalHold::Scope::Subject;
        terms.subject = kPerson;
        terms.reason = reason;
        auto placed = m_holds->place(terms, officer ? m_officer : m_viewer);
        QVERIFY(!placed.ok());
        QCOMPARE(int(placed.error().code), code);
        QCOMPARE(m_holds->list()->size(), 0);
    }

    void holdEntriesCarryNoPersonalData()
    {
        LegalHold terms;
        terms.scope = LegalHold::Scope::Subject;
        terms.subject = kPerson;
        terms.reason = QStringLiteral("Lawsuit by %1 pending.").arg(kPerson);
        auto hold = m_holds->place(terms, m_officer);
        QVERIFY(hold.ok());
        const LedgerEntry e = LedgerStore(m_fx.db).entry(hold->ledgerIndex).value();
        QCOMPARE(e.type, QStringLiteral("legal_hold_placed"));
        QCOMPARE(e.payload.value(QStringLiteral("hold_id")).toString(), hold->holdId);
        QCOMPARE(e.payload.value(QStringLiteral("subject_commitment")).toString().size(), 64);
        QVERIFY(!e.canonical.contains("Zoe"));
        auto released = m_holds->release(hold->holdId, QStringLiteral("Lawsuit settled."), m_officer);
        QVERIFY(released.ok());
        QCOMPARE(LedgerStore(m_fx.db).entry(released->releaseLedgerIndex)->type, QStringLiteral("legal_hold_released"));
        auto again = m_holds->release(hold->holdId, QStringLiteral("Lawsuit settled."), m_officer);
        QCOMPARE(again.error().code, Error::Code::Conflict);
    }

    void aDecisionHoldNeedsAKnownDecision()
    {
        LegalHold terms;
        terms.scope = LegalHold::Scope::Decision;
        terms.decisionId = QStringLiteral("dec_01M82MVVB9EJ77WA6KT5VVN4WE");
        terms.reason = QStringLiteral("Regulator inquiry 2026-17.");
        auto placed = m_holds->place(terms, m_officer);
        QVERIFY(!placed.ok());
        QCOMPARE(placed.error().field, QStringLiteral("decision_id"));
    }
};

QTEST_GUILESS_MAIN(TestLegalHoldStore)
#include "TestLegalHoldStore.moc"
