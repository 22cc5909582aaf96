#pragma once

#include "DecisionRecord.h"

#include <QByteArray>
#include <QStringList>

class QIODevice;

namespace Lexecon {

// Decisions as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a quote, comma or
// line break enclosed in quotes and inner quotes doubled), UTF-8, one header row. Qt Core only,
// so the desktop's export, the CLI and audit packets write the same file.
class DecisionCsvWriter
{
public:
    // The columns, in order, as the header row names them.
    static QStringList columns();

    explicit DecisionCsvWriter(QIODevice *out);

    // Writes the header row; call once before the first record.
    bool writeHeader();
    // One row. The record's finalOutcome is written as given: callers pass the outcome in effect.
    bool writeRecord(const DecisionRecord &record);

    // The cells of one record, in column order, before quoting.
    static QStringList cells(const DecisionRecord &record);
    // One field as RFC 4180 wants it, with spreadsheet formula injection neutralized.
    static QString field(const QString &value);
    static QByteArray line(const QStringList &values);

private:
    QIODevice *m_out;
};

} // namespace Lexecon
