#include "ControlStatusService.h"

#include "auth/Principal.h"
#include "common/Clock.h"
#include "common/Timestamp.h"
#include "common/Ulid.h"
#include "crypto/Commitment.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace Lexecon {

namespace {

const char kColumns[] = "status_id, framework, control_id, status, justification, justification_commitment, set_by, "
                        "set_at, set_ms, ledger_index";

ManualControlStatus fromRow(const QSqlQuery &q)
{
    ManualControlStatus s;
    s.statusId = q.value(0).toString();
    s.framework = q.value(1).toString();
    s.controlId = q.value(2).toString();
    s.status = ControlStatuses::fromName(q.value(3).toString()).value_or(ControlStatus::NotImplemented);
    s.justification = q.value(4).toString();
    s.justificationCommitment = q.value(5).toString();
    s.setBy = q.value(6).toString();
    s.setAt = q.value(7).toString();
    s.setMs = q.value(8).toLongLong();
    s.ledgerIndex = q.value(9).toLongLong();
    return s;
}

} // namespace

QJsonObject ManualControlStatus::toJson() const
{
    return {{QStringLiteral("status_id"), statusId},
            {QStringLiteral("framework"), framework},
            {QStringLiteral("control"), controlId},
            {QStringLiteral("status"), ControlStatuses::name(status)},
            {QStringLiteral("justification"), justification},
            {QStringLiteral("justification_commitment"), justificationCommitment},
            {QStringLiteral("set_by"), setBy},
            {QStringLiteral("set_at"), setAt},
            {QStringLiteral("ledger_index"), ledgerIndex}};
}

ControlStatusService::ControlStatusService(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock,
                                           ComplianceCatalog catalog)
    : m_db(std::move(db)), m_ledger(ledger), m_clock(clock), m_catalog(std::move(catalog))
{
}

Result<ManualControlStatus> ControlStatusService::set(const QString &framework, const QString &controlId,
                                                      ControlStatus status, const QString &justification,
                                                      const Principal &by)
{
    if (auto allowed = by.require(Permission::ManageCompliance); !allowed)
        return allowed.error();
    auto fw = m_catalog.require(framework);
    if (!fw)
        return fw.error();
    if (!fw->control(controlId))
        return Error::invalid(QStringLiteral("control"),
                              QStringLiteral("Control \"%1\" is not in %2; send an id from `compliance status %3`.")
                                  .arg(controlId, fw->name, framework));
    const QString text = justification.trimmed();
    if (text.size() < kMinJustificationLength)
        return Error::invalid(QStringLiteral("justification"),
                              QStringLiteral("The justification needs at least %1 characters saying what shows the status; "
                                             "it has %2.")
                                  .arg(kMinJustificationLength)
                                  .arg(text.size()));
    auto before = current(framework);
    if (!before)
        return before.error();
    const auto previous = before->constFind(controlId);

    ManualControlStatus s;
    s.statusId = Ulid::make(QStringLiteral("cst_"), m_clock);
    s.framework = framework;
    s.controlId = controlId;
    s.status = status;
    s.justification = text;
    // Salted: a plain hash of free text is confirmed by hashing a guess (GDPR, core/retention).
    const Commitment justificationCommitment = Commitment::make(text.toUtf8());
    s.justificationCommitment = justificationCommitment.value;
    s.setBy = by.ledgerActor();
    s.setMs = m_clock.nowMs();
    s.setAt = Timestamp::format(s.setMs);
    const QJsonObject payload{
        {QStringLiteral("status_id"), s.statusId},
        {QStringLiteral("framework"), framework},
        {QStringLiteral("control"), controlId},
        {QStringLiteral("status"), ControlStatuses::name(status)},
        {QStringLiteral("previous_status"),
         previous == before->constEnd() ? QJsonValue() : QJsonValue(ControlStatuses::name(previous->status))},
        {QStringLiteral("justification_commitment"), s.justificationCommitment}};
    const QString previousId = previous == before->constEnd() ? QString() : previous->statusId;
    auto entry = m_ledger.append({QStringLiteral("compliance_status_set"), s.setBy, payload,
                                  [&s, &justificationCommitment, previousId](QSqlDatabase &conn, const LedgerEntry &e) -> Result<void> {
                                      // previous_status in the payload must be the one replaced: if
                                      // another officer changed the control meanwhile, refuse.
                                      auto latest = Sql::exec(conn,
                                                              QStringLiteral("SELECT status_id FROM compliance_control_status "
                                                                             "WHERE framework = ? AND control_id = ? "
                                                                             "ORDER BY ledger_index DESC LIMIT 1"),
                                                              {s.framework, s.controlId});
                                      if (!latest)
                                          return latest.error();
                                      const QString current = latest->next() ? latest->value(0).toString() : QString();
                                      if (current != previousId)
                                          return Error::conflict(QStringLiteral("The status of %1 %2 was changed by someone "
                                                                                "else just now; reload it and set it again.")
                                                                     .arg(s.framework, s.controlId));
                                      s.ledgerIndex = e.index;
                                      return Sql::execOne(
                                          conn,
                                          QStringLiteral("INSERT INTO compliance_control_status (%1, "
                                                         "justification_salt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                              .arg(QLatin1String(kColumns)),
                                          {s.statusId, s.framework, s.controlId, ControlStatuses::name(s.status),
                                           s.justification, s.justificationCommitment, s.setBy, s.setAt, s.setMs,
                                           e.index, justificationCommitment.salt});
                                  }});
    if (!entry)
        return entry.error();
    s.ledgerIndex = entry->index;
    return s;
}

Result<QHash<QString, ManualControlStatus>> ControlStatusService::current(const QString &framework)
{
    auto rows = query(QStringLiteral("framework = ?"), {framework});
    if (!rows)
        return rows.error();
    QHash<QString, ManualControlStatus> out;
    // Rows come oldest first, so the last one seen per control is its newest.
    for (const ManualControlStatus &s : std::as_const(*rows))
        out.insert(s.controlId, s);
    return out;
}

Result<QList<ManualControlStatus>> ControlStatusService::history(const QString &framework, const QString &controlId)
{
    return query(QStringLiteral("framework = ? AND control_id = ?"), {framework, controlId});
}

Result<QList<ManualControlStatus>> ControlStatusService::changes(qint64 fromMs, qint64 toMs)
{
    return query(QStringLiteral("set_ms >= ? AND set_ms < ?"), {fromMs, toMs});
}

Result<QList<ManualControlStatus>> ControlStatusService::query(const QString &where, const QVariantList &bindings)
{
    QSqlDatabase conn = m_db->connection();
    auto q = Sql::exec(conn,
                       QStringLiteral("SELECT %1 FROM compliance_control_status WHERE %2 ORDER BY ledger_index")
                           .arg(QLatin1String(kColumns), where),
                       bindings);
    if (!q)
        return q.error();
    QList<ManualControlStatus> out;
    while (q->next())
        out.append(fromRow(*q));
    return out;
}

} // namespace Lexecon
