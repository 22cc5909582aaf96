#include "DecisionCsvWriter.h"

#include <QIODevice>

namespace Lexecon {

QStringList DecisionCsvWriter::columns()
{
    return {QStringLiteral("decision_id"),    QStringLiteral("timestamp"),     QStringLiteral("actor"),
            QStringLiteral("action"),         QStringLiteral("resource"),      QStringLiteral("outcome"),
            QStringLiteral("final_outcome"),  QStringLiteral("risk_score"),    QStringLiteral("risk_level"),
            QStringLiteral("policy_version"), QStringLiteral("escalation_id"), QStringLiteral("ledger_index"),
            QStringLiteral("entry_hash")};
}

DecisionCsvWriter::DecisionCsvWriter(QIODevice *out)
    : m_out(out)
{
}

bool DecisionCsvWriter::writeHeader()
{
    return m_out->write(line(columns())) >= 0;
}

bool DecisionCsvWriter::writeRecord(const DecisionRecord &record)
{
    return m_out->write(line(cells(record))) >= 0;
}

QStringList DecisionCsvWriter::cells(const DecisionRecord &r)
{
    return {r.decisionId,       r.timestamp,
            r.request.actor,    r.request.action,
            r.request.resource, r.outcome,
            r.finalOutcome,     QString::number(r.riskScore),
            r.riskLevel,        r.policyHash.isEmpty() ? QString() : QString::number(r.policyVersion),
            r.escalationId,     r.ledgerIndex < 0 ? QString() : QString::number(r.ledgerIndex),
            r.entryHash};
}

QString DecisionCsvWriter::field(const QString &value)
{
    QString v = value;
    // Formula injection: a spreadsheet runs a cell that starts with =, +, - or @ (or a tab or CR
    // before one, OWASP's list) as a formula, and actors, actions and resources come from the AI
    // systems that asked. A leading apostrophe makes the spreadsheet show the text as text. Our
    // own numbers are never negative, so no real value is changed by this.
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    const bool quote = v.contains(QLatin1Char('"')) || v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('\n')) ||
                       v.contains(QLatin1Char('\r'));
    if (!quote)
        return v;
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QByteArray DecisionCsvWriter::line(const QStringList &values)
{
    QStringList fields;
    fields.reserve(values.size());
    for (const QString &v : values)
        fields << field(v);
    return fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace Lexecon
