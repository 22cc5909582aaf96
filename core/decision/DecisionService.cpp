#include "DecisionService.h"

#include "auth/Principal.h"
#include "common/CanonicalJson.h"
#include "common/Clock.h"
#include "common/JcsText.h"
#include "common/Timestamp.h"
#include "common/Ulid.h"
#include "crypto/Commitment.h"
#include "crypto/NodeIdentity.h"
#include "decision/JsonColumns.h"
#include "escalation/EscalationService.h"
#include "evidence/EvidenceStore.h"
#include "intervention/InterventionLog.h"
#include "ledger/LedgerWriter.h"
#include "override/OverrideService.h"
#include "policy/CompiledPolicy.h"
#include "policy/PolicyLoader.h"
#include "policy/PolicyService.h"
#include "policy/PolicySimulator.h"
#include "responsibility/ResponsibilityTracker.h"
#include "risk/RiskLevel.h"
#include "risk/RiskScorer.h"
#include "storage/CachedStatement.h"
#include "token/CapabilityToken.h"
#include "token/TokenStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Lexecon {

namespace {

PolicyRequest policyRequest(const DecisionRequest &r)
{
    return PolicyRequest{r.actor, r.action, r.resource, r.dataClasses, r.context};
}

QJsonArray reasonsJson(const PolicyEvaluation &evaluation)
{
    QJsonArray out;
    for (const PolicyReason &reason : evaluation.reasons)
        out.append(reason.toJson());
    return out;
}

// The JSON of a decision's risk and reasons, looked up by their canonical text: the same few
// combinations recur decision after decision, and building a QJsonObject costs more than the
// lookup. Equal JCS text means equal JSON. The values are implicitly shared (copy-on-write), so
// handing one out to many records is safe; each thread keeps its own small table.
// With each JSON value goes its compact Qt text, what the decision row's JSON column holds.
template<typename Json>
class JsonByText
{
public:
    struct Entry
    {
        Json json;
        QByteArray compact;
    };

    template<typename Make>
    Entry get(const QByteArray &text, Make make)
    {
        if (auto it = m_table.constFind(text); it != m_table.constEnd())
            return *it;
        if (m_table.size() >= kMaxEntries)
            m_table.clear(); // unusual traffic: start over rather than grow
        const Json made = make();
        const Entry entry{made, JsonColumns::of(made, text)};
        m_table.insert(text, entry);
        return entry;
    }

private:
    static constexpr qsizetype kMaxEntries = 256;
    QHash<QByteArray, Entry> m_table;
};

QJsonObject errorReason(const QString &why)
{
    return {{QStringLiteral("relation_id"), QJsonValue::Null},
            {QStringLiteral("effect"), QStringLiteral("error")},
            {QStringLiteral("justification"), why}};
}

} // namespace

// What prepare() made for one decision, on the heap: the append's check and alsoWrite read it on
// the writer thread, possibly after prepare()'s caller returned (decideAsync).
struct DecisionService::Prepared
{
    DecisionRecord r;
    Escalation escalation;
    DecisionStore::Row row;
    EvidenceStore::Row evidenceRow;
    LedgerAppend append;
};

DecisionService::DecisionService(Services services, QObject *parent)
    : QObject(parent), m_s(std::move(services)), m_store(std::make_shared<DecisionStore>(m_s.db))
{
}

Result<DecisionRecord> DecisionService::decideJson(const QJsonObject &body, const Principal &by)
{
    auto request = DecisionRequest::fromJson(body);
    if (!request)
        return request.error();
    return decide(*request, by);
}

QString DecisionService::outcomeFor(const CompiledPolicy &policy, const PolicyEvaluation &evaluation,
                                    const QString &riskLevel) const
{
    if (!evaluation.permitted)
        return QStringLiteral("denied");
    // SPEC section 1 step 7: risky approvals go to a human; paranoid policies from medium up.
    const int threshold = policy.mode() == Policy::Mode::Paranoid ? RiskLevel::rank(RiskLevel::medium())
                                                                  : RiskLevel::rank(RiskLevel::high());
    return RiskLevel::rank(riskLevel) >= threshold ? QStringLiteral("escalated") : QStringLiteral("approved");
}

QString DecisionService::outcomeUnder(const CompiledPolicy &policy, const DecisionRequest &request) const
{
    const PolicyEvaluation evaluation = policy.evaluate(policyRequest(request));
    auto given = RiskScorer::parseInput(request.risk);
    if (!given)
        return QStringLiteral("denied");
    return outcomeFor(policy, evaluation, m_s.risk->assess(*given, evaluation.riskFloors).level);
}

Result<DecisionRecord> DecisionService::decide(const DecisionRequest &request, const Principal &by)
{
    Draft d = draft(request, by);
    if (d.answer)
        return std::move(*d.answer);
    if (!d.failure.isEmpty())
        return failClosed(std::move(d.record), by, d.failure);
    auto stored = record(d.record, by, d.summary, &d.text);
    if (stored)
        return stored;
    if (auto twin = racedTwin(d.record))
        return std::move(*twin);
    return failClosed(std::move(d.record), by, stored.error().message);
}

void DecisionService::decideAsync(const DecisionRequest &request, const Principal &by, DecideDone done)
{
    Draft d = draft(request, by);
    if (d.answer)
        return done(std::move(*d.answer));
    if (!d.failure.isEmpty())
        return failClosedAsync(std::move(d.record), by, d.failure, std::move(done));
    // The completion runs on the ledger's sync (or writer) thread: the success path only hands the record
    // on; the rare failure paths read (the raced twin) or append asynchronously, never wait.
    DecisionRecord first = d.record;
    recordAsync(std::move(first), by, d.summary, &d.text,
                [this, draft = std::move(d.record), by, done = std::move(done)](Result<DecisionRecord> &&stored) mutable {
                    if (stored)
                        return done(std::move(stored));
                    if (auto twin = racedTwin(draft))
                        return done(std::move(*twin));
                    failClosedAsync(std::move(draft), by, stored.error().message, std::move(done));
                });
}

std::optional<DecisionRecord> DecisionService::racedTwin(const DecisionRecord &draft)
{
    // An idempotent retry that raced its twin: the first one's decision is the answer.
    if (draft.request.requestId.isEmpty())
        return std::nullopt;
    auto earlier = m_store->findByRequestId(draft.requester, draft.request.requestId);
    if (earlier && earlier->has_value())
        return **earlier;
    return std::nullopt;
}

DecisionService::Draft DecisionService::draft(const DecisionRequest &request, const Principal &by)
{
    Draft d;
    if (auto allowed = by.require(Permission::Decide); !allowed) {
        d.answer.emplace(allowed.error());
        return d;
    }
    auto given = RiskScorer::parseInput(request.risk);
    if (!given) {
        d.answer.emplace(given.error());
        return d;
    }

    const QString requester = by.ledgerActor();
    if (!request.requestId.isEmpty()) {
        auto earlier = m_store->findByRequestId(requester, request.requestId);
        if (!earlier) {
            d.answer.emplace(earlier.error());
            return d;
        }
        if (earlier->has_value()) {
            // The first decision may still wait for its sync (readers see a commit before it):
            // the retry's answer promises what the first one's does, so it waits for the disk too.
            if (auto synced = m_s.ledger->awaitSynced(); !synced)
                d.answer.emplace(synced.error());
            else
                d.answer.emplace(**earlier);
            return d;
        }
    }

    DecisionRecord &r = d.record;
    r.createdMs = m_s.clock->nowMs();
    r.timestamp = Timestamp::format(r.createdMs);
    r.decisionId = Ulid::make(QStringLiteral("dec_"), r.createdMs);
    r.requester = requester;
    r.request = request;
    // A salted commitment, not a plain hash: a request is guessable personal data, and the ledger
    // entry must stop pointing at it once the salt is erased (GDPR, core/retention).
    // The request's JSON is built once: the commitment, the decision log and the row all use it.
    RequestText &requestText = d.text;
    requestText.canonical = request.canonicalText();
    const Commitment requestCommitment = Commitment::make(requestText.canonical);
    r.requestCommitment = requestCommitment.value;
    r.requestSalt = requestCommitment.salt;

    const std::shared_ptr<const CompiledPolicy> policy = m_s.policies->active();
    if (!policy) {
        r.risk = m_s.risk->assess(*given).toJson();
        d.failure = QStringLiteral("no policy is active: load one with `lexecon-cli policy load FILE`");
        return d;
    }
    r.policyVersion = policy->version();
    r.policyHash = policy->hash();
    r.policyMode = Policy::modeName(policy->mode());

    const PolicyEvaluation evaluation = policy->evaluate(policyRequest(request));
    const RiskAssessment risk = m_s.risk->assess(*given, evaluation.riskFloors);
    thread_local JsonByText<QJsonObject> riskJson;
    thread_local JsonByText<QJsonArray> reasonsByText;
    requestText.risk = risk.canonicalText();
    const auto riskEntry = riskJson.get(requestText.risk, [&] { return risk.toJson(); });
    r.risk = riskEntry.json;
    requestText.riskCompact = riskEntry.compact;
    r.riskScore = risk.score;
    r.riskLevel = risk.level;
    requestText.reasons = PolicyReason::canonicalList(evaluation.reasons);
    const auto reasonsEntry = reasonsByText.get(requestText.reasons, [&] { return reasonsJson(evaluation); });
    r.reasons = reasonsEntry.json;
    requestText.reasonsCompact = reasonsEntry.compact;
    if (r.reasons.isEmpty() && !evaluation.permitted) {
        requestText.reasons = QByteArray(); // null: record() serializes the reasons below
        requestText.reasonsCompact = QByteArray();
        // A default denial (strict mode, no permit matched) still says why.
        r.reasons.append(QJsonObject{{QStringLiteral("relation_id"), QJsonValue::Null},
                                     {QStringLiteral("effect"), QStringLiteral("default_deny")},
                                     {QStringLiteral("justification"), evaluation.summary}});
    }
    r.outcome = outcomeFor(*policy, evaluation, risk.level);
    r.finalOutcome = r.outcome == QLatin1String("escalated") ? QStringLiteral("pending") : r.outcome;
    d.summary = evaluation.summary;
    return d;
}

Result<DecisionRecord> DecisionService::record(DecisionRecord r, const Principal &by, const QString &summary,
                                               const RequestText *requestText)
{
    auto prepared = prepare(std::move(r), by, summary, requestText);
    if (!prepared)
        return prepared.error();
    Prepared &p = **prepared;
    auto entry = m_s.ledger->append(p.append);
    if (!entry)
        return entry.error();
    return finish(p, *entry);
}

void DecisionService::recordAsync(DecisionRecord r, const Principal &by, const QString &summary,
                                  const RequestText *requestText, DecideDone done)
{
    auto prepared = prepare(std::move(r), by, summary, requestText);
    if (!prepared)
        return done(prepared.error());
    std::shared_ptr<Prepared> p = std::move(prepared).value();
    // The append shares the prepared state's lifetime: what check and alsoWrite point at lives
    // until the writer has answered.
    std::shared_ptr<const LedgerAppend> append(p, &p->append);
    m_s.ledger->appendAsync(std::move(append), [this, p, done = std::move(done)](Result<LedgerEntry> &&entry) {
        if (!entry)
            return done(entry.error());
        done(finish(*p, *entry));
    });
}

DecisionRecord DecisionService::finish(Prepared &p, const LedgerEntry &entry)
{
    DecisionRecord r = std::move(p.r);
    r.ledgerIndex = entry.index;
    r.entryHash = entry.entryHash;
    if (p.escalation.isValid()) {
        r.escalation = p.escalation.toJson();
        m_s.escalations->announce(p.escalation.escalationId);
    }
    Q_EMIT decided(r.decisionId, r.outcome);
    return r;
}

Result<std::shared_ptr<DecisionService::Prepared>> DecisionService::prepare(DecisionRecord r, const Principal &by,
                                                                            const QString &summary,
                                                                            const RequestText *requestText)
{
    RequestText made;
    if (!requestText) {
        made.canonical = r.request.canonicalText();
        requestText = &made;
    }
    auto p = std::make_shared<Prepared>();
    Escalation &escalation = p->escalation;
    if (r.outcome == QLatin1String("escalated")) {
        // What the reviewer sees in the queue: who wants to do what, on what, and how risky it is.
        QString title = QStringLiteral("%1 wants to %2").arg(r.request.actor, r.request.action);
        if (!r.request.resource.isEmpty())
            title += QStringLiteral(" on %1").arg(r.request.resource);
        if (!r.request.dataClasses.isEmpty())
            title += QStringLiteral(" with %1 data").arg(r.request.dataClasses.join(QStringLiteral(", ")));
        title += QStringLiteral(" (%1 risk, %2)").arg(r.riskLevel).arg(r.riskScore);
        escalation = m_s.escalations->prepare(r.decisionId, r.riskLevel, title, r.request.actor, r.request.action,
                                              r.riskScore);
        r.escalationId = escalation.escalationId;
    }

    // Everything CPU-heavy happens here, on the caller's thread, before the append: the ledger
    // has one writer thread, and whatever runs inside alsoWrite runs for every decision in turn.
    // alsoWrite below only binds prepared values and inserts.

    // The decision_log artifact: what was asked and answered (before the token is issued, so the
    // bearer token never enters evidence). Small logs are stored in the row, inside the ledger
    // transaction; a large one is written to its content-addressed file here (harmless if the
    // transaction then fails).
    // The reasons' and the risk's JCS serve the log and the row's JSON columns.
    DecisionStore::Canonical canonical{
        requestText->canonical,
        requestText->reasons.isNull() ? CanonicalJson::serialize(r.reasons) : requestText->reasons,
        requestText->risk.isNull() ? CanonicalJson::serialize(r.risk) : requestText->risk,
        requestText->reasons.isNull() ? QByteArray() : requestText->reasonsCompact,
        requestText->risk.isNull() ? QByteArray() : requestText->riskCompact};
    auto artifact = m_s.evidence->prepare(EvidenceType::DecisionLog,
                                          r.logText(canonical.request, canonical.reasons, canonical.risk),
                                          QStringLiteral("application/json"), r.decisionId,
                                          QStringLiteral("Decision log ") + r.decisionId, by);
    if (!artifact)
        return artifact.error();

    // The token's claims do not depend on the ledger index, so it is signed now, in parallel with
    // other callers. It is kept in the decision's row (TokenStore), with the jti that says so.
    std::optional<IssuedToken> token;
    if (r.outcome == QLatin1String("approved")) {
        TokenClaims claims{r.request.actor, r.decisionId, r.request.action, r.request.tool, r.policyHash};
        auto issued = CapabilityToken::issue(*m_s.node, claims, *m_s.clock, CapabilityToken::DefaultTtlSeconds,
                                             TokenStore::jtiOf(r.decisionId));
        if (!issued)
            return issued.error();
        r.capabilityToken = issued->token;
        r.tokenId = issued->jti;
        token = std::move(*issued);
    }

    LedgerPayload payload = ledgerPayload(r, artifact->commitment);

    // Each row's values are encoded here; alsoWrite binds them to prepared statements.
    p->row = DecisionStore::row(r, canonical);
    auto evidenceRow = EvidenceStore::row(*artifact);
    if (!evidenceRow)
        return evidenceRow.error();
    p->evidenceRow = std::move(evidenceRow).value();
    if (token) {
        p->row.tokenIssuedAt = token->issuedAt;
        p->row.tokenExpiresAt = token->expiresAt;
    }
    // The decision's own responsibility record is kept in its row (ResponsibilityTracker::ofDecision).
    const ResponsibilityRecord responsibility = ResponsibilityTracker::ofDecision(
        r.decisionId, r.escalationId, m_s.node->nodeId(),
        summary.isEmpty() ? QStringLiteral("decided by the active policy") : summary);
    if (auto valid = ResponsibilityTracker::validate(responsibility); !valid)
        return valid.error();
    p->row.decisionMaker = CachedStatement::text(responsibility.decisionMaker);
    p->row.decisionReasoning = CachedStatement::text(responsibility.reasoning);

    // check and alsoWrite point into the prepared state (heap-owned, alive until the writer has
    // answered), never at this stack frame: the append may run after prepare() returned.
    LedgerAppend &append = p->append;
    append.type = QStringLiteral("decision");
    append.actor = by.ledgerActor();
    append.payload = std::move(payload.object);
    append.payloadCanonical = std::move(payload.canonical);
    Prepared *state = p.get();
    // The one rule these rows have, request_id's uniqueness, is checked before anything is written;
    // after that only the database can fail them, so they need no savepoint of their own.
    if (!r.request.requestId.isEmpty()) {
        append.check = [state](QSqlDatabase &conn) {
            return DecisionStore::requireNewRequestId(conn, state->r.requester, state->r.request.requestId);
        };
    }
    append.alsoWriteMayRefuse = false;
    EscalationService *escalations = m_s.escalations;
    append.alsoWrite = [state, escalations](QSqlDatabase &conn, const LedgerEntry &entry) -> Result<void> {
        if (auto ins = DecisionStore::insert(conn, state->row, entry.index, entry.entryHash); !ins)
            return ins;
        if (state->escalation.isValid()) {
            if (auto esc = escalations->storeNew(conn, state->escalation); !esc)
                return esc;
        }
        return EvidenceStore::insertRow(conn, state->evidenceRow, entry.index);
    };
    p->r = std::move(r);
    return p;
}

DecisionService::LedgerPayload DecisionService::ledgerPayload(const DecisionRecord &r, const QString &evidenceCommitment)
{
    const auto built = [&] {
        QJsonObject payload{{QStringLiteral("decision_id"), r.decisionId},
                            {QStringLiteral("outcome"), r.outcome},
                            {QStringLiteral("request_commitment"), r.requestCommitment},
                            {QStringLiteral("risk_score"), r.riskScore},
                            {QStringLiteral("risk_level"), r.riskLevel},
                            {QStringLiteral("evidence_commitment"), evidenceCommitment}};
        if (!r.policyHash.isEmpty())
            payload.insert(QStringLiteral("policy_hash"), r.policyHash);
        if (!r.escalationId.isEmpty())
            payload.insert(QStringLiteral("escalation_id"), r.escalationId);
        return LedgerPayload{payload, {}};
    };
    // The JCS text is written directly: the ledger hashes it as it is (LedgerAppend::payloadCanonical),
    // and Qt parses the object from it faster than it inserts the members one by one (about 2 us
    // against 3 for this one). The values are ids, hex
    // and fixed words; a string JSON text cannot carry as is (a lone surrogate) takes the slow way.
    const QString *strings[] = {&r.decisionId, &r.escalationId, &evidenceCommitment, &r.outcome,
                                &r.policyHash, &r.requestCommitment, &r.riskLevel};
    for (const QString *s : strings) {
        if (!QStringView(*s).isValidUtf16())
            return built();
    }
    using namespace JcsText;
    QByteArray text;
    text.reserve(384);
    // Keys in JCS order.
    text.append("{\"decision_id\":");
    appendString(text, r.decisionId);
    if (!r.escalationId.isEmpty()) {
        text.append(",\"escalation_id\":");
        appendString(text, r.escalationId);
    }
    text.append(",\"evidence_commitment\":");
    appendString(text, evidenceCommitment);
    text.append(",\"outcome\":");
    appendString(text, r.outcome);
    if (!r.policyHash.isEmpty()) {
        text.append(",\"policy_hash\":");
        appendString(text, r.policyHash);
    }
    text.append(",\"request_commitment\":");
    appendString(text, r.requestCommitment);
    text.append(",\"risk_level\":");
    appendString(text, r.riskLevel);
    text.append(",\"risk_score\":");
    appendInteger(text, r.riskScore);
    text.append('}');
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !parsed.isObject())
        return built();
    return LedgerPayload{parsed.object(), text};
}

QString DecisionService::deny(DecisionRecord &r, const QString &why)
{
    r.outcome = QStringLiteral("denied");
    r.finalOutcome = QStringLiteral("denied");
    r.escalationId.clear();
    r.capabilityToken.clear();
    r.reasons = QJsonArray{errorReason(why)};
    if (r.risk.isEmpty())
        r.risk = RiskAssessment().toJson();
    return QStringLiteral("denied because the decision could not be made: ") + why;
}

Result<DecisionRecord> DecisionService::failClosed(DecisionRecord r, const Principal &by, const QString &why)
{
    const QString summary = deny(r, why);
    auto stored = record(r, by, summary);
    if (stored)
        return stored;
    // Even the denial could not be recorded: answer it anyway, unrecorded (ledger index -1).
    return r;
}

void DecisionService::failClosedAsync(DecisionRecord r, const Principal &by, const QString &why, DecideDone done)
{
    const QString summary = deny(r, why);
    DecisionRecord denial = r;
    recordAsync(std::move(denial), by, summary, nullptr,
                [r = std::move(r), done = std::move(done)](Result<DecisionRecord> &&stored) {
                    // Even the denial could not be recorded: answer it anyway, unrecorded (ledger index -1).
                    done(stored ? std::move(stored) : Result<DecisionRecord>(r));
                });
}

Result<QString> DecisionService::issueToken(QSqlDatabase &conn, const DecisionRecord &r, QString *tokenId)
{
    TokenClaims claims{r.request.actor, r.decisionId, r.request.action, r.request.tool, r.policyHash};
    auto issued = CapabilityToken::issue(*m_s.node, claims, *m_s.clock);
    if (!issued)
        return issued.error();
    if (auto rec = TokenStore::recordIssued(conn, *issued); !rec)
        return rec.error();
    *tokenId = issued->jti;
    return issued->token;
}

Result<DecisionRecord> DecisionService::get(const QString &decisionId)
{
    if (!Ulid::isValid(decisionId, QStringLiteral("dec_")))
        return Error::invalid(QStringLiteral("decision_id"),
                              QStringLiteral("\"%1\" is not a decision id: they look like dec_ followed by 26 characters").arg(decisionId));
    return m_store->get(decisionId);
}

QJsonObject DecisionService::render(const DecisionRecord &record)
{
    DecisionRecord shown = record;
    if (!record.escalationId.isEmpty() && record.escalation.isEmpty()) {
        // After an escalate-up the newest escalation in the chain is the one that counts. A record
        // fresh from decide() already carries the escalation it just opened: no read needed.
        auto chain = m_s.escalations->forDecision(record.decisionId);
        if (chain && !chain->isEmpty())
            shown.escalation = chain->last().toJson();
    }
    if (m_overrides && record.overridden) {
        auto active = m_overrides->activeFor(record.decisionId, m_s.clock->nowMs());
        if (active && active->has_value())
            shown.override = (*active)->toJson();
    }
    shown.finalOutcome = effectiveOutcome(record);
    return shown.toJson();
}

QString DecisionService::effectiveOutcome(const DecisionRecord &record)
{
    if (!record.overridden || !m_overrides)
        return record.finalOutcome;
    // An override holds only while it is neither expired nor revoked; then the outcome it
    // replaced is back in effect.
    auto active = m_overrides->activeFor(record.decisionId, m_s.clock->nowMs());
    if (!active)
        return QStringLiteral("denied"); // cannot tell which override holds: fail closed
    if (active->has_value())
        return (*active)->newOutcome;
    auto all = m_overrides->forDecision(record.decisionId);
    if (!all || all->isEmpty())
        return QStringLiteral("denied");
    const QString before = all->first().originalOutcome;
    return before == QLatin1String("escalated") ? QStringLiteral("pending") : before;
}

Result<QString> DecisionService::outcomeInEffect(const QString &decisionId)
{
    auto r = get(decisionId);
    if (!r)
        return r.error();
    const QString effective = effectiveOutcome(*r);
    return effective == QLatin1String("pending") ? QStringLiteral("escalated") : effective;
}

Result<QList<SimulationChange>> DecisionService::simulate(const QByteArray &draftPolicyJson, int lastN,
                                                          const std::function<bool(qint64, qint64)> &progress)
{
    auto draft = PolicyLoader::load(draftPolicyJson);
    if (!draft)
        return draft.error();
    const std::shared_ptr<const CompiledPolicy> compiled = CompiledPolicy::compile(*draft);
    DecisionFilter recent;
    recent.limit = qBound(1, lastN, 100000);
    auto records = m_store->list(recent);
    if (!records)
        return records.error();
    QList<SimulationCase> cases;
    cases.reserve(records->size());
    QHash<QString, DecisionRequest> requests;
    for (const DecisionRecord &r : std::as_const(*records)) {
        cases.append(SimulationCase{r.decisionId, policyRequest(r.request), r.outcome, r.request.risk});
        requests.insert(r.decisionId, r.request);
    }
    qint64 done = 0;
    bool stopped = false;
    auto changes = PolicySimulator::simulate(*compiled, cases, [&](const CompiledPolicy &policy, const SimulationCase &c) {
        // Once stopped, the rest replays as unchanged at no cost; the result is discarded below.
        if (stopped)
            return c.previousOutcome;
        const QString outcome = outcomeUnder(policy, requests.value(c.decisionId));
        if (progress && !progress(++done, cases.size()))
            stopped = true;
        return outcome;
    });
    if (stopped)
        return Error::conflict(QStringLiteral("the simulation was cancelled"));
    return changes;
}

Result<void> DecisionService::onEscalationResolved(QSqlDatabase &conn, const Escalation &escalation,
                                                   const LedgerEntry &entry, const Principal &by)
{
    auto r = m_store->get(escalation.decisionId);
    if (!r)
        return r.error();
    const bool human = by.kind() == Principal::Kind::User;
    QString finalOutcome = r->finalOutcome;
    QString token, tokenId;
    if (escalation.outcome == QLatin1String("approved")) {
        finalOutcome = QStringLiteral("approved");
        auto issued = issueToken(conn, *r, &tokenId);
        if (!issued)
            return issued.error();
        token = *issued;
    } else if (escalation.outcome == QLatin1String("denied")) {
        finalOutcome = QStringLiteral("denied");
    }
    if (finalOutcome != r->finalOutcome) {
        if (auto upd = DecisionStore::setFinalOutcome(conn, r->decisionId, finalOutcome, false, token, tokenId); !upd)
            return upd;
    }

    ResponsibilityRecord responsibility;
    responsibility.decisionId = r->decisionId;
    responsibility.escalationId = escalation.escalationId;
    responsibility.decisionMaker = by.ledgerActor();
    responsibility.makerType = human ? DecisionMakerType::HumanSupervisor : DecisionMakerType::AiSystem;
    responsibility.level = human ? ResponsibilityLevel::Full : ResponsibilityLevel::Automated;
    responsibility.reasoning = escalation.reason.isEmpty() ? QStringLiteral("SLA breach action") : escalation.reason;
    responsibility.confidence = 100;
    responsibility.liabilityAccepted = human;
    responsibility.ledgerIndex = entry.index;
    if (auto rec = m_s.responsibility->record(conn, responsibility); !rec)
        return rec.error();

    if (!human)
        return {}; // an SLA action by the node is not human oversight
    Intervention intervention;
    intervention.type = escalation.outcome == QLatin1String("approved")       ? InterventionType::Approval
                        : escalation.outcome == QLatin1String("escalated_up") ? InterventionType::Escalation
                                                                              : InterventionType::ManualReview;
    intervention.decisionId = r->decisionId;
    intervention.escalationId = escalation.escalationId;
    intervention.reviewer = by.ledgerActor();
    intervention.oversightRole = Interventions::roleFor(by.role());
    intervention.aiRecommendation = r->outcome;
    intervention.humanDecision = escalation.outcome;
    intervention.reason = escalation.reason;
    const qint64 actedAt = escalation.resolvedAtMs > 0 ? escalation.resolvedAtMs : m_s.clock->nowMs();
    intervention.responseTimeMs = qMax<qint64>(0, actedAt - escalation.createdAtMs);
    intervention.ledgerIndex = entry.index;
    auto itv = m_s.interventions->record(conn, intervention);
    return itv ? Result<void>() : Result<void>(itv.error());
}

Result<void> DecisionService::onOverrideCreated(QSqlDatabase &conn, const Override &override, const LedgerEntry &)
{
    auto r = m_store->get(override.decisionId);
    if (!r)
        return r.error();
    QString token, tokenId;
    if (override.newOutcome == QLatin1String("approved") && r->capabilityToken.isEmpty()) {
        auto issued = issueToken(conn, *r, &tokenId);
        if (!issued)
            return issued.error();
        token = *issued;
    }
    return DecisionStore::setFinalOutcome(conn, r->decisionId, override.newOutcome, true, token, tokenId);
}

Result<void> DecisionService::onOverrideRevoked(QSqlDatabase &conn, const Override &override, const LedgerEntry &)
{
    // The outcome falls back to the original one; the decision stays marked as once overridden.
    const QString original = override.originalOutcome == QLatin1String("escalated") ? QStringLiteral("pending")
                                                                                     : override.originalOutcome;
    return DecisionStore::setFinalOutcome(conn, override.decisionId, original, true, QString(), QString());
}

} // namespace Lexecon
