#include "InterventionLog.h"

#include "common/Clock.h"
#include "common/Timestamp.h"
#include "common/Ulid.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>

#include <limits>

namespace Lexecon {

namespace {

constexpr int kMaxReasonLength = 10000;

const QString kColumns = QStringLiteral("intervention_id, type, decision_id, escalation_id, override_id, reviewer, "
                                        "oversight_role, ai_recommendation, human_decision, reason, response_time_ms, "
                                        "created_at, ledger_index");

Result<void> checkText(const QString &field, const QString &value, const QString &what)
{
    if (value.trimmed().isEmpty())
        return Error::invalid(field, QStringLiteral("%1 is empty; send %2.").arg(field, what));
    if (value.size() > kMaxReasonLength)
        return Error::invalid(field, QStringLiteral("%1 has %2 characters; send at most %3.")
                                         .arg(field)
                                         .arg(value.size())
                                         .arg(kMaxReasonLength));
    return {};
}

Intervention fromRow(const QSqlQuery &q)
{
    Intervention i;
    i.interventionId = q.value(0).toString();
    i.type = Interventions::typeFromName(q.value(1).toString()).value_or(InterventionType::ManualReview);
    i.decisionId = q.value(2).toString();
    i.escalationId = q.value(3).toString();
    i.overrideId = q.value(4).toString();
    i.reviewer = q.value(5).toString();
    i.oversightRole = Interventions::roleFromName(q.value(6).toString()).value_or(OversightRole::ComplianceOfficer);
    i.aiRecommendation = q.value(7).toString();
    i.humanDecision = q.value(8).toString();
    i.reason = q.value(9).toString();
    if (!q.value(10).isNull())
        i.responseTimeMs = q.value(10).toLongLong();
    i.createdAt = q.value(11).toString();
    i.ledgerIndex = Sql::int64OrNegative(q.value(12));
    return i;
}

} // namespace

InterventionLog::InterventionLog(std::shared_ptr<Database> db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

Result<void> InterventionLog::validate(const Intervention &i)
{
    if (Interventions::typeName(i.type).isEmpty())
        return Error::invalid(QStringLiteral("type"),
                              QStringLiteral("type is not one of approval, override, escalation, emergency_stop, "
                                             "policy_exception, manual_review."));
    if (Interventions::roleName(i.oversightRole).isEmpty())
        return Error::invalid(QStringLiteral("oversight_role"),
                              QStringLiteral("oversight_role is not one of compliance_officer, security_lead, "
                                             "legal_counsel, risk_manager, executive, soc_analyst."));
    if (auto ok = Ulid::checkField(QStringLiteral("decision_id"), i.decisionId, QStringLiteral("dec_"), true); !ok)
        return ok;
    if (auto ok = Ulid::checkField(QStringLiteral("escalation_id"), i.escalationId, QStringLiteral("esc_"), false); !ok)
        return ok;
    if (auto ok = Ulid::checkField(QStringLiteral("override_id"), i.overrideId, QStringLiteral("ovr_"), false); !ok)
        return ok;
    if (auto ok = checkText(QStringLiteral("reviewer"), i.reviewer, QStringLiteral("who intervened")); !ok)
        return ok;
    if (auto ok = checkText(QStringLiteral("ai_recommendation"), i.aiRecommendation,
                            QStringLiteral("the automated outcome (approved, denied or escalated)"));
        !ok)
        return ok;
    if (auto ok =
            checkText(QStringLiteral("human_decision"), i.humanDecision, QStringLiteral("what the person decided"));
        !ok)
        return ok;
    if (auto ok = checkText(QStringLiteral("reason"), i.reason, QStringLiteral("why the person decided so")); !ok)
        return ok;
    if (i.responseTimeMs && *i.responseTimeMs < 0)
        return Error::invalid(
            QStringLiteral("response_time_ms"),
            QStringLiteral("response_time_ms is %1; send zero or more, or none.").arg(*i.responseTimeMs));
    if (!i.createdAt.isEmpty() && !Timestamp::parse(i.createdAt))
        return Error::invalid(QStringLiteral("created_at"),
                              QStringLiteral("created_at \"%1\" is not an RFC 3339 timestamp.").arg(i.createdAt));
    return {};
}

Result<Intervention> InterventionLog::record(QSqlDatabase &conn, const Intervention &input)
{
    if (auto ok = validate(input); !ok)
        return ok.error();
    Intervention i = input;
    if (i.interventionId.isEmpty())
        i.interventionId = Ulid::make(QStringLiteral("itv_"), m_clock);
    if (i.createdAt.isEmpty())
        i.createdAt = Timestamp::format(m_clock.nowMs());
    auto inserted = Sql::execOne(
        conn,
        QStringLiteral("INSERT INTO interventions (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns),
        {i.interventionId, Interventions::typeName(i.type), i.decisionId, Sql::nullIfEmpty(i.escalationId),
         Sql::nullIfEmpty(i.overrideId), i.reviewer, Interventions::roleName(i.oversightRole), i.aiRecommendation,
         i.humanDecision, i.reason, i.responseTimeMs ? QVariant(*i.responseTimeMs) : QVariant(), i.createdAt,
         Sql::nullIfNegative(i.ledgerIndex)});
    if (!inserted)
        return inserted.error();
    return i;
}

Result<QList<Intervention>> InterventionLog::query(const QString &where, const QVariantList &bindings, int limit,
                                                   int offset)
{
    QSqlDatabase conn = m_db->connection();
    const QVariantList all = Sql::paged(bindings, limit, offset);
    return Sql::selectAll(
        conn,
        QStringLiteral("SELECT %1 FROM interventions %2 ORDER BY created_at, intervention_id LIMIT ? OFFSET ?")
            .arg(kColumns, where),
        all, fromRow);
}

Result<Intervention> InterventionLog::get(const QString &interventionId)
{
    return Sql::firstOrNotFound(query(QStringLiteral("WHERE intervention_id = ?"), {interventionId}, 1, 0),
                                QStringLiteral("There is no intervention %1.").arg(interventionId));
}

Result<QList<Intervention>> InterventionLog::forDecision(const QString &decisionId)
{
    return query(QStringLiteral("WHERE decision_id = ?"), {decisionId}, std::numeric_limits<int>::max(), 0);
}

Result<QList<Intervention>> InterventionLog::list(qint64 fromMs, qint64 toMs, int limit, int offset)
{
    // created_at is fixed-width RFC 3339 UTC, so text order is time order.
    return query(QStringLiteral("WHERE created_at >= ? AND created_at < ?"),
                 {Timestamp::format(fromMs), Timestamp::format(toMs)}, limit, offset);
}

} // namespace Lexecon
