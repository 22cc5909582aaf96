#include "auth/UserService.h"
#include "common/CanonicalJson.h"
#include "common/Ulid.h"
#include "crypto/Commitment.h"
#include "crypto/NodeIdentity.h"
#include "decision/DecisionService.h"
#include "escalation/EscalationService.h"
#include "evidence/EvidenceStore.h"
#include "intervention/InterventionLog.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerVerifier.h"
#include "mock/MockClock.h"
#include "override/OverrideService.h"
#include "policy/PolicyService.h"
#include "policy/PolicySimulator.h"
#include "responsibility/ResponsibilityTracker.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "token/CapabilityToken.h"
#include "token/TokenStore.h"
#include "token/TokenVerifier.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Lexecon;

namespace {

QJsonObject term(const char *id, const char *type, const QJsonObject &risk = {})
{
    QJsonObject t{{QStringLiteral("id"), QString::fromLatin1(id)}, {QStringLiteral("type"), QString::fromLatin1(type)}};
    if (!risk.isEmpty())
        t.insert(QStringLiteral("metadata"), QJsonObject{{QStringLiteral("risk"), risk}});
    return t;
}

QJsonObject relation(const char *type, const char *source, const char *target, const char *object = nullptr,
                     const char *justification = nullptr)
{
    QJsonObject r{{QStringLiteral("type"), QString::fromLatin1(type)},
                  {QStringLiteral("source"), QString::fromLatin1(source)},
                  {QStringLiteral("target"), QString::fromLatin1(target)}};
    if (object)
        r.insert(QStringLiteral("object"), QString::fromLatin1(object));
    if (justification)
        r.insert(QStringLiteral("justification"), QString::fromLatin1(justification));
    return r;
}

// A small support policy: the bot may read tickets and look up customers (PII raises privacy
// risk), may never delete, and exports need a manager's approval.
QByteArray policyJson(const char *mode = "strict", bool forbidRead = false)
{
    QJsonArray relations{relation("permits", "actor:bot", "action:read"),
                         relation("permits", "actor:bot", "action:lookup", "data:pii"),
                         relation("permits", "actor:bot", "action:export"),
                         relation("forbids", "actor:bot", "action:delete", nullptr, "Deletion is a human decision."),
                         relation("requires", "action:export", "context:manager_approval")};
    if (forbidRead)
        relations.append(relation("forbids", "actor:bot", "action:read", nullptr, "Reading paused for review."));
    const QJsonObject policy{
        {QStringLiteral("name"), QStringLiteral("test")},
        {QStringLiteral("mode"), QString::fromLatin1(mode)},
        {QStringLiteral("terms"),
         QJsonArray{term("bot", "actor"), term("read", "action"), term("lookup", "action"), term("delete", "action"),
                    term("export", "action"), term("pii", "data_class", {{QStringLiteral("privacy"), 45}}),
                    term("manager_approval", "context")}},
        {QStringLiteral("relations"), relations}};
    return QJsonDocument(policy).toJson();
}

QJsonObject request(const char *actor, const char *action)
{
    return {{QStringLiteral("actor"), QString::fromLatin1(actor)}, {QStringLiteral("action"), QString::fromLatin1(action)}};
}

} // namespace

class TestDecisionService : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    MockClock m_clock;
    std::unique_ptr<Workspace> m_ws;
    const Principal m_bot = Principal::apiKey(QStringLiteral("bot"), {Permission::Decide});

    qint64 ledgerSize() { return LedgerStore(m_ws->database()).size().value(); }
    qint64 decisionCount()
    {
        QSqlDatabase conn = m_ws->database()->connection();
        auto q = Sql::exec(conn, QStringLiteral("SELECT count(*) FROM decisions"));
        q->next();
        return q->value(0).toLongLong();
    }
    DecisionRecord decide(const QJsonObject &body)
    {
        auto r = m_ws->decisions().decideJson(body, m_bot);
        if (!r)
            qWarning() << r.error().message;
        return r ? *r : DecisionRecord();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock.setMs(1795341600000);
        auto ws = Workspace::open(m_dir->path(), m_clock, true);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
        QVERIFY(m_ws->policies().load(policyJson(), Principal::system()).ok());
        QVERIFY(m_ws->users().add(QStringLiteral("ada"), Role::Admin, Principal::system()).ok());
        const Principal ada = m_ws->users().principalFor(QStringLiteral("ada")).value();
        QVERIFY(m_ws->users().add(QStringLiteral("olivia"), Role::ComplianceOfficer, ada).ok());
        QVERIFY(m_ws->users().add(QStringLiteral("victor"), Role::Viewer, ada).ok());
    }

    void cleanup()
    {
        m_ws.reset();
        m_dir.reset();
    }

    void approvedCarriesAVerifiableToken()
    {
        const DecisionRecord r = decide(request("bot", "read"));
        QVERIFY(Ulid::isValid(r.decisionId, QStringLiteral("dec_")));
        QCOMPARE(r.outcome, QStringLiteral("approved"));
        QCOMPARE(r.finalOutcome, QStringLiteral("approved"));
        QVERIFY(!r.capabilityToken.isEmpty());
        QCOMPARE(r.reasons.first().toObject().value(QStringLiteral("relation_id")).toString(),
                 QStringLiteral("permits:actor:bot:action:read"));
        const TokenVerdict ok = TokenVerifier(m_ws->node(), m_ws->tokens())
                                    .verify(r.capabilityToken, QStringLiteral("read"), QString(), r.policyHash, m_clock.nowMs());
        QVERIFY2(ok.valid, qPrintable(ok.reason));
        QCOMPARE(ok.claims.value(QStringLiteral("dec")).toString(), r.decisionId);
        const TokenVerdict other = TokenVerifier(m_ws->node(), m_ws->tokens())
                                       .verify(r.capabilityToken, QStringLiteral("delete"), QString(), r.policyHash, m_clock.nowMs());
        QVERIFY(!other.valid);
    }

    void theApprovalsTokenIsInItsRow()
    {
        const DecisionRecord r = decide(request("bot", "read"));
        QCOMPARE(r.outcome, QStringLiteral("approved"));
        const QString jti = TokenStore::jtiOf(r.decisionId);
        QCOMPARE(r.tokenId, jti);
        QVERIFY(Ulid::isValid(jti, QStringLiteral("cap_")));
        QCOMPARE(TokenStore::decisionOf(jti), r.decisionId);
        const ParsedToken parsed = CapabilityToken::parse(r.capabilityToken).value();
        QCOMPARE(parsed.payload.value(QStringLiteral("jti")).toString(), jti);
        const qint64 iat = parsed.payload.value(QStringLiteral("iat")).toInteger();
        const qint64 exp = parsed.payload.value(QStringLiteral("exp")).toInteger();
        QCOMPARE(exp - iat, CapabilityToken::DefaultTtlSeconds);

        // Kept in the decision's row, not a row of tokens; found by jti and by decision.
        QSqlDatabase conn = m_ws->database()->connection();
        auto row = Sql::exec(conn, QStringLiteral("SELECT token_iat, token_exp, (SELECT count(*) FROM tokens) FROM decisions "
                                                  "WHERE decision_id = ?"),
                             {r.decisionId});
        QVERIFY(row && row->next());
        QCOMPARE(row->value(0).toLongLong(), iat);
        QCOMPARE(row->value(1).toLongLong(), exp);
        QCOMPARE(row->value(2).toInt(), 0);
        row->finish();
        QVERIFY(m_ws->tokens().isIssued(jti).value());
        QCOMPARE(m_ws->tokens().tokensForDecision(r.decisionId).value(), QStringList{jti});
        const QString unknown = Ulid::make(QStringLiteral("cap_"), m_clock);
        QVERIFY(!m_ws->tokens().isIssued(unknown).value());
        // A denial carries none.
        const DecisionRecord denied = decide(request("bot", "delete"));
        QVERIFY(!m_ws->tokens().isIssued(TokenStore::jtiOf(denied.decisionId)).value());
        QVERIFY(m_ws->tokens().tokensForDecision(denied.decisionId)->isEmpty());

        // It is revoked like any other, once, and the verifier then refuses it.
        const Principal olivia = m_ws->users().principalFor(QStringLiteral("olivia")).value();
        QVERIFY2(m_ws->tokens().revoke(jti, QStringLiteral("the model misbehaved"), olivia).ok(), "revoke");
        QVERIFY(m_ws->tokens().isRevoked(jti).value());
        QCOMPARE(m_ws->tokens().revoke(jti, QStringLiteral("again"), olivia).error().code, Error::Code::Conflict);
        QCOMPARE(m_ws->tokens().revoke(unknown, QStringLiteral("x"), olivia).error().code, Error::Code::NotFound);
        const TokenVerdict verdict = TokenVerifier(m_ws->node(), m_ws->tokens())
                                         .verify(r.capabilityToken, QStringLiteral("read"), QString(), r.policyHash,
                                                 m_clock.nowMs());
        QVERIFY(!verdict.valid);

        // The database holds both rules itself: a revocation names an issued token, and the token's
        // times never change.
        for (const QString &sql :
             {QStringLiteral("INSERT INTO token_revocations (jti, revoked_at, revoked_by, reason, ledger_index) "
                             "VALUES ('%1', 't', 'u', 'r', 1)").arg(TokenStore::jtiOf(denied.decisionId)),
              QStringLiteral("INSERT INTO token_revocations (jti, revoked_at, revoked_by, reason, ledger_index) "
                             "VALUES ('%1', 't', 'u', 'r', 1)").arg(unknown),
              QStringLiteral("UPDATE decisions SET token_exp = token_exp + 3600 WHERE decision_id = '%1'").arg(r.decisionId),
              QStringLiteral("UPDATE decisions SET token_iat = NULL WHERE decision_id = '%1'").arg(r.decisionId)}) {
            auto refused = Sql::exec(conn, sql);
            QVERIFY2(!refused.ok(), qPrintable(sql));
        }
    }

    void recordMatchesSpecShape()
    {
        const DecisionRecord r = decide(request("bot", "read"));
        const QJsonObject json = m_ws->decisions().render(r);
        for (const char *key : {"decision_id", "request_id", "outcome", "actor", "action", "resource", "tool", "data_classes",
                                "reasons", "policy", "risk", "escalation", "capability_token", "ledger", "timestamp"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QStringLiteral("timestamp")).toString(), QStringLiteral("2026-11-22T10:00:00.000Z"));
        QCOMPARE(json.value(QStringLiteral("policy")).toObject().value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("ledger")).toObject().value(QStringLiteral("index")).toInteger(), r.ledgerIndex);
        // The ledger entry is the decision's and carries no free text of the request.
        const LedgerEntry entry = LedgerStore(m_ws->database()).entry(r.ledgerIndex).value();
        QCOMPARE(entry.type, QStringLiteral("decision"));
        QCOMPARE(entry.actor, QStringLiteral("apikey:bot"));
        QCOMPARE(entry.entryHash, r.entryHash);
        QCOMPARE(entry.payload.value(QStringLiteral("decision_id")).toString(), r.decisionId);
        QVERIFY(!entry.payload.contains(QStringLiteral("intent")));
    }

    void deniedByForbidCarriesJustification()
    {
        const DecisionRecord r = decide(request("bot", "delete"));
        QCOMPARE(r.outcome, QStringLiteral("denied"));
        QVERIFY(r.capabilityToken.isEmpty());
        QVERIFY(r.escalationId.isEmpty());
        QCOMPARE(r.reasons.first().toObject().value(QStringLiteral("justification")).toString(),
                 QStringLiteral("Deletion is a human decision."));
    }

    void strictDeniesWhatNoPermitCovers_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("action");
        // The original's substring matching let "a" or "bo" match "bot": exact only here.
        QTest::newRow("substring of actor") << QStringLiteral("bo") << QStringLiteral("read");
        QTest::newRow("one letter") << QStringLiteral("a") << QStringLiteral("read");
        QTest::newRow("case differs") << QStringLiteral("Bot") << QStringLiteral("read");
        QTest::newRow("unknown action") << QStringLiteral("bot") << QStringLiteral("rea");
    }
    void strictDeniesWhatNoPermitCovers()
    {
        QFETCH(QString, actor);
        QFETCH(QString, action);
        const DecisionRecord r = decide({{QStringLiteral("actor"), actor}, {QStringLiteral("action"), action}});
        QCOMPARE(r.outcome, QStringLiteral("denied"));
    }

    void riskEscalatesWithPriorityAndDeadline_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("privacy");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("priority");
        QTest::addColumn<qint64>("slaHours");
        QTest::newRow("strict low") << QStringLiteral("strict") << 10 << QStringLiteral("approved") << QString() << qint64(0);
        QTest::newRow("strict medium (term floor 45)") << QStringLiteral("strict") << 0 << QStringLiteral("approved") << QString() << qint64(0);
        QTest::newRow("strict high") << QStringLiteral("strict") << 60 << QStringLiteral("escalated") << QStringLiteral("high") << qint64(8);
        QTest::newRow("strict critical") << QStringLiteral("strict") << 90 << QStringLiteral("escalated") << QStringLiteral("critical") << qint64(2);
        QTest::newRow("paranoid medium") << QStringLiteral("paranoid") << 0 << QStringLiteral("escalated") << QStringLiteral("medium") << qint64(24);
    }
    void riskEscalatesWithPriorityAndDeadline()
    {
        QFETCH(QString, mode);
        QFETCH(int, privacy);
        QFETCH(QString, outcome);
        QFETCH(QString, priority);
        QFETCH(qint64, slaHours);
        QVERIFY(m_ws->policies().load(policyJson(mode.toLatin1().constData()), Principal::system()).ok());
        QJsonObject body = request("bot", "lookup");
        body.insert(QStringLiteral("data_classes"), QJsonArray{QStringLiteral("pii")});
        body.insert(QStringLiteral("risk"), QJsonObject{{QStringLiteral("privacy"), privacy}});
        const DecisionRecord r = decide(body);
        QCOMPARE(r.outcome, outcome);
        if (outcome != QLatin1String("escalated")) {
            QVERIFY(r.escalationId.isEmpty());
            return;
        }
        QCOMPARE(r.finalOutcome, QStringLiteral("pending"));
        QVERIFY(r.capabilityToken.isEmpty());
        const Escalation e = m_ws->escalations().get(r.escalationId).value();
        QCOMPARE(e.priority, priority);
        QCOMPARE(e.decisionId, r.decisionId);
        QCOMPARE(e.slaDeadlineMs, m_clock.nowMs() + slaHours * 3600 * 1000);
    }

    void humanApprovalIssuesTokenAndRecordsOversight()
    {
        QJsonObject body = request("bot", "read");
        body.insert(QStringLiteral("risk"), QJsonObject{{QStringLiteral("security"), 80}});
        const DecisionRecord r = decide(body);
        QCOMPARE(r.outcome, QStringLiteral("escalated"));
        const Principal olivia = m_ws->users().principalFor(QStringLiteral("olivia")).value();
        m_clock.advanceMinutes(30);
        auto resolved = m_ws->escalations().resolve(r.escalationId, QStringLiteral("approved"),
                                                    QStringLiteral("Checked with the ticket owner."), olivia);
        QVERIFY2(resolved.ok(), qPrintable(resolved.error().message));
        const DecisionRecord after = m_ws->decisions().get(r.decisionId).value();
        QCOMPARE(after.outcome, QStringLiteral("escalated")); // the pipeline's answer stays on record
        QCOMPARE(after.finalOutcome, QStringLiteral("approved"));
        QVERIFY(!after.capabilityToken.isEmpty());
        // The reviewer's approval issued its token later: a row of tokens with a jti of its own.
        QVERIFY(after.tokenId != TokenStore::jtiOf(r.decisionId));
        QCOMPARE(m_ws->tokens().tokensForDecision(r.decisionId).value(), QStringList{after.tokenId});
        const auto chain = m_ws->responsibility().forDecision(r.decisionId).value();
        QCOMPARE(chain.size(), 2);
        QCOMPARE(chain.at(0).makerType, DecisionMakerType::AiSystem);
        QCOMPARE(chain.at(1).makerType, DecisionMakerType::HumanSupervisor);
        QCOMPARE(chain.at(1).decisionMaker, QStringLiteral("user:olivia"));
        const auto interventions = m_ws->interventions().forDecision(r.decisionId).value();
        QCOMPARE(interventions.size(), 1);
        QCOMPARE(interventions.first().type, InterventionType::Approval);
        QCOMPARE(interventions.first().responseTimeMs.value_or(-1), qint64(30 * 60 * 1000));
        const QJsonObject shown = m_ws->decisions().render(after);
        QCOMPARE(shown.value(QStringLiteral("escalation")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("resolved"));
    }

    void overrideChangesOutcomeUntilItExpires()
    {
        const DecisionRecord r = decide(request("bot", "delete"));
        QCOMPARE(r.outcome, QStringLiteral("denied"));
        const Principal olivia = m_ws->users().principalFor(QStringLiteral("olivia")).value();
        auto o = m_ws->overrides().create(r.decisionId, OverrideType::BusinessException, OverrideScope::SingleDecision,
                                          QStringLiteral("Customer asked for erasure under GDPR Art. 17."),
                                          QStringLiteral("approved"), m_clock.nowMs() + 3600 * 1000, olivia);
        QVERIFY2(o.ok(), qPrintable(o.error().message));
        DecisionRecord after = m_ws->decisions().get(r.decisionId).value();
        QCOMPARE(after.outcome, QStringLiteral("denied"));
        QVERIFY(after.overridden);
        QCOMPARE(m_ws->decisions().effectiveOutcome(after), QStringLiteral("approved"));
        QVERIFY(!after.capabilityToken.isEmpty());
        QCOMPARE(m_ws->decisions().render(after).value(QStringLiteral("override")).toObject().value(QStringLiteral("override_id")).toString(),
                 o->overrideId);
        m_clock.advanceHours(2);
        QCOMPARE(m_ws->decisions().effectiveOutcome(after), QStringLiteral("denied"));
        QCOMPARE(m_ws->decisions().outcomeInEffect(r.decisionId).value(), QStringLiteral("denied"));
    }

    void overrideByViewerIsRefusedAndStoresNothing()
    {
        const DecisionRecord r = decide(request("bot", "delete"));
        const qint64 before = ledgerSize();
        const Principal victor = m_ws->users().principalFor(QStringLiteral("victor")).value();
        auto o = m_ws->overrides().create(r.decisionId, OverrideType::HumanReview, OverrideScope::SingleDecision,
                                          QStringLiteral("I think this should be allowed, really."), QString(), std::nullopt, victor);
        QVERIFY(!o.ok());
        QCOMPARE(o.error().code, Error::Code::Forbidden);
        QCOMPARE(ledgerSize(), before);
    }

    void invalidRequestsNameTheFieldAndStoreNothing_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no actor") << QJsonObject{{QStringLiteral("action"), QStringLiteral("read")}} << QStringLiteral("actor");
        QTest::newRow("empty actor") << QJsonObject{{QStringLiteral("actor"), QString()}, {QStringLiteral("action"), QStringLiteral("read")}}
                                     << QStringLiteral("actor");
        QTest::newRow("300-character actor")
            << QJsonObject{{QStringLiteral("actor"), QString(300, QLatin1Char('a'))}, {QStringLiteral("action"), QStringLiteral("read")}}
            << QStringLiteral("actor");
        QTest::newRow("actor with newline")
            << QJsonObject{{QStringLiteral("actor"), QStringLiteral("bot\n")}, {QStringLiteral("action"), QStringLiteral("read")}}
            << QStringLiteral("actor");
        QTest::newRow("actor not a string") << QJsonObject{{QStringLiteral("actor"), 5}, {QStringLiteral("action"), QStringLiteral("read")}}
                                            << QStringLiteral("actor");
        QJsonObject b = request("bot", "read");
        b.insert(QStringLiteral("risk"), QJsonObject{{QStringLiteral("privacy"), 101}});
        QTest::newRow("risk 101") << b << QStringLiteral("risk.privacy");
        b.insert(QStringLiteral("risk"), QJsonObject{{QStringLiteral("privacy"), -1}});
        QTest::newRow("risk -1") << b << QStringLiteral("risk.privacy");
        b.insert(QStringLiteral("risk"), QJsonObject{{QStringLiteral("karma"), 10}});
        QTest::newRow("unknown dimension") << b << QStringLiteral("risk.karma");
        b.insert(QStringLiteral("risk"), QJsonObject{{QStringLiteral("privacy"), 10.5}});
        QTest::newRow("fractional risk") << b << QStringLiteral("risk.privacy");
        QJsonObject c = request("bot", "read");
        c.insert(QStringLiteral("data_classes"), QStringLiteral("pii"));
        QTest::newRow("data_classes not an array") << c << QStringLiteral("data_classes");
        c.insert(QStringLiteral("data_classes"), QJsonArray{QStringLiteral("pii"), QString()});
        QTest::newRow("empty data class") << c << QStringLiteral("data_classes[1]");
        QJsonObject d = request("bot", "read");
        d.insert(QStringLiteral("actr"), QStringLiteral("typo"));
        QTest::newRow("unknown field") << d << QStringLiteral("actr");
        d = request("bot", "read");
        d.insert(QStringLiteral("context"), QJsonArray());
        QTest::newRow("context not an object") << d << QStringLiteral("context");
    }
    void invalidRequestsNameTheFieldAndStoreNothing()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const qint64 before = ledgerSize();
        auto r = m_ws->decisions().decideJson(body, m_bot);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidInput);
        QCOMPARE(r.error().field, field);
        QVERIFY2(r.error().message.contains(field.section(QLatin1Char('.'), -1).section(QLatin1Char('['), 0, 0)),
                 qPrintable(r.error().message));
        QCOMPARE(ledgerSize(), before);
        QCOMPARE(decisionCount(), 0);
    }

    void requestIdIsIdempotentPerPrincipal()
    {
        QJsonObject body = request("bot", "read");
        body.insert(QStringLiteral("request_id"), QStringLiteral("req-1"));
        const DecisionRecord first = decide(body);
        const qint64 size = ledgerSize();
        const DecisionRecord again = decide(body);
        QCOMPARE(again.decisionId, first.decisionId);
        QCOMPARE(again.capabilityToken, first.capabilityToken);
        QCOMPARE(ledgerSize(), size);
        auto other = m_ws->decisions().decideJson(body, Principal::apiKey(QStringLiteral("other"), {Permission::Decide}));
        QVERIFY(other.ok());
        QVERIFY(other->decisionId != first.decisionId);
    }

    // Retries racing each other and unrelated decisions: the writer checks request_id before it
    // writes anything, so one twin wins, the others get its decision, and no other decision in
    // the same transaction is harmed.
    void racingRetriesShareOneDecision()
    {
        QJsonObject twin = request("bot", "read");
        twin.insert(QStringLiteral("request_id"), QStringLiteral("req-race"));
        constexpr int twins = 8, others = 8;
        std::vector<std::optional<Result<DecisionRecord>>> results(twins + others);
        std::vector<std::thread> threads;
        for (int t = 0; t < twins + others; ++t) {
            threads.emplace_back([&, t] {
                QJsonObject body = twin;
                if (t >= twins)
                    body.insert(QStringLiteral("request_id"), QStringLiteral("req-other-%1").arg(t));
                results[size_t(t)] = m_ws->decisions().decideJson(body, m_bot);
            });
        }
        for (auto &th : threads)
            th.join();
        QSet<QString> twinIds, otherIds;
        for (int t = 0; t < twins + others; ++t) {
            const auto &r = results[size_t(t)];
            QVERIFY(r.has_value());
            QVERIFY2(r->ok(), qPrintable(r->error().message));
            QCOMPARE((*r)->outcome, QStringLiteral("approved"));
            (t < twins ? twinIds : otherIds).insert((*r)->decisionId);
        }
        QCOMPARE(twinIds.size(), 1);
        QCOMPARE(otherIds.size(), others);
        QCOMPARE(decisionCount(), qint64(1 + others));
        auto report = LedgerVerifier(m_ws->database()).verify();
        QVERIFY(report.ok());
        QVERIFY2(report->ok, qPrintable(report->problem));
    }

    void noActivePolicyDenies()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path(), m_clock, true);
        QVERIFY(ws.ok());
        auto r = (*ws)->decisions().decideJson(request("bot", "read"), m_bot);
        QVERIFY(r.ok());
        QCOMPARE(r->outcome, QStringLiteral("denied"));
        QCOMPARE(r->reasons.first().toObject().value(QStringLiteral("effect")).toString(), QStringLiteral("error"));
        QVERIFY(r->ledgerIndex > 0); // the denial is on record
    }

    void internalErrorDeniesNeverApproves()
    {
        // A decision row that carries a token cannot be stored: an approval can no longer be
        // recorded, so the decision must be recorded as a denial instead.
        QSqlDatabase conn = m_ws->database()->connection();
        QVERIFY(Sql::exec(conn, QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON decisions WHEN NEW.token_iat IS NOT NULL "
                                               "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")).ok());
        const DecisionRecord r = decide(request("bot", "read"));
        QCOMPARE(r.outcome, QStringLiteral("denied"));
        QVERIFY(r.capabilityToken.isEmpty());
        QCOMPARE(r.reasons.first().toObject().value(QStringLiteral("effect")).toString(), QStringLiteral("error"));
        QVERIFY(r.ledgerIndex > 0);
        QCOMPARE(m_ws->decisions().get(r.decisionId)->outcome, QStringLiteral("denied"));
    }

    void viewerCannotDecideAndBotCannotResolve()
    {
        auto r = m_ws->decisions().decideJson(request("bot", "read"), m_ws->users().principalFor(QStringLiteral("victor")).value());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Forbidden);
    }

    void storedBytesAreTheRecordsCanonicalText_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("outcome");
        QJsonObject read = request("bot", "read");
        read.insert(QStringLiteral("context"), QJsonObject{{QStringLiteral("ticket"), QStringLiteral("T-\u00e9\U0001F600")},
                                                           {QStringLiteral("ratio"), 0.125}, {QStringLiteral("n"), 7}});
        read.insert(QStringLiteral("intent"), QStringLiteral("answer \"quoted\"\n"));
        QTest::newRow("approved") << read << QStringLiteral("approved");
        QTest::newRow("forbidden") << request("bot", "delete") << QStringLiteral("denied");
        QTest::newRow("default denial") << request("bot", "fly") << QStringLiteral("denied");
        QJsonObject lookup = request("bot", "lookup");
        lookup.insert(QStringLiteral("data_classes"), QJsonArray{QStringLiteral("pii")});
        lookup.insert(QStringLiteral("risk"), QJsonObject{{QStringLiteral("privacy"), 95}});
        lookup.insert(QStringLiteral("request_id"), QStringLiteral("req-\u4e2d"));
        QTest::newRow("escalated") << lookup << QStringLiteral("escalated");
    }
    void storedBytesAreTheRecordsCanonicalText()
    {
        // decide() writes the request's, reasons' and risk's JCS directly and reuses it for the
        // row: the stored log must be the record's canonical text and the JSON columns Qt's.
        QFETCH(QJsonObject, body);
        QFETCH(QString, outcome);
        const DecisionRecord r = decide(body);
        QCOMPARE(r.outcome, outcome);
        DecisionRecord logged = r; // as it was when the log was written: no token, no escalation shown
        logged.capabilityToken.clear();
        logged.escalation = {};
        QJsonObject expected = logged.toJson();
        expected.remove(QStringLiteral("ledger"));
        expected.insert(QStringLiteral("request"), r.request.toJson());
        const auto artifacts = m_ws->evidence().forDecision(r.decisionId).value();
        QCOMPARE(artifacts.size(), 1);
        QCOMPARE(m_ws->evidence().content(artifacts.first().artifactId).value(), CanonicalJson::serialize(expected));
        QVERIFY(Commitment::verify(r.requestCommitment, r.requestSalt, CanonicalJson::serialize(r.request.toJson())));

        QSqlDatabase conn = m_ws->database()->connection();
        auto q = Sql::exec(conn, QStringLiteral("SELECT request_json, reasons_json, risk_json, created_at FROM decisions "
                                                "WHERE decision_id = ?"),
                           {r.decisionId});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toByteArray(), QJsonDocument(r.request.toJson()).toJson(QJsonDocument::Compact));
        QCOMPARE(q->value(1).toByteArray(), QJsonDocument(r.reasons).toJson(QJsonDocument::Compact));
        QCOMPARE(q->value(2).toByteArray(), QJsonDocument(r.risk).toJson(QJsonDocument::Compact));
        QCOMPARE(q->value(3).toString(), QStringLiteral("2026-11-22T10:00:00.000Z"));
    }

    void everyDecisionHasEvidenceAndResponsibility()
    {
        const DecisionRecord r = decide(request("bot", "read"));
        const auto artifacts = m_ws->evidence().forDecision(r.decisionId).value();
        QCOMPARE(artifacts.size(), 1);
        QCOMPARE(artifacts.first().type, EvidenceType::DecisionLog);
        QVERIFY(m_ws->evidence().verify(artifacts.first().artifactId).ok());
        const QJsonObject log = QJsonDocument::fromJson(m_ws->evidence().content(artifacts.first().artifactId).value()).object();
        QCOMPARE(log.value(QStringLiteral("decision_id")).toString(), r.decisionId);
        QCOMPARE(m_ws->responsibility().forDecision(r.decisionId)->size(), 1);
    }

    void theDecisionsOwnResponsibilityRecordIsInItsRow_data()
    {
        QTest::addColumn<int>("security");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<bool>("supervised");
        QTest::newRow("approved: automated") << 10 << QStringLiteral("approved") << false;
        QTest::newRow("escalated: supervised") << 80 << QStringLiteral("escalated") << true;
    }
    void theDecisionsOwnResponsibilityRecordIsInItsRow()
    {
        QFETCH(int, security);
        QFETCH(QString, outcome);
        QFETCH(bool, supervised);
        const ResponsibilityLevel level = supervised ? ResponsibilityLevel::Supervised : ResponsibilityLevel::Automated;
        QJsonObject body = request("bot", "read");
        body.insert(QStringLiteral("risk"), QJsonObject{{QStringLiteral("security"), security}});
        const DecisionRecord r = decide(body);
        QCOMPARE(r.outcome, outcome);
        m_clock.advanceMinutes(1);

        const QList<ResponsibilityRecord> chain = m_ws->responsibility().forDecision(r.decisionId).value();
        QCOMPARE(chain.size(), 1);
        const ResponsibilityRecord &own = chain.first();
        QCOMPARE(own.recordId, QStringLiteral("rsp_") + r.decisionId.mid(4));
        QVERIFY(Ulid::isValid(own.recordId, QStringLiteral("rsp_")));
        QCOMPARE(own.decisionId, r.decisionId);
        QCOMPARE(own.escalationId, r.escalationId);
        QVERIFY(own.overrideId.isEmpty());
        QCOMPARE(own.decisionMaker, m_ws->nodeId());
        QCOMPARE(own.makerType, DecisionMakerType::AiSystem);
        QCOMPARE(own.level, level);
        QVERIFY2(!own.reasoning.trimmed().isEmpty(), qPrintable(own.reasoning));
        QCOMPARE(own.confidence, 100);
        QCOMPARE(own.liabilityAccepted, false);
        QVERIFY(own.delegatedFrom.isEmpty());
        QCOMPARE(own.createdAt, r.timestamp);
        QCOMPARE(own.ledgerIndex, r.ledgerIndex);
        // What ofDecision says the record is, field for field, is what is read back.
        ResponsibilityRecord expected = ResponsibilityTracker::ofDecision(r.decisionId, r.escalationId,
                                                                          m_ws->nodeId(), own.reasoning);
        expected.createdAt = r.timestamp;
        expected.ledgerIndex = r.ledgerIndex;
        QCOMPARE(own.toJson(), expected.toJson());

        auto byId = m_ws->responsibility().get(own.recordId);
        QVERIFY2(byId.ok(), qPrintable(byId.error().message));
        QCOMPARE(byId->toJson(), own.toJson());
        // It is in the decision's row, not a row of its own.
        QSqlDatabase conn = m_ws->database()->connection();
        auto rows = Sql::exec(conn, QStringLiteral("SELECT count(*) FROM responsibility_records"));
        QVERIFY(rows && rows->next());
        QCOMPARE(rows->value(0).toInt(), 0);
        // An id of the same shape for a decision that does not exist is not found.
        const QString unknown = Ulid::make(QStringLiteral("rsp_"), m_clock);
        QCOMPARE(m_ws->responsibility().get(unknown).error().code, Error::Code::NotFound);
    }

    void aDenialForAnErrorSaysWhyInItsResponsibilityRecord()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path(), m_clock, true); // no policy loaded
        QVERIFY(ws.ok());
        auto r = (*ws)->decisions().decideJson(request("bot", "read"), m_bot);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->outcome, QStringLiteral("denied"));
        const QList<ResponsibilityRecord> chain = (*ws)->responsibility().forDecision(r->decisionId).value();
        QCOMPARE(chain.size(), 1);
        QVERIFY2(chain.first().reasoning.contains(QLatin1String("no policy is active")),
                 qPrintable(chain.first().reasoning));
        QCOMPARE(chain.first().level, ResponsibilityLevel::Automated);
    }

    void recordCarriesTraceparent()
    {
        const QString trace = QStringLiteral("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        DecisionRequest traced = DecisionRequest::fromJson(request("bot", "read")).value();
        traced.traceParent = trace;
        auto r = m_ws->decisions().decide(traced, m_bot);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->toJson().value(QStringLiteral("traceparent")).toString(), trace);
        // Stored with the decision: shown again when read back.
        const DecisionRecord back = m_ws->decisions().get(r->decisionId).value();
        QCOMPARE(back.request.traceParent, trace);
        QCOMPARE(m_ws->decisions().render(back).value(QStringLiteral("traceparent")).toString(), trace);
        // A request without one has no key at all (not null, not empty).
        const DecisionRecord plain = decide(request("bot", "read"));
        QVERIFY(!plain.toJson().contains(QStringLiteral("traceparent")));
        QVERIFY(!m_ws->decisions().render(m_ws->decisions().get(plain.decisionId).value()).contains(QStringLiteral("traceparent")));
    }

    void decisionLogIsInlineAndHoldsNoToken()
    {
        const DecisionRecord r = decide(request("bot", "read"));
        QVERIFY(!r.capabilityToken.isEmpty());
        const EvidenceArtifact log = m_ws->evidence().forDecision(r.decisionId).value().first();
        // A decision log is small: it lives in its row, committed with the ledger entry; no file.
        QVERIFY(log.storedInline);
        QCOMPARE(log.ledgerIndex, r.ledgerIndex);
        QVERIFY(!QFile::exists(m_ws->evidence().pathFor(log.sha256)));
        const QByteArray content = m_ws->evidence().content(log.artifactId).value();
        // The ledger holds a salted commitment to the log, which opens with the salt kept in its row.
        const QJsonObject payload = LedgerStore(m_ws->database()).entry(r.ledgerIndex)->payload;
        QCOMPARE(payload.value(QStringLiteral("evidence_commitment")).toString(), log.commitment);
        QVERIFY(!payload.contains(QStringLiteral("evidence_sha256")));
        QVERIFY(log.commitment != log.sha256);
        QCOMPARE(payload.value(QStringLiteral("request_commitment")).toString(), r.requestCommitment);
        QVERIFY(Commitment::verify(r.requestCommitment, r.requestSalt, CanonicalJson::serialize(r.request.toJson())));
        QVERIFY(!payload.contains(QStringLiteral("request_hash")));
        // The bearer token is signed before the append but never enters the (long-kept) evidence.
        QVERIFY(!content.contains(r.capabilityToken.toLatin1()));
        QVERIFY(QJsonDocument::fromJson(content).object().value(QStringLiteral("capability_token")).isNull());
        QCOMPARE(m_ws->tokens().tokensForDecision(r.decisionId).value(), QStringList{r.tokenId});
    }

    void concurrentDecisionsAreAllRecorded()
    {
        // Many callers at once (as the HTTP server has): every decision gets its own ledger entry,
        // row, token and evidence; request ids stay idempotent per caller.
        constexpr int threads = 8, each = 12;
        std::vector<std::thread> pool;
        std::vector<QStringList> ids(threads);
        std::atomic<int> failures{0};
        for (int t = 0; t < threads; ++t) {
            pool.emplace_back([&, t] {
                for (int i = 0; i < each; ++i) {
                    QJsonObject body = request("bot", i % 3 == 0 ? "delete" : "read");
                    body.insert(QStringLiteral("request_id"), QStringLiteral("t%1-%2").arg(t).arg(i));
                    auto r = m_ws->decisions().decideJson(body, m_bot);
                    if (!r || r->ledgerIndex < 0)
                        ++failures;
                    else
                        ids[size_t(t)] << r->decisionId;
                }
            });
        }
        for (auto &th : pool)
            th.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(decisionCount(), qint64(threads * each));
        QSet<QString> distinct;
        for (const QStringList &l : ids)
            distinct.unite(QSet<QString>(l.begin(), l.end()));
        QCOMPARE(int(distinct.size()), threads * each);
        // A repeat returns the first decision, whichever thread asks.
        QJsonObject again = request("bot", "read");
        again.insert(QStringLiteral("request_id"), QStringLiteral("t3-1"));
        QCOMPARE(decide(again).decisionId, ids[3].at(1));
        QCOMPARE(decisionCount(), qint64(threads * each));
        QSqlDatabase conn = m_ws->database()->connection();
        // Each approval's token, kept in its decision's row.
        auto tokens = Sql::exec(conn, QStringLiteral("SELECT count(*) FROM decisions WHERE token_iat IS NOT NULL"));
        QVERIFY(tokens && tokens->next());
        QCOMPARE(tokens->value(0).toInt(), threads * (each - each / 3));
        auto verdict = m_ws->evidence().verifyAll();
        QVERIFY(verdict.ok() && verdict->ok);
        QCOMPARE(verdict->checked, qint64(threads * each));
        auto report = LedgerVerifier(m_ws->database()).verify();
        QVERIFY(report.ok());
        QVERIFY2(report->ok, qPrintable(report->problem));
    }

    void simulationListsChangedOutcomes()
    {
        const DecisionRecord read = decide(request("bot", "read"));
        const DecisionRecord del = decide(request("bot", "delete"));
        auto changes = m_ws->decisions().simulate(policyJson("strict", true), 100);
        QVERIFY2(changes.ok(), qPrintable(changes.error().message));
        QCOMPARE(changes->size(), 1);
        QCOMPARE(changes->first().decisionId, read.decisionId);
        QCOMPARE(changes->first().before, QStringLiteral("approved"));
        QCOMPARE(changes->first().after, QStringLiteral("denied"));
        Q_UNUSED(del);
    }

    void simulationReportsProgressAndStopsWhenAsked()
    {
        decide(request("bot", "read"));
        decide(request("bot", "read"));
        qint64 lastDone = 0, lastTotal = 0;
        auto changes = m_ws->decisions().simulate(policyJson("strict", true), 2, [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            return true;
        });
        QVERIFY2(changes.ok(), qPrintable(changes.error().message));
        QCOMPARE(lastTotal, qint64(2));
        QCOMPARE(lastDone, qint64(2));

        int calls = 0;
        auto stopped = m_ws->decisions().simulate(policyJson("strict", true), 2, [&](qint64, qint64) {
            ++calls;
            return false;
        });
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().code, Error::Code::Conflict);
        QCOMPARE(calls, 1); // nothing is replayed after the stop
    }

    void ledgerVerifiesAfterAWorkout()
    {
        for (int i = 0; i < 20; ++i)
            decide(request("bot", i % 3 ? "read" : "delete"));
        auto report = LedgerVerifier(m_ws->database()).verify();
        QVERIFY(report.ok());
        QVERIFY2(report->ok, qPrintable(report->problem));
    }
};

QTEST_GUILESS_MAIN(TestDecisionService)
#include "TestDecisionService.moc"
