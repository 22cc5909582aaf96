#include "ResponsibilityTracker.h"

#include "common/Clock.h"
#include "common/Timestamp.h"
#include "common/Ulid.h"
#include "storage/CachedStatement.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace Lexecon {

namespace {

constexpr int kMaxReasoningLength = 10000;
constexpr int kDecisionConfidence = 100;

const QString kColumns =
    QStringLiteral("record_id, decision_id, escalation_id, override_id, decision_maker, maker_type, "
                   "responsibility_level, reasoning, confidence, liability_accepted, delegated_from, "
                   "created_at, ledger_index");

// The same columns for the decision's own record, read from its row in decisions: the values
// ofDecision() gives, in SQL.
QString decisionColumns()
{
    static const QString columns =
        QStringLiteral("'rsp_' || substr(decision_id, 5), decision_id, escalation_id, NULL, decision_maker, '%1', "
                       "CASE WHEN escalation_id IS NULL THEN '%2' ELSE '%3' END, decision_reasoning, %4, 0, NULL, "
                       "created_at, ledger_index")
            .arg(Responsibility::makerTypeName(DecisionMakerType::AiSystem),
                 Responsibility::levelName(ResponsibilityLevel::Automated),
                 Responsibility::levelName(ResponsibilityLevel::Supervised))
            .arg(kDecisionConfidence);
    return columns;
}

ResponsibilityRecord fromRow(const QSqlQuery &q)
{
    ResponsibilityRecord r;
    r.recordId = q.value(0).toString();
    r.decisionId = q.value(1).toString();
    r.escalationId = q.value(2).toString();
    r.overrideId = q.value(3).toString();
    r.decisionMaker = q.value(4).toString();
    r.makerType = Responsibility::makerTypeFromName(q.value(5).toString()).value_or(DecisionMakerType::AiSystem);
    r.level = Responsibility::levelFromName(q.value(6).toString()).value_or(ResponsibilityLevel::Automated);
    r.reasoning = q.value(7).toString();
    r.confidence = q.value(8).toInt();
    r.liabilityAccepted = q.value(9).toInt() != 0;
    r.delegatedFrom = q.value(10).toString();
    r.createdAt = q.value(11).toString();
    r.ledgerIndex = Sql::int64OrNegative(q.value(12));
    return r;
}

} // namespace

ResponsibilityTracker::ResponsibilityTracker(std::shared_ptr<Database> db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

Result<void> ResponsibilityTracker::validate(const ResponsibilityRecord &r)
{
    if (auto ok = Ulid::checkField(QStringLiteral("decision_id"), r.decisionId, QStringLiteral("dec_"), true); !ok)
        return ok;
    if (auto ok = Ulid::checkField(QStringLiteral("escalation_id"), r.escalationId, QStringLiteral("esc_"), false); !ok)
        return ok;
    if (auto ok = Ulid::checkField(QStringLiteral("override_id"), r.overrideId, QStringLiteral("ovr_"), false); !ok)
        return ok;
    if (r.decisionMaker.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("decision_maker"),
                              QStringLiteral("decision_maker is empty; send who made the decision."));
    if (Responsibility::makerTypeName(r.makerType).isEmpty())
        return Error::invalid(QStringLiteral("maker_type"),
                              QStringLiteral("maker_type is not one of ai_system, human_operator, human_supervisor, "
                                             "human_executive, delegated, emergency_override."));
    if (Responsibility::levelName(r.level).isEmpty())
        return Error::invalid(
            QStringLiteral("responsibility_level"),
            QStringLiteral("responsibility_level is not one of full, shared, supervised, automated."));
    if (r.reasoning.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reasoning"),
                              QStringLiteral("reasoning is empty; every responsibility record says why."));
    if (r.reasoning.size() > kMaxReasoningLength)
        return Error::invalid(QStringLiteral("reasoning"),
                              QStringLiteral("reasoning has %1 characters; send at most %2.")
                                  .arg(r.reasoning.size())
                                  .arg(kMaxReasoningLength));
    if (r.confidence < 0 || r.confidence > 100)
        return Error::invalid(QStringLiteral("confidence"),
                              QStringLiteral("confidence is %1; send a whole number from 0 to 100.").arg(r.confidence));
    if (r.makerType == DecisionMakerType::Delegated && r.delegatedFrom.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("delegated_from"),
                              QStringLiteral("a delegated decision names who delegated it; send delegated_from."));
    if (!r.createdAt.isEmpty() && !Timestamp::parse(r.createdAt))
        return Error::invalid(QStringLiteral("created_at"),
                              QStringLiteral("created_at \"%1\" is not an RFC 3339 timestamp.").arg(r.createdAt));
    return {};
}

Result<ResponsibilityRecord> ResponsibilityTracker::filled(const ResponsibilityRecord &input) const
{
    if (auto ok = validate(input); !ok)
        return ok.error();
    ResponsibilityRecord r = input;
    if (r.recordId.isEmpty())
        r.recordId = Ulid::make(QStringLiteral("rsp_"), m_clock);
    if (r.createdAt.isEmpty())
        r.createdAt = Timestamp::format(m_clock.nowMs());
    return r;
}

ResponsibilityRecord ResponsibilityTracker::ofDecision(const QString &decisionId, const QString &escalationId,
                                                       const QString &maker, const QString &reasoning)
{
    ResponsibilityRecord r;
    r.recordId = recordIdOf(decisionId);
    r.decisionId = decisionId;
    r.escalationId = escalationId;
    r.decisionMaker = maker;
    r.makerType = DecisionMakerType::AiSystem;
    r.level = escalationId.isEmpty() ? ResponsibilityLevel::Automated : ResponsibilityLevel::Supervised;
    r.reasoning = reasoning;
    r.confidence = kDecisionConfidence;
    r.liabilityAccepted = false;
    return r;
}

QString ResponsibilityTracker::recordIdOf(const QString &decisionId)
{
    return Ulid::rePrefixed(decisionId, QLatin1String("dec_"), QLatin1String("rsp_"));
}

ResponsibilityTracker::Row ResponsibilityTracker::row(const ResponsibilityRecord &r)
{
    return Row{CachedStatement::text(r.recordId),
               CachedStatement::text(r.decisionId),
               CachedStatement::textOrNull(r.escalationId),
               CachedStatement::textOrNull(r.overrideId),
               CachedStatement::text(r.decisionMaker),
               Responsibility::makerTypeName(r.makerType).toUtf8(),
               Responsibility::levelName(r.level).toUtf8(),
               CachedStatement::text(r.reasoning),
               CachedStatement::textOrNull(r.delegatedFrom),
               CachedStatement::text(r.createdAt),
               r.confidence,
               r.liabilityAccepted};
}

Result<ResponsibilityRecord> ResponsibilityTracker::record(QSqlDatabase &conn, const ResponsibilityRecord &input)
{
    auto r = filled(input);
    if (!r)
        return r.error();
    if (auto inserted = insertRow(conn, row(*r), r->ledgerIndex); !inserted)
        return inserted.error();
    return r;
}

Result<void> ResponsibilityTracker::insertRow(QSqlDatabase &conn, const Row &r, qint64 ledgerIndex)
{
    auto insert = CachedStatement::get(
        conn, "INSERT INTO responsibility_records (record_id, decision_id, escalation_id, override_id, decision_maker, "
              "maker_type, responsibility_level, reasoning, confidence, liability_accepted, delegated_from, "
              "created_at, ledger_index) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    insert->bindText(1, r.recordId);
    insert->bindText(2, r.decisionId);
    insert->bindText(3, r.escalationId);
    insert->bindText(4, r.overrideId);
    insert->bindText(5, r.decisionMaker);
    insert->bindText(6, r.makerType);
    insert->bindText(7, r.level);
    insert->bindText(8, r.reasoning);
    insert->bind(9, r.confidence);
    insert->bind(10, r.liabilityAccepted ? 1 : 0);
    insert->bindText(11, r.delegatedFrom);
    insert->bindText(12, r.createdAt);
    if (ledgerIndex < 0)
        insert->bindNull(13);
    else
        insert->bind(13, ledgerIndex);
    return insert->runOne();
}

Result<QList<ResponsibilityRecord>> ResponsibilityTracker::query(const QString &where, const QString &decisionId,
                                                                 const QVariantList &bindings)
{
    QSqlDatabase conn = m_db->connection();
    return Sql::selectAll(conn,
                          QStringLiteral("SELECT %1 FROM responsibility_records %2 UNION ALL "
                                         "SELECT %3 FROM decisions WHERE decision_id = ? AND decision_maker IS NOT NULL "
                                         "ORDER BY created_at, record_id")
                              .arg(kColumns, where, decisionColumns()),
                          bindings + QVariantList{decisionId}, fromRow);
}

Result<QList<ResponsibilityRecord>> ResponsibilityTracker::forDecision(const QString &decisionId)
{
    return query(QStringLiteral("WHERE decision_id = ?"), decisionId, {decisionId});
}

Result<ResponsibilityRecord> ResponsibilityTracker::get(const QString &recordId)
{
    // A decision's own record has the decision's id under the rsp_ prefix (recordIdOf).
    const QString decisionId = Ulid::rePrefixed(recordId, QLatin1String("rsp_"), QLatin1String("dec_"));
    return Sql::firstOrNotFound(query(QStringLiteral("WHERE record_id = ?"), decisionId, {recordId}),
                                QStringLiteral("There is no responsibility record %1.").arg(recordId));
}

} // namespace Lexecon
