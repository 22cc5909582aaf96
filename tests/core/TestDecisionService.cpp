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
#include "storage/CachedStatement.h"
#include "storage/Database.h"
#include "storage/Sql.h"
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
        // Break the token table: an approval can no longer be recorded, so the decision must be
        // recorded as a denial instead.
        QSqlDatabase conn = m_ws->database()->connection();
        QVERIFY(Sql::exec(conn, QStringLiteral("ALTER TABLE tokens RENAME TO tokens_gone")).ok());
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

    void logTextIsTheCanonicalRecord_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("approved, minimal request") << 0;
        QTest::newRow("escalated, every field") << 1;
        QTest::newRow("no policy, escapes and non-ASCII") << 2;
        QTest::newRow("token, escalation and override shown") << 3;
        QTest::newRow("numbers and a lone surrogate Qt writes its own way") << 4;
        QTest::newRow("non-ASCII keys and deep context") << 5;
        QTest::newRow("empty but not null, non-ASCII columns") << 6;
    }

    void logTextIsTheCanonicalRecord()
    {
        // The decision_log evidence is written as JCS text directly (its hash and commitment are
        // in the ledger): it must stay byte-identical to canonicalizing the record's JSON.
        QFETCH(int, variant);
        DecisionRecord r;
        r.decisionId = QStringLiteral("dec_01JD0000000000000000000000");
        r.requester = QStringLiteral("apikey:bot");
        r.request.actor = QStringLiteral("support_bot");
        r.request.action = QStringLiteral("read_ticket");
        r.outcome = QStringLiteral("approved");
        r.finalOutcome = QStringLiteral("approved");
        r.policyVersion = 3;
        r.policyHash = QString(64, QLatin1Char('f'));
        r.policyMode = QStringLiteral("strict");
        r.riskScore = 10;
        r.riskLevel = QStringLiteral("low");
        r.risk = {{QStringLiteral("score"), 10}, {QStringLiteral("level"), QStringLiteral("low")},
                  {QStringLiteral("dimensions"), QJsonObject{{QStringLiteral("privacy"), 10}}}};
        r.reasons = QJsonArray{QJsonObject{{QStringLiteral("relation_id"), QStringLiteral("permits:actor:x")},
                                           {QStringLiteral("effect"), QStringLiteral("permit")},
                                           {QStringLiteral("justification"), QJsonValue::Null}}};
        r.timestamp = QStringLiteral("2026-11-22T10:00:00.000Z");
        r.ledgerIndex = 42;
        r.entryHash = QString(64, QLatin1Char('e'));
        if (variant == 1 || variant == 3) {
            r.outcome = QStringLiteral("escalated");
            r.finalOutcome = QStringLiteral("pending");
            r.request.resource = QStringLiteral("crm");
            r.request.tool = QStringLiteral("lookup");
            r.request.dataClasses = {QStringLiteral("pii"), QStringLiteral("financial")};
            r.request.context = {{QStringLiteral("ticket"), 17}, {QStringLiteral("ratio"), 0.25},
                                 {QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), true, QJsonValue::Null}}};
            r.request.intent = QStringLiteral("look up the customer");
            r.request.risk = {{QStringLiteral("privacy"), 80}};
            r.request.requestId = QStringLiteral("req-1");
            r.request.traceParent = QStringLiteral("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
            r.escalationId = QStringLiteral("esc_01JD0000000000000000000000");
        }
        if (variant == 2) {
            r.policyHash.clear();
            r.policyMode.clear();
            r.outcome = QStringLiteral("denied");
            r.finalOutcome = QStringLiteral("denied");
            r.request.actor = QStringLiteral("bot \"quoted\" \\ \u00e9\u4e2d\U0001F600\n\u0001");
            r.request.resource = QStringLiteral("tab\there");
            r.reasons = QJsonArray{QJsonObject{{QStringLiteral("relation_id"), QJsonValue::Null},
                                               {QStringLiteral("effect"), QStringLiteral("error")},
                                               {QStringLiteral("justification"), QStringLiteral("no policy \"x\"")}}};
            r.risk = {};
        }
        if (variant == 3) {
            r.capabilityToken = QStringLiteral("aaa.bbb.ccc");
            r.overridden = true;
            r.escalation = {{QStringLiteral("escalation_id"), r.escalationId}, {QStringLiteral("status"), QStringLiteral("pending")}};
            r.override = {{QStringLiteral("override_id"), QStringLiteral("ovr_1")}, {QStringLiteral("new_outcome"), QStringLiteral("approved")}};
        }
        if (variant == 4) {
            // Qt writes 1e-7 as 1e-07, large integers and integral doubles its own way, and a lone
            // surrogate as an escape: the row's JSON columns must still be Qt's bytes.
            r.request.context = {{QStringLiteral("tiny"), 1e-7}, {QStringLiteral("big"), 1e15},
                                 {QStringLiteral("huge"), qint64(9007199254740993LL)},
                                 {QStringLiteral("neg"), qint64(-9007199254740993LL)}};
            r.request.intent = QStringLiteral("lone ") + QChar(0xD800) + QStringLiteral(" surrogate");
            r.reasons = QJsonArray{QJsonObject{{QStringLiteral("relation_id"), QStringLiteral("r")},
                                               {QStringLiteral("effect"), QStringLiteral("permit")},
                                               {QStringLiteral("justification"), QString(QChar(0xDC00))}}};
            r.risk = {{QStringLiteral("score"), 0.5}, {QStringLiteral("level"), QStringLiteral("low")}};
        }
        if (variant == 5) {
            r.request.actor = QStringLiteral("\u00e9l\u00e8ve \U0001F600");
            r.request.context = {{QStringLiteral("\uFF21"), 1}, {QStringLiteral("\U0001F600"), QStringLiteral("\u2028")},
                                 {QStringLiteral("a"), QJsonObject{{QStringLiteral("b"), QJsonArray{1, 2, QJsonObject{}}},
                                                                   {QStringLiteral("\u007f"), false}}},
                                 {QStringLiteral("ctl"), QStringLiteral("\u001f\b\f/")}};
            r.request.dataClasses = {QStringLiteral("pii"), QStringLiteral("\u00fc")};
        }
        if (variant == 6) {
            r.requester = QStringLiteral(""); // empty, not null: '' rather than NULL
            r.timestamp = QString();          // null: NULL
            r.request.action = QStringLiteral("l\u00e4sen \u4e2d\U0001F600 ") + QChar(0xD800);
            r.request.resource = QStringLiteral("");
            r.request.tool = QStringLiteral("\u00fc");
            r.request.requestId = QStringLiteral("\u00e9");
            r.capabilityToken = QStringLiteral("t.t.t");
            r.tokenId = QStringLiteral("cap_1");
        }
        QJsonObject expected = r.toJson();
        expected.remove(QStringLiteral("ledger"));
        expected.insert(QStringLiteral("request"), r.request.toJson());
        QCOMPARE(r.request.canonicalText(), CanonicalJson::serialize(r.request.toJson()));
        QCOMPARE(r.logText(CanonicalJson::serialize(r.request.toJson())), CanonicalJson::serialize(expected));
        const DecisionStore::Canonical canonical{r.request.canonicalText(), CanonicalJson::serialize(r.reasons),
                                                 CanonicalJson::serialize(r.risk)};
        QCOMPARE(r.logText(canonical.request, canonical.reasons, canonical.risk), CanonicalJson::serialize(expected));

        // The row's JSON columns reuse the JCS text only where it is Qt's compact text exactly.
        const DecisionStore::Row fast = DecisionStore::row(r, canonical);
        const DecisionStore::Row qt = DecisionStore::row(r, r.request.toJson());
        QCOMPARE(fast.requestJson, QJsonDocument(r.request.toJson()).toJson(QJsonDocument::Compact));
        QCOMPARE(fast.reasonsJson, QJsonDocument(r.reasons).toJson(QJsonDocument::Compact));
        QCOMPARE(fast.riskJson, QJsonDocument(r.risk).toJson(QJsonDocument::Compact));
        QCOMPARE(fast.requestJson, qt.requestJson);
        QCOMPARE(fast.decisionId, qt.decisionId);
        QCOMPARE(fast.requestSalt, qt.requestSalt);
        QCOMPARE(fast.timestamp, qt.timestamp);
        QCOMPARE(fast.capabilityToken, qt.capabilityToken);
        QCOMPARE(fast.traceParent, qt.traceParent);
        QCOMPARE(fast.policyVersion, qt.policyVersion);
        QCOMPARE(fast.resource.isNull(), qt.resource.isNull());
        // The text columns share one buffer: each must be what CachedStatement would encode,
        // NULL and '' included.
        const auto same = [](const QByteArray &got, const QByteArray &want) {
            return got == want && got.isNull() == want.isNull();
        };
        using T = CachedStatement;
        QVERIFY(same(fast.decisionId, T::text(r.decisionId)));
        QVERIFY(same(fast.requester, T::text(r.requester)));
        QVERIFY(same(fast.requestId, T::textOrNull(r.request.requestId)));
        QVERIFY(same(fast.actor, T::text(r.request.actor)));
        QVERIFY(same(fast.action, T::text(r.request.action)));
        QVERIFY(same(fast.resource, T::textOrNull(r.request.resource)));
        QVERIFY(same(fast.tool, T::textOrNull(r.request.tool)));
        QVERIFY(same(fast.requestCommitment, T::text(r.requestCommitment)));
        QVERIFY(same(fast.outcome, T::text(r.outcome)));
        QVERIFY(same(fast.finalOutcome, T::text(r.finalOutcome)));
        QVERIFY(same(fast.policyHash, T::textOrNull(r.policyHash)));
        QVERIFY(same(fast.policyMode, T::textOrNull(r.policyMode)));
        QVERIFY(same(fast.riskLevel, T::text(r.riskLevel)));
        QVERIFY(same(fast.escalationId, T::textOrNull(r.escalationId)));
        QVERIFY(same(fast.capabilityToken, T::textOrNull(r.capabilityToken)));
        QVERIFY(same(fast.tokenId, T::textOrNull(r.tokenId)));
        QVERIFY(same(fast.timestamp, T::text(r.timestamp)));
        QVERIFY(same(fast.traceParent, T::textOrNull(r.request.traceParent)));
        if (variant == 6) {
            QVERIFY(!fast.requester.isNull() && fast.requester.isEmpty());
            QVERIFY(fast.timestamp.isNull());
            QVERIFY(fast.resource.isNull());
        }
        if (variant == 4) {
            QVERIFY(fast.requestJson != canonical.request);
            QVERIFY(fast.reasonsJson != canonical.reasons);
        }
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

    void ledgerPayloadIsTheBuiltObject_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("approved") << 0;
        QTest::newRow("escalated") << 1;
        QTest::newRow("no policy") << 2;
        QTest::newRow("quotes, controls and non-ASCII") << 3;
        QTest::newRow("lone surrogate") << 4;
        QTest::newRow("negative and large scores") << 5;
    }
    void ledgerPayloadIsTheBuiltObject()
    {
        // The payload is parsed from text written for it: it must be the object built member by
        // member, and canonicalize to the same bytes the ledger hashes.
        QFETCH(int, variant);
        DecisionRecord r;
        r.decisionId = QStringLiteral("dec_01JD0000000000000000000000");
        r.outcome = QStringLiteral("approved");
        r.requestCommitment = QString(64, QLatin1Char('a'));
        r.riskScore = 12;
        r.riskLevel = QStringLiteral("low");
        r.policyHash = QString(64, QLatin1Char('f'));
        QString evidence = QString(64, QLatin1Char('e'));
        if (variant == 1) {
            r.outcome = QStringLiteral("escalated");
            r.escalationId = QStringLiteral("esc_01JD0000000000000000000000");
            r.riskScore = 88;
            r.riskLevel = QStringLiteral("critical");
        }
        if (variant == 2)
            r.policyHash.clear();
        if (variant == 3) {
            r.decisionId = QStringLiteral("dec_\"\\\n\u0001\u00e9\U0001F600");
            evidence = QStringLiteral("\u2028/");
        }
        if (variant == 4)
            r.riskLevel = QStringLiteral("low") + QChar(0xDC00);
        if (variant == 5)
            r.riskScore = -2147483647 - 1;
        QJsonObject built{{QStringLiteral("decision_id"), r.decisionId},
                          {QStringLiteral("outcome"), r.outcome},
                          {QStringLiteral("request_commitment"), r.requestCommitment},
                          {QStringLiteral("risk_score"), r.riskScore},
                          {QStringLiteral("risk_level"), r.riskLevel},
                          {QStringLiteral("evidence_commitment"), evidence}};
        if (!r.policyHash.isEmpty())
            built.insert(QStringLiteral("policy_hash"), r.policyHash);
        if (!r.escalationId.isEmpty())
            built.insert(QStringLiteral("escalation_id"), r.escalationId);
        const QJsonObject payload = DecisionService::ledgerPayload(r, evidence);
        QCOMPARE(payload, built);
        QCOMPARE(CanonicalJson::serialize(payload), CanonicalJson::serialize(built));
        QCOMPARE(payload.value(QStringLiteral("risk_score")).toInt(), r.riskScore);
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
        auto tokens = Sql::exec(conn, QStringLiteral("SELECT count(*) FROM tokens"));
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
