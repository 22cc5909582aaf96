#pragma once

#include "common/Result.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace Lexecon {

// What a packet holds (SPEC section 8): the scope picks the sections, the formats pick the
// renderings. Plain words so that the CLI, the ledger and the manifest use the same names.
namespace PacketScope {
// all, risk_only, escalation_only, override_only, evidence_only, compliance_only, decision_log_only
QStringList names();
bool isValid(const QString &scope);
// Whether scope includes a section: decisions, risk, escalations, overrides, evidence,
// compliance, interventions.
bool includes(const QString &scope, const QString &section);
// json, csv, md, html, pdf
QStringList formatNames();
// "json,csv,pdf" -> the set; an unknown or empty list is an Invalid error naming field "formats".
Result<QSet<QString>> parseFormats(const QString &commaSeparated);
// The set in formatNames() order, comma-joined.
QString joinFormats(const QSet<QString> &formats);
} // namespace PacketScope

} // namespace Lexecon
