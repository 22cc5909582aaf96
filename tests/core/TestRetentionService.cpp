#include "auth/Principal.h"
#include "crypto/Commitment.h"
#include "decision/DecisionService.h"
#include "escalation/EscalationService.h"
#include "evidence/EvidenceStore.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerVerifier.h"
#include "mock/MockClock.h"
#include "override/OverrideService.h"
#include "responsibility/ResponsibilityTracker.h"
#include "retention/RetentionService.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/PolicyWorkspace.h"
#include "support/TestSecret.h"
#include "token/TokenStore.h"
#include "workspace/Workspace.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

namespace {

// Recognisable personal data: a name with a date of birth, in the request and in free text.
const QString kPerson = QStringLiteral("Zoe Quixote-Marlowe 1984-02-29");
const QString kOther = QStringLiteral("Otto Unrelated-Person 1970-01-01");
constexpr qint64 kDayMs = qint64(24) * 3600 * 1000;

} // namespace

class TestRetentionService : public QObject
{
    Q_OBJECT

    MockClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<RetentionService> m_retention;
    const Principal m_bot = Principal::apiKey(QStringLiteral("bot"), {Permission::Decide});
    const Principal m_officer = Principal::user(QStringLiteral("olivia"), Role::ComplianceOfficer);
    const Principal m_viewer = Principal::user(QStringLiteral("victor"), Role::Viewer);

    DecisionRecord decide(const QString &action, const QString &subject, const QStringList &dataClasses = {},
                          bool risky = false)
    {
        QJsonObject body{{QStringLiteral("actor"), QStringLiteral("support_bot")},
                         {QStringLiteral("action"), action},
                         {QStringLiteral("resource"), QStringLiteral("ticket_system")},
                         {QStringLiteral("intent"), QStringLiteral("Answer the ticket of %1").arg(subject)},
                         {QStringLiteral("context"), QJsonObject{{QStringLiteral("subject_id"), subject}}}};
        if (!dataClasses.isEmpty())
            body.insert(QStringLiteral("data_classes"), QJsonArray::fromStringList(dataClasses));
        if (risky)
            body.insert(QStringLiteral("risk"),
                        QJsonObject{{QStringLiteral("privacy"), 98}, {QStringLiteral("compliance"), 100}});
        auto r = m_ws->decisions().decideJson(body, m_bot);
        if (!r)
            qWarning() << r.error().message;
        return r ? *r : DecisionRecord();
    }

    QList<QByteArray> ledgerBytes()
    {
        LedgerStore store(m_ws->database());
        QList<QByteArray> out;
        const qint64 n = store.size().value();
        for (qint64 i = 0; i < n; ++i)
            out << store.entry(i)->canonical;
        return out;
    }

    qint64 scalar(const QString &sql, const QVariantList &binds = {})
    {
        QSqlDatabase conn = m_ws->database()->connection();
        auto q = Sql::exec(conn, sql, binds);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    QString statusOf(const QString &decisionId)
    {
        QSqlDatabase conn = m_ws->database()->connection();
        auto q = Sql::exec(conn, QStringLiteral("SELECT retention_status FROM decisions WHERE decision_id = ?"),
                           {decisionId});
        return q && q->next() ? q->value(0).toString() : QString();
    }

    // Every file of the workspace (database, WAL, evidence files) that contains needle.
    QStringList filesContaining(const QByteArray &needle)
    {
        QStringList hits;
        QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                hits << f.fileName();
        }
        return hits;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(Test::useSecretFileIfUnset(QDir::tempPath(), "retention-test-secret")); }

    void init()
    {
        m_clock.setMs(1795341600000);
        m_dir = std::make_unique<QTemporaryDir>();
        auto ws = Test::openPolicyWorkspace(m_dir->path(), m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
        m_retention = std::make_unique<RetentionService>(m_ws->database(), m_ws->ledger(), m_clock, m_ws->evidence());
        m_retention->setBatchSize(2); // several batches even with a handful of decisions
    }

    void cleanup()
    {
        m_retention.reset();
        m_ws.reset();
        m_dir.reset();
    }

    void commitmentsOpenWhileTheDataIsHeld()
    {
        const DecisionRecord r = decide(QStringLiteral("read_ticket"), kPerson);
        QVERIFY(!r.decisionId.isEmpty());
        const LedgerEntry entry = LedgerStore(m_ws->database()).entry(r.ledgerIndex).value();
        QVERIFY(!entry.canonical.contains(kPerson.toUtf8()));
        auto check = m_retention->verifyCommitments(r.decisionId);
        QVERIFY2(check.ok(), qPrintable(check.error().message));
        QCOMPARE(check->request, QStringLiteral("verified"));
        QCOMPARE(check->evidence.size(), 1);
        QVERIFY2(check->evidence.first().endsWith(QLatin1String(": verified")), qPrintable(check->evidence.first()));
        QVERIFY(check->ok);
    }

    // The key property: a GDPR erasure leaves a verified ledger verified and byte-identical, and
    // leaves the personal data nowhere in the workspace's files.
    void erasureKeepsTheLedgerVerifiedAndRemovesThePerson()
    {
        const DecisionRecord approved = decide(QStringLiteral("read_ticket"), kPerson);
        const DecisionRecord escalated =
            decide(QStringLiteral("lookup_customer"), kPerson, {QStringLiteral("pii")}, true);
        const DecisionRecord denied = decide(QStringLiteral("delete_record"), kPerson);
        const DecisionRecord other = decide(QStringLiteral("read_ticket"), kOther);
        QCOMPARE(approved.outcome, QStringLiteral("approved"));
        QCOMPARE(escalated.outcome, QStringLiteral("escalated"));
        QCOMPARE(denied.outcome, QStringLiteral("denied"));
        // Free text about the person: a reviewer's reason and an override's justification.
        QVERIFY(m_ws->escalations()
                    .resolve(escalated.escalationId, QStringLiteral("denied"),
                             QStringLiteral("Checked with %1 by phone; no consent on file.").arg(kPerson), m_officer)
                    .ok());
        auto o =
            m_ws->overrides().create(denied.decisionId, OverrideType::HumanReview, OverrideScope::SingleDecision,
                                     QStringLiteral("%1 asked in writing for the record to be removed.").arg(kPerson),
                                     QStringLiteral("approved"), std::nullopt, m_officer);
        QVERIFY2(o.ok(), qPrintable(o.error().message));
        const QByteArray salt = o->justificationSalt;
        // A revocation's reason about the person, for the token the approval holds in its row.
        QVERIFY(m_ws->tokens()
                    .revoke(approved.tokenId, QStringLiteral("%1 withdrew the consent.").arg(kPerson), m_officer)
                    .ok());
        for (const DecisionRecord &r : {approved, escalated, denied})
            QVERIFY(!m_ws->responsibility().forDecision(r.decisionId)->first().reasoning.isEmpty());

        QVERIFY(LedgerVerifier(m_ws->database()).verify()->ok);
        const QList<QByteArray> before = ledgerBytes();
        QVERIFY(!filesContaining(kPerson.toUtf8()).isEmpty()); // the test would notice it

        auto erased = m_retention->eraseSubject(kPerson, m_officer);
        QVERIFY2(erased.ok(), qPrintable(erased.error().message));
        QCOMPARE(erased->decisions, 3);
        QCOMPARE(erased->overrides, 1);
        QVERIFY(erased->evidence >= 4); // three decision logs and the override's attestation
        QVERIFY(erased->walEmptied);

        // The ledger: one more entry (the erasure, without the subject), every earlier one unchanged.
        auto verification = LedgerVerifier(m_ws->database()).verify();
        QVERIFY2(verification->ok, qPrintable(verification->problem));
        const QList<QByteArray> after = ledgerBytes();
        QCOMPARE(after.size(), before.size() + 1);
        QCOMPARE(after.mid(0, before.size()), before);
        QVERIFY(!after.last().contains(kPerson.toUtf8()));
        QVERIFY(after.last().contains("\"subject_erased\""));

        // The person's bytes are nowhere: not in the database file, not in its WAL, not in evidence files.
        QCOMPARE(filesContaining(kPerson.toUtf8()), QStringList());
        QCOMPARE(filesContaining("Quixote-Marlowe"), QStringList());
        // The other subject's records are untouched.
        QVERIFY(!filesContaining(kOther.toUtf8()).isEmpty());
        QCOMPARE(m_retention->verifyCommitments(other.decisionId)->request, QStringLiteral("verified"));

        // Nothing links the ledger's commitments to the person any more: the salts are gone.
        for (const DecisionRecord &r : {approved, escalated, denied}) {
            auto check = m_retention->verifyCommitments(r.decisionId);
            QCOMPARE(check->request, QStringLiteral("erased"));
            QVERIFY(check->ok);
            QCOMPARE(
                scalar(QStringLiteral("SELECT COUNT(*) FROM decisions WHERE decision_id = ? AND request_salt IS NULL "
                                      "AND anonymized_at IS NOT NULL"),
                       {r.decisionId}),
                1);
        }
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM overrides WHERE justification_salt IS NOT NULL")), 0);
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT COUNT(*) FROM evidence_artifacts WHERE decision_id <> ? AND salt IS NOT NULL"),
                        {other.decisionId}),
                 0);
        // With the salt the test kept, the justification would still open its commitment;
        // without it (as the workspace now is) a guess of the text cannot be confirmed.
        const QString ledgered = o->justificationCommitment;
        const QByteArray text =
            QStringLiteral("%1 asked in writing for the record to be removed.").arg(kPerson).toUtf8();
        QVERIFY(Commitment::verify(ledgered, salt, text));
        QVERIFY(!Commitment::verify(ledgered, QByteArray(Commitment::SaltBytes, '\0'), text));
        QVERIFY(ledgered != Commitment::compute({}, text));
        // The decisions keep their facts for Art. 12.
        const DecisionRecord kept = m_ws->decisions().get(denied.decisionId).value();
        QCOMPARE(kept.outcome, QStringLiteral("denied"));
        QCOMPARE(kept.request.action, QStringLiteral("delete_record"));
        QCOMPARE(kept.ledgerIndex, denied.ledgerIndex);
        // Each decision's own responsibility record (in its row) keeps who decided, not why.
        for (const DecisionRecord &r : {approved, escalated, denied}) {
            const QList<ResponsibilityRecord> chain = m_ws->responsibility().forDecision(r.decisionId).value();
            QVERIFY(!chain.isEmpty());
            QCOMPARE(chain.first().recordId, ResponsibilityTracker::recordIdOf(r.decisionId));
            QCOMPARE(chain.first().decisionMaker, m_ws->nodeId());
            QCOMPARE(chain.first().reasoning, QString());
        }
    }

    void erasureIsRecordedWithoutTheSubject()
    {
        decide(QStringLiteral("read_ticket"), kPerson);
        auto erased = m_retention->eraseSubject(kPerson, m_officer);
        QVERIFY(erased.ok());
        const LedgerEntry e = LedgerStore(m_ws->database()).entry(erased->ledgerIndex).value();
        QCOMPARE(e.type, QStringLiteral("subject_erased"));
        QCOMPARE(e.actor, QStringLiteral("user:olivia"));
        QCOMPARE(e.payload.value(QStringLiteral("decisions")).toInteger(), 1);
        QVERIFY(!e.canonical.contains("Zoe"));
        // A second erasure finds nothing left.
        QCOMPARE(m_retention->eraseSubject(kPerson, m_officer)->decisions, 0);
    }

    void erasureNeedsManageCompliance()
    {
        decide(QStringLiteral("read_ticket"), kPerson);
        auto refused = m_retention->eraseSubject(kPerson, m_viewer);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Forbidden);
        QVERIFY(!filesContaining(kPerson.toUtf8()).isEmpty());
    }

    void legalHoldBlocksErasureUntilReleased_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::newRow("decision") << "decision";
        QTest::newRow("subject") << "subject";
        QTest::newRow("date range") << "date_range";
    }
    void legalHoldBlocksErasureUntilReleased()
    {
        QFETCH(QString, scope);
        const DecisionRecord r = decide(QStringLiteral("read_ticket"), kPerson);
        LegalHold terms;
        QVERIFY(LegalHold::scopeFromName(scope, terms.scope));
        terms.decisionId = r.decisionId;
        terms.subject = kPerson;
        terms.fromMs = r.createdMs - 1000;
        terms.toMs = r.createdMs + 1000;
        terms.reason = QStringLiteral("Regulator inquiry 2026-17 asks for these records.");
        auto hold = m_retention->holds().place(terms, m_officer);
        QVERIFY2(hold.ok(), qPrintable(hold.error().message));
        const qint64 ledgerBefore = LedgerStore(m_ws->database()).size().value();

        auto refused = m_retention->eraseSubject(kPerson, m_officer);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QVERIFY2(refused.error().message.contains(hold->holdId), qPrintable(refused.error().message));
        QCOMPARE(LedgerStore(m_ws->database()).size().value(), ledgerBefore);
        QCOMPARE(m_retention->verifyCommitments(r.decisionId)->request, QStringLiteral("verified"));

        QVERIFY(m_retention->holds().release(hold->holdId, QStringLiteral("Inquiry 2026-17 closed."), m_officer).ok());
        auto erased = m_retention->eraseSubject(kPerson, m_officer);
        QVERIFY2(erased.ok(), qPrintable(erased.error().message));
        QCOMPARE(erased->decisions, 1);
        // A released hold on the subject named the person; that text went too.
        QCOMPARE(filesContaining(kPerson.toUtf8()), QStringList());
        QCOMPARE(m_retention->holds().get(hold->holdId)->releasedBy, QStringLiteral("user:olivia"));
        QVERIFY(LedgerVerifier(m_ws->database()).verify()->ok);
    }

    // The job at the class boundaries: (class of the request, days after the decision, status).
    void retentionJobMovesStatusesAtTheBoundaries_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("days");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("cls");
        // gdpr_intersect: 90 days, expiring from day 60.
        QTest::newRow("gdpr day 59") << "gdpr" << qint64(59) << "active"
                                     << "gdpr_intersect";
        QTest::newRow("gdpr day 61") << "gdpr" << qint64(61) << "expiring"
                                     << "gdpr_intersect";
        QTest::newRow("gdpr day 89") << "gdpr" << qint64(89) << "expiring"
                                     << "gdpr_intersect";
        QTest::newRow("gdpr day 90") << "gdpr" << qint64(90) << "anonymized"
                                     << "gdpr_intersect";
        // standard: 6 months (2026-11-22 + 6 months = 2027-05-22, 181 days).
        QTest::newRow("standard day 150") << "standard" << qint64(150) << "active"
                                          << "standard";
        QTest::newRow("standard day 152") << "standard" << qint64(152) << "expiring"
                                          << "standard";
        QTest::newRow("standard day 180") << "standard" << qint64(180) << "expiring"
                                          << "standard";
        QTest::newRow("standard day 181") << "standard" << qint64(181) << "anonymized"
                                          << "standard";
        // high_risk: 10 years, then archived.
        QTest::newRow("high risk 9 years") << "high" << qint64(9 * 365) << "active"
                                           << "high_risk";
        QTest::newRow("high risk 10 years") << "high" << qint64(3653) << "archived"
                                            << "high_risk";
    }
    void retentionJobMovesStatusesAtTheBoundaries()
    {
        QFETCH(QString, kind);
        QFETCH(qint64, days);
        QFETCH(QString, status);
        QFETCH(QString, cls);
        DecisionRecord r;
        if (kind == QLatin1String("gdpr"))
            r = decide(QStringLiteral("read_ticket"), kPerson);
        else if (kind == QLatin1String("high"))
            r = decide(QStringLiteral("lookup_customer"), kPerson, {QStringLiteral("pii")}, true);
        else
            r = m_ws->decisions()
                    .decideJson({{QStringLiteral("actor"), QStringLiteral("support_bot")},
                                 {QStringLiteral("action"), QStringLiteral("read_ticket")}},
                                m_bot)
                    .value();
        QVERIFY(!r.decisionId.isEmpty());
        const QList<QByteArray> before = ledgerBytes();
        m_clock.advanceMs(days * kDayMs);
        auto run = m_retention->runRetention(m_officer, m_clock.nowMs());
        QVERIFY2(run.ok(), qPrintable(run.error().message));
        QCOMPARE(run->classified, 1);
        QCOMPARE(statusOf(r.decisionId), status);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM decisions WHERE retention_class = ?"), {cls}), 1);
        // Exactly one summary entry, and the earlier entries unchanged.
        const QList<QByteArray> after = ledgerBytes();
        QCOMPARE(after.size(), before.size() + 1);
        QCOMPARE(after.mid(0, before.size()), before);
        QVERIFY(after.last().contains("\"retention_run\""));
        QVERIFY(LedgerVerifier(m_ws->database()).verify()->ok);
        if (status == QLatin1String("anonymized") || status == QLatin1String("archived"))
            QCOMPARE(m_retention->verifyCommitments(r.decisionId)->request, QStringLiteral("erased"));

        // A second run at the same moment changes nothing and writes nothing.
        auto second = m_retention->runRetention(m_officer, m_clock.nowMs());
        QVERIFY(second.ok());
        QCOMPARE(second->classified + second->expiring + second->anonymized + second->archived, 0);
        QCOMPARE(second->ledgerIndex, -1);
        QCOMPARE(ledgerBytes().size(), after.size());
        QCOMPARE(statusOf(r.decisionId), status);
    }

    void retentionJobCountsManyRecordsInOneEntry()
    {
        for (int i = 0; i < 7; ++i)
            decide(QStringLiteral("read_ticket"), QStringLiteral("person %1").arg(i));
        const qint64 size = LedgerStore(m_ws->database()).size().value();
        m_clock.advanceMs(100 * kDayMs);
        auto run = m_retention->runRetention(m_officer, m_clock.nowMs());
        QVERIFY(run.ok());
        QCOMPARE(run->classified, 7);
        QCOMPARE(run->anonymized, 7);
        QCOMPARE(LedgerStore(m_ws->database()).size().value(), size + 1);
        const LedgerEntry e = LedgerStore(m_ws->database()).entry(run->ledgerIndex).value();
        QCOMPARE(e.payload.value(QStringLiteral("anonymized")).toInteger(), 7);
        QCOMPARE(e.payload.value(QStringLiteral("run_id")).toString(), run->runId);
        QVERIFY(filesContaining("person 3").isEmpty());
    }

    // Stopped after its first batch, a run has committed that batch; the next run resumes and
    // finishes, and each run wrote its own single summary entry.
    void aStoppedRunResumes()
    {
        for (int i = 0; i < 5; ++i)
            decide(QStringLiteral("read_ticket"), QStringLiteral("person %1").arg(i));
        m_clock.advanceMs(100 * kDayMs);
        int calls = 0;
        auto first = m_retention->runRetention(m_officer, m_clock.nowMs(), [&](qint64) { return ++calls < 2; });
        QVERIFY(first.ok());
        QVERIFY(first->cancelled);
        QCOMPARE(first->classified, 2); // one batch of two
        QCOMPARE(first->anonymized, 0);
        QVERIFY(first->ledgerIndex > 0);
        auto second = m_retention->runRetention(m_officer, m_clock.nowMs());
        QVERIFY(second.ok());
        QVERIFY(!second->cancelled);
        QCOMPARE(second->classified, 3);
        QCOMPARE(second->anonymized, 5);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM decisions WHERE retention_status = 'anonymized'")), 5);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE type = 'retention_run'")), 2);
    }

    void legalHoldBlocksTheJobUntilReleased()
    {
        const DecisionRecord held = decide(QStringLiteral("read_ticket"), kPerson);
        const DecisionRecord free = decide(QStringLiteral("read_ticket"), kOther);
        LegalHold terms;
        terms.scope = LegalHold::Scope::Subject;
        terms.subject = kPerson;
        terms.reason = QStringLiteral("Litigation hold for case 12.");
        auto hold = m_retention->holds().place(terms, m_officer);
        QVERIFY(hold.ok());
        m_clock.advanceMs(100 * kDayMs);
        auto run = m_retention->runRetention(m_officer, m_clock.nowMs());
        QVERIFY(run.ok());
        QCOMPARE(run->held, 1);
        QCOMPARE(run->anonymized, 1);
        QCOMPARE(statusOf(held.decisionId), QStringLiteral("expiring"));
        QCOMPARE(statusOf(free.decisionId), QStringLiteral("anonymized"));
        QVERIFY(!filesContaining(kPerson.toUtf8()).isEmpty());

        QVERIFY(m_retention->holds().release(hold->holdId, QStringLiteral("Case 12 closed."), m_officer).ok());
        auto next = m_retention->runRetention(m_officer, m_clock.nowMs());
        QVERIFY(next.ok());
        QCOMPARE(next->anonymized, 1);
        QCOMPARE(statusOf(held.decisionId), QStringLiteral("anonymized"));
    }

    void statusCountsByClassAndStatus()
    {
        decide(QStringLiteral("read_ticket"), kPerson);
        decide(QStringLiteral("lookup_customer"), kPerson, {QStringLiteral("pii")}, true);
        auto before = m_retention->status();
        QVERIFY(before.ok());
        QCOMPARE(before->counts.value(QStringLiteral("unclassified")).value(QStringLiteral("active")), 2);
        m_clock.advanceMs(70 * kDayMs);
        QVERIFY(m_retention->runRetention(m_officer, m_clock.nowMs()).ok());
        auto after = m_retention->status();
        QCOMPARE(after->total, 2);
        QCOMPARE(after->counts.value(QStringLiteral("gdpr_intersect")).value(QStringLiteral("expiring")), 1);
        QCOMPARE(after->counts.value(QStringLiteral("high_risk")).value(QStringLiteral("active")), 1);

        // An erasure before the job has seen a decision classifies it too, so it is counted.
        decide(QStringLiteral("read_ticket"), kOther);
        QVERIFY(m_retention->eraseSubject(kOther, m_officer).ok());
        auto erased = m_retention->status();
        QCOMPARE(erased->total, 3);
        QCOMPARE(erased->counts.value(QStringLiteral("gdpr_intersect")).value(QStringLiteral("anonymized")), 1);
        QVERIFY(!erased->counts.contains(QStringLiteral("unclassified")));
    }

    void anonymizationIsTheOnlyUpdateTheTriggersAllow_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("change an outcome") << "UPDATE decisions SET outcome = 'approved'";
        QTest::newRow("change the commitment") << "UPDATE decisions SET request_commitment = 'x'";
        QTest::newRow("rewrite the request, not anonymized") << "UPDATE decisions SET request_json = '{}'";
        QTest::newRow("anonymize but keep the salt")
            << "UPDATE decisions SET request_json = '{}', actor = '', resource = NULL, anonymized_at = 'x'";
        QTest::newRow("delete a decision") << "DELETE FROM decisions";
        QTest::newRow("change an override's outcome") << "UPDATE overrides SET new_outcome = 'denied'";
        QTest::newRow("blank a justification without anonymizing") << "UPDATE overrides SET justification = ''";
        QTest::newRow("token subject") << "UPDATE tokens SET sub = 'someone'";
        QTest::newRow("intervention reason") << "UPDATE interventions SET reason = 'changed'";
        QTest::newRow("who decided") << "UPDATE decisions SET decision_maker = 'node-000000000000'";
        QTest::newRow("why it was decided") << "UPDATE decisions SET decision_reasoning = 'rewritten'";
        QTest::newRow("blank why without anonymizing") << "UPDATE decisions SET decision_reasoning = ''";
        QTest::newRow("anonymize but rewrite why")
            << "UPDATE decisions SET request_json = '{}', actor = '', resource = NULL, request_id = NULL, "
               "trace_parent = NULL, capability_token = NULL, request_salt = NULL, anonymized_at = 'x', "
               "decision_reasoning = 'rewritten'";
    }
    void anonymizationIsTheOnlyUpdateTheTriggersAllow()
    {
        QFETCH(QString, sql);
        const DecisionRecord denied = decide(QStringLiteral("delete_record"), kPerson);
        decide(QStringLiteral("read_ticket"), kPerson);
        QVERIFY(m_ws->overrides()
                    .create(denied.decisionId, OverrideType::HumanReview, OverrideScope::SingleDecision,
                            QStringLiteral("A reviewer checked this one by hand."), QStringLiteral("approved"),
                            std::nullopt, m_officer)
                    .ok());
        QSqlDatabase conn = m_ws->database()->connection();
        auto r = Sql::exec(conn, sql);
        QVERIFY2(!r.ok(), qPrintable(sql));
    }
};

QTEST_GUILESS_MAIN(TestRetentionService)
#include "TestRetentionService.moc"
