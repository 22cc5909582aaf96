#include "auth/Principal.h"
#include "common/Timestamp.h"
#include "common/Ulid.h"
#include "crypto/Commitment.h"
#include "crypto/Sha256.h"
#include "evidence/EvidenceStore.h"
#include "intervention/InterventionLog.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerVerifier.h"
#include "ledger/LedgerWriter.h"
#include "override/OverrideService.h"
#include "responsibility/ResponsibilityTracker.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/StoreFixture.h"

#include <QJsonDocument>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

namespace {
const QString kJustification = QStringLiteral("Customer contract clause 7 allows this export.");
}

class TestOverrideService : public QObject
{
    Q_OBJECT

    Test::StoreFixture m_fx;
    std::unique_ptr<EvidenceStore> m_evidence;
    std::unique_ptr<ResponsibilityTracker> m_tracker;
    std::unique_ptr<InterventionLog> m_log;
    std::unique_ptr<OverrideService> m_service;
    QMap<QString, QString> m_decisions; // stands in for the decision module's table
    const Principal m_officer = Principal::user(QStringLiteral("olivia"), Role::ComplianceOfficer);
    const Principal m_admin = Principal::user(QStringLiteral("adam"), Role::Admin);

    QString decision(const QString &outcome)
    {
        const QString id = Ulid::make(QStringLiteral("dec_"), m_fx.clock);
        m_decisions.insert(id, outcome);
        return id;
    }

    qint64 count(const QString &table) { return m_fx.rowCount(table); }
    // Rows of every table an override writes, plus the ledger size: all must stay put on a refusal.
    QList<qint64> footprint()
    {
        return {count(QStringLiteral("overrides")), count(QStringLiteral("responsibility_records")),
                count(QStringLiteral("interventions")), count(QStringLiteral("evidence_artifacts")),
                count(QStringLiteral("ledger_entries"))};
    }

    Result<Override> make(const QString &dec, OverrideType type, const Principal &by,
                          const QString &text = kJustification, const QString &outcome = {},
                          std::optional<qint64> expires = std::nullopt)
    {
        return m_service->create(dec, type, OverrideScope::SingleDecision, text, outcome, expires, by);
    }
    Result<Override> createSimple(const QString &decisionId, OverrideType type = OverrideType::HumanReview)
    {
        return make(decisionId, type, Overrides::isExecutive(type) ? m_admin : m_officer);
    }

    static Principal principalFor(const QString &role)
    {
        if (role.startsWith(QLatin1String("apikey:")))
            return Principal::apiKey(
                QStringLiteral("bot"),
                {role.endsWith(QLatin1String("decide")) ? Permission::Decide : Permission::CreateOverride});
        return Principal::user(QStringLiteral("someone"), *Roles::fromName(role));
    }

private Q_SLOTS:
    void init()
    {
        m_fx.clock.setMs(1795341600000); // 2026-11-22T10:00:00Z
        m_service.reset();
        m_log.reset();
        m_tracker.reset();
        m_evidence.reset();
        m_decisions.clear();
        auto opened = m_fx.open();
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_evidence = std::make_unique<EvidenceStore>(m_fx.db, *m_fx.ledger, m_fx.clock, m_fx.dir->path());
        m_tracker = std::make_unique<ResponsibilityTracker>(m_fx.db, m_fx.clock);
        m_log = std::make_unique<InterventionLog>(m_fx.db, m_fx.clock);
        m_service = std::make_unique<OverrideService>(m_fx.db, *m_fx.ledger, m_fx.clock, *m_evidence, *m_tracker,
                                                      *m_log, [this](const QString &id) -> Result<QString> {
                                                          if (!m_decisions.contains(id))
                                                              return Error::notFound(
                                                                  QStringLiteral("There is no decision %1.").arg(id));
                                                          return m_decisions.value(id);
                                                      });
    }

    void permissionMatrix_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("missing");
        for (OverrideType t : Overrides::types()) {
            const bool executive = Overrides::isExecutive(t);
            const QString needed =
                executive ? QStringLiteral("create_executive_override") : QStringLiteral("create_override");
            for (Role r : Roles::all()) {
                const bool allowed = r == Role::Admin || (r == Role::ComplianceOfficer && !executive);
                const QString row = Overrides::typeName(t) + QLatin1Char('/') + Roles::name(r);
                QTest::newRow(qPrintable(row)) << Overrides::typeName(t) << Roles::name(r) << allowed << needed;
            }
        }
        // An API key acts only within its scopes.
        QTest::newRow("human_review/apikey decide") << "human_review"
                                                    << "apikey:decide" << false << "create_override";
        QTest::newRow("human_review/apikey create_override") << "human_review"
                                                             << "apikey:create_override" << true << "";
    }
    void permissionMatrix()
    {
        QFETCH(QString, type);
        QFETCH(QString, role);
        QFETCH(bool, allowed);
        QFETCH(QString, missing);
        const QString dec = decision(QStringLiteral("denied"));
        const auto before = footprint();
        auto o = make(dec, *Overrides::typeFromName(type), principalFor(role));
        QCOMPARE(o.ok(), allowed);
        if (allowed) {
            QCOMPARE(o->newOutcome, QStringLiteral("approved"));
            QCOMPARE(footprint(), QList<qint64>({1, 1, 1, 1, before.last() + 1}));
            return;
        }
        QCOMPARE(o.error().code, Error::Code::Forbidden);
        QVERIFY2(o.error().message.contains(missing), qPrintable(o.error().message));
        QCOMPARE(footprint(), before);
    }

    void justification_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<int>("counted");
        QTest::newRow("19 characters") << QString(19, QLatin1Char('j')) << false << 19;
        QTest::newRow("20 characters") << QString(20, QLatin1Char('j')) << true << 20;
        QTest::newRow("19 padded with spaces")
            << QStringLiteral("   ") + QString(19, QLatin1Char('j')) + QStringLiteral("  \n") << false << 19;
        QTest::newRow("20 padded with spaces")
            << QStringLiteral("\t") + QString(20, QLatin1Char('j')) + QStringLiteral(" ") << true << 20;
        QTest::newRow("whitespace only") << QString(40, QLatin1Char(' ')) << false << 0;
        QTest::newRow("empty") << QString() << false << 0;
    }
    void justification()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QFETCH(int, counted);
        const QString dec = decision(QStringLiteral("approved"));
        const auto before = footprint();
        auto o = make(dec, OverrideType::BusinessException, m_officer, text);
        QCOMPARE(o.ok(), accepted);
        if (accepted) {
            QCOMPARE(o->justification, text.trimmed());
            QCOMPARE(m_service->get(o->overrideId)->justification.size(), counted);
            return;
        }
        QCOMPARE(o.error().code, Error::Code::InvalidInput);
        QCOMPARE(o.error().field, QStringLiteral("justification"));
        QVERIFY2(o.error().message.contains(QStringLiteral("has %1 characters").arg(counted)),
                 qPrintable(o.error().message));
        QVERIFY(o.error().message.contains(QLatin1String("20")));
        QCOMPARE(footprint(), before);
    }

    void expiry_data()
    {
        QTest::addColumn<qint64>("offsetMs");
        QTest::addColumn<bool>("given");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("none") << qint64(0) << false << true;
        QTest::newRow("an hour ago") << qint64(-3600000) << true << false;
        QTest::newRow("now") << qint64(0) << true << false;
        QTest::newRow("in a millisecond") << qint64(1) << true << true;
        QTest::newRow("in a day") << qint64(86400000) << true << true;
    }
    void expiry()
    {
        QFETCH(qint64, offsetMs);
        QFETCH(bool, given);
        QFETCH(bool, accepted);
        const QString dec = decision(QStringLiteral("denied"));
        const auto before = footprint();
        const std::optional<qint64> expires =
            given ? std::optional<qint64>(m_fx.clock.nowMs() + offsetMs) : std::nullopt;
        auto o = make(dec, OverrideType::PolicyException, m_officer, kJustification, {}, expires);
        QCOMPARE(o.ok(), accepted);
        if (!accepted) {
            QCOMPARE(o.error().field, QStringLiteral("expires_at"));
            QCOMPARE(footprint(), before);
            return;
        }
        QCOMPARE(m_service->get(o->overrideId)->expiresAt, given ? Timestamp::format(*expires) : QString());
    }

    void unknownDecisionStoresNothing()
    {
        const auto before = footprint();
        auto o = createSimple(Ulid::make(QStringLiteral("dec_"), m_fx.clock));
        QVERIFY(!o.ok());
        QCOMPARE(o.error().code, Error::Code::NotFound);
        QCOMPARE(footprint(), before);
    }

    void outcomes_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("approved, default") << "approved"
                                           << ""
                                           << "denied";
        QTest::newRow("denied, default") << "denied"
                                         << ""
                                         << "approved";
        QTest::newRow("escalated, default") << "escalated"
                                            << ""
                                            << "";
        QTest::newRow("escalated to approved") << "escalated"
                                               << "approved"
                                               << "approved";
        QTest::newRow("escalated to denied") << "escalated"
                                             << "denied"
                                             << "denied";
        QTest::newRow("approved to approved") << "approved"
                                              << "approved"
                                              << "";
        QTest::newRow("unknown outcome word") << "denied"
                                              << "allowed"
                                              << "";
    }
    void outcomes()
    {
        QFETCH(QString, original);
        QFETCH(QString, requested);
        QFETCH(QString, expected);
        const QString dec = decision(original);
        const auto before = footprint();
        auto o = make(dec, OverrideType::HumanReview, m_officer, kJustification, requested);
        QCOMPARE(o.ok(), !expected.isEmpty());
        QCOMPARE(m_decisions.value(dec), original); // the decision's own record is never edited
        if (expected.isEmpty()) {
            QCOMPARE(o.error().field, QStringLiteral("new_outcome"));
            QCOMPARE(footprint(), before);
            return;
        }
        auto stored = m_service->get(o->overrideId);
        QCOMPARE(stored->originalOutcome, original);
        QCOMPARE(stored->newOutcome, expected);
    }

    void writesResponsibilityInterventionAndEvidence_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("makerType");
        QTest::addColumn<QString>("interventionType");
        QTest::addColumn<QString>("oversightRole");
        QTest::newRow("human_review") << "human_review"
                                      << "human_supervisor"
                                      << "override"
                                      << "compliance_officer";
        QTest::newRow("policy_exception") << "policy_exception"
                                          << "human_supervisor"
                                          << "policy_exception"
                                          << "compliance_officer";
        QTest::newRow("executive_override") << "executive_override"
                                            << "human_executive"
                                            << "override"
                                            << "executive";
        QTest::newRow("emergency_bypass") << "emergency_bypass"
                                          << "human_executive"
                                          << "override"
                                          << "executive";
    }
    void writesResponsibilityInterventionAndEvidence()
    {
        QFETCH(QString, type);
        QFETCH(QString, makerType);
        QFETCH(QString, interventionType);
        QFETCH(QString, oversightRole);
        const QString dec = decision(QStringLiteral("denied"));
        m_fx.clock.advanceMinutes(30);
        const OverrideType t = *Overrides::typeFromName(type);
        const Principal &by = Overrides::isExecutive(t) ? m_admin : m_officer;
        auto o = m_service->create(dec, t, OverrideScope::MultipleDecisions, QStringLiteral("  ") + kJustification, {},
                                   std::nullopt, by);
        QVERIFY2(o.ok(), qPrintable(o.error().message));
        QVERIFY(Ulid::isValid(o->overrideId, QStringLiteral("ovr_")));
        QCOMPARE(m_service->get(o->overrideId)->scope, OverrideScope::MultipleDecisions);

        auto chain = m_tracker->forDecision(dec);
        QCOMPARE(chain->size(), 1);
        const ResponsibilityRecord &r = chain->first();
        QCOMPARE(Responsibility::makerTypeName(r.makerType), makerType);
        QCOMPARE(r.level, ResponsibilityLevel::Full);
        QCOMPARE(r.reasoning, kJustification);
        QVERIFY(r.liabilityAccepted);
        QCOMPARE(r.overrideId, o->overrideId);
        QCOMPARE(r.decisionMaker, by.ledgerActor());
        QCOMPARE(r.ledgerIndex, o->ledgerIndex);

        auto interventions = m_log->forDecision(dec);
        QCOMPARE(interventions->size(), 1);
        const Intervention &i = interventions->first();
        QCOMPARE(Interventions::typeName(i.type), interventionType);
        QCOMPARE(Interventions::roleName(i.oversightRole), oversightRole);
        QCOMPARE(i.aiRecommendation, QStringLiteral("denied"));
        QCOMPARE(i.humanDecision, QStringLiteral("approved"));
        QCOMPARE(i.reason, kJustification);
        QCOMPARE(i.overrideId, o->overrideId);
        QCOMPARE(i.responseTimeMs, std::optional<qint64>(30 * 60000));

        auto artifacts = m_evidence->forDecision(dec);
        QCOMPARE(artifacts->size(), 1);
        const EvidenceArtifact &a = artifacts->first();
        QCOMPARE(a.artifactId, o->evidenceId);
        QCOMPARE(a.type, EvidenceType::Attestation);
        QCOMPARE(a.ledgerIndex, o->ledgerIndex);
        QVERIFY(m_evidence->verify(a.artifactId).ok());
        const QJsonObject attested = QJsonDocument::fromJson(*m_evidence->content(a.artifactId)).object();
        QCOMPARE(attested.value(QStringLiteral("override_id")).toString(), o->overrideId);
        QCOMPARE(attested.value(QStringLiteral("justification")).toString(), kJustification);
        QCOMPARE(attested.value(QStringLiteral("original_outcome")).toString(), QStringLiteral("denied"));

        // One ledger entry, with the justification's hash and not its text.
        auto entry = LedgerStore(m_fx.db).entry(o->ledgerIndex);
        QCOMPARE(entry->type, QStringLiteral("override_created"));
        QCOMPARE(entry->actor, by.ledgerActor());
        // A salted commitment: it opens with the salt in the row, and differs from the plain hash.
        const QString commitment = entry->payload.value(QStringLiteral("justification_commitment")).toString();
        QCOMPARE(commitment, o->justificationCommitment);
        QVERIFY(commitment != Sha256::hex(kJustification.toUtf8()));
        QVERIFY(Commitment::verify(commitment, o->justificationSalt, kJustification.toUtf8()));
        QCOMPARE(entry->payload.value(QStringLiteral("evidence_commitment")).toString(), a.commitment);
        QCOMPARE(entry->payload.value(QStringLiteral("override_id")).toString(), o->overrideId);
        QCOMPARE(entry->payload.value(QStringLiteral("new_outcome")).toString(), QStringLiteral("approved"));
        QVERIFY(!entry->canonical.contains(kJustification.toUtf8()));
        QCOMPARE(*LedgerStore(m_fx.db).size(), 2);
        QVERIFY(LedgerVerifier(m_fx.db).verify()->ok);
    }

    void hookRunsInTheSameTransaction()
    {
        const QString dec = decision(QStringLiteral("approved"));
        QString marked;
        m_service->setCreatedHook([&](QSqlDatabase &conn, const Override &o, const LedgerEntry &e) -> Result<void> {
            // The override row is already visible inside the transaction.
            auto q = Sql::exec(conn, QStringLiteral("SELECT ledger_index FROM overrides WHERE override_id = ?"),
                               {o.overrideId});
            if (!q || !q->next() || q->value(0).toLongLong() != e.index)
                return Error::internal(QStringLiteral("override row not visible"));
            marked = o.decisionId;
            return {};
        });
        QVERIFY(createSimple(dec).ok());
        QCOMPARE(marked, dec);

        m_service->setCreatedHook([](QSqlDatabase &, const Override &, const LedgerEntry &) -> Result<void> {
            return Error::conflict(QStringLiteral("decision cannot be marked"));
        });
        const auto before = footprint();
        auto failed = createSimple(decision(QStringLiteral("approved")));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().message, QStringLiteral("decision cannot be marked"));
        QCOMPARE(footprint(), before);
    }

    void outcomeChangedMeanwhileIsAConflict()
    {
        const QString dec = decision(QStringLiteral("escalated"));
        int calls = 0;
        m_service = std::make_unique<OverrideService>(m_fx.db, *m_fx.ledger, m_fx.clock, *m_evidence, *m_tracker,
                                                      *m_log, [&](const QString &) -> Result<QString> {
                                                          // Resolved by someone else between the two reads.
                                                          return ++calls == 1 ? QStringLiteral("escalated")
                                                                              : QStringLiteral("denied");
                                                      });
        const auto before = footprint();
        auto o = make(dec, OverrideType::HumanReview, m_officer, kJustification, QStringLiteral("approved"));
        QVERIFY(!o.ok());
        QCOMPARE(o.error().code, Error::Code::Conflict);
        QVERIFY2(o.error().message.contains(QLatin1String("escalated to denied")), qPrintable(o.error().message));
        QCOMPARE(calls, 2);
        QCOMPARE(footprint(), before);
    }

    void secondOverrideStartsFromTheOutcomeInEffect()
    {
        const QString dec = decision(QStringLiteral("approved"));
        m_service->setCreatedHook([this](QSqlDatabase &, const Override &o, const LedgerEntry &) -> Result<void> {
            m_decisions.insert(o.decisionId, QStringLiteral("overridden"));
            return {};
        });
        auto first = createSimple(dec);
        QCOMPARE(first->newOutcome, QStringLiteral("denied"));
        m_fx.clock.advanceSeconds(1);
        auto second = createSimple(dec, OverrideType::ExecutiveOverride);
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        QCOMPARE(second->originalOutcome, QStringLiteral("denied"));
        QCOMPARE(second->newOutcome, QStringLiteral("approved"));
        QCOMPARE((*m_service->activeFor(dec, m_fx.clock.nowMs()))->overrideId, second->overrideId);
        QCOMPARE(m_service->forDecision(dec)->size(), 2);
    }

    void activeForRespectsExpiryAndRevocation()
    {
        const QString dec = decision(QStringLiteral("denied"));
        const qint64 now = m_fx.clock.nowMs();
        auto o = make(dec, OverrideType::TechnicalEmergency, m_officer, kJustification, {}, now + 3600000);
        QVERIFY(o.ok());
        QVERIFY(o->isActiveAt(now));
        QCOMPARE((*m_service->activeFor(dec, now + 3599999))->overrideId, o->overrideId);
        QVERIFY(!m_service->activeFor(dec, now + 3600000)->has_value());
        QVERIFY(!m_service->activeFor(decision(QStringLiteral("approved")), now)->has_value());

        const auto before = footprint();
        QCOMPARE(m_service->revoke(o->overrideId, QStringLiteral("too short"), m_officer).error().field,
                 QStringLiteral("reason"));
        QCOMPARE(m_service->revoke(o->overrideId, kJustification, principalFor(QStringLiteral("auditor"))).error().code,
                 Error::Code::Forbidden);
        QCOMPARE(footprint(), before);
        auto revoked =
            m_service->revoke(o->overrideId, QStringLiteral("The emergency is over, back to policy."), m_officer);
        QVERIFY2(revoked.ok(), qPrintable(revoked.error().message));
        QVERIFY(!m_service->activeFor(dec, now)->has_value());
        auto stored = m_service->get(o->overrideId);
        QCOMPARE(stored->revokedBy, QStringLiteral("user:olivia"));
        QCOMPARE(stored->originalOutcome, QStringLiteral("denied"));
        QCOMPARE(m_service->revoke(o->overrideId, kJustification, m_officer).error().code, Error::Code::Conflict);
        QCOMPARE(LedgerStore(m_fx.db).entry(before.last())->type, QStringLiteral("override_revoked"));
    }

    void overridesTableRefusesEdits_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("rewrite justification") << "UPDATE overrides SET justification = 'rewritten'";
        QTest::newRow("rewrite outcome") << "UPDATE overrides SET new_outcome = 'denied'";
        QTest::newRow("delete") << "DELETE FROM overrides";
        QTest::newRow("revoke twice") << "UPDATE overrides SET revoked_at = '2030-01-01T00:00:00.000Z'";
    }
    void overridesTableRefusesEdits()
    {
        QFETCH(QString, sql);
        auto o = createSimple(decision(QStringLiteral("denied")));
        QVERIFY(o.ok());
        QVERIFY(m_service->revoke(o->overrideId, kJustification, m_officer).ok());
        QSqlDatabase conn = m_fx.db->connection();
        auto r = Sql::exec(conn, sql);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("append-only")), qPrintable(r.error().message));
        QCOMPARE(m_service->get(o->overrideId)->newOutcome, QStringLiteral("approved"));
    }

    void listFilters()
    {
        const QString a = decision(QStringLiteral("denied"));
        const QString b = decision(QStringLiteral("approved"));
        const qint64 t0 = m_fx.clock.nowMs();
        QVERIFY(createSimple(a).ok());
        m_fx.clock.advanceHours(1);
        QVERIFY(createSimple(b, OverrideType::EmergencyBypass).ok());
        QCOMPARE(m_service->list()->size(), 2);
        OverrideFilter f;
        f.type = OverrideType::EmergencyBypass;
        QCOMPARE(m_service->list(f)->size(), 1);
        QCOMPARE(m_service->list(f)->first().decisionId, b);
        OverrideFilter range;
        range.fromMs = t0;
        range.toMs = t0 + 1;
        QCOMPARE(m_service->list(range)->size(), 1);
        OverrideFilter byDecision;
        byDecision.decisionId = a;
        QCOMPARE(m_service->list(byDecision)->first().decisionId, a);
        QCOMPARE(m_service->get(QStringLiteral("ovr_none")).error().code, Error::Code::NotFound);
        QVERIFY(LedgerVerifier(m_fx.db).verify()->ok);
    }
};

QTEST_GUILESS_MAIN(TestOverrideService)
#include "TestOverrideService.moc"
