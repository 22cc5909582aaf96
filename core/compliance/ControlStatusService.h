#pragma once

#include "ComplianceCatalog.h"
#include "ControlStatus.h"
#include "common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace Lexecon {

class Clock;
class Database;
class LedgerWriter;
class Principal;

// A status an officer set by hand, with the reason, who and when.
struct ManualControlStatus
{
    QString statusId; // cst_ ULID
    QString framework;
    QString controlId;
    ControlStatus status = ControlStatus::NotImplemented;
    QString justification; // free text; the ledger carries only a salted commitment to it
    QString justificationCommitment;
    QString setBy; // ledger actor, "user:olivia"
    QString setAt; // RFC 3339 ms Z
    qint64 setMs = 0;
    qint64 ledgerIndex = -1;

    QJsonObject toJson() const;
};

// Owns compliance_control_status (021_compliance.sql). Setting a status needs
// Permission::ManageCompliance (compliance officers and admins) and is one ledger entry
// "compliance_status_set" written with its row.
class ControlStatusService
{
public:
    static constexpr int kMinJustificationLength = 20;

    ControlStatusService(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock,
                         ComplianceCatalog catalog);

    Result<ManualControlStatus> set(const QString &framework, const QString &controlId, ControlStatus status,
                                    const QString &justification, const Principal &by);

    // The newest manual status of each control of the framework that has one, by control id.
    Result<QHash<QString, ManualControlStatus>> current(const QString &framework);
    // Every change of one control, oldest first.
    Result<QList<ManualControlStatus>> history(const QString &framework, const QString &controlId);
    // Every change with fromMs <= set_ms < toMs, oldest first (for audit packets).
    Result<QList<ManualControlStatus>> changes(qint64 fromMs, qint64 toMs);

private:
    Result<QList<ManualControlStatus>> query(const QString &where, const QVariantList &bindings);

    std::shared_ptr<Database> m_db;
    LedgerWriter &m_ledger;
    const Clock &m_clock;
    ComplianceCatalog m_catalog;
};

} // namespace Lexecon
