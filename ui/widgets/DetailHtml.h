#pragma once

#include <QJsonArray>
#include <QString>

// Small HTML builders shared by the detail panes (decision log, oversight queue), so both
// render rows, headings, times and reason traces the same way. Callers translate their own
// words (tr() stays in the pane's class, keeping translation contexts unchanged).
namespace Lexecon::Ui {

// Text made safe to put inside HTML.
QString htmlEscaped(const QString &text);
// Milliseconds since the epoch as local "yyyy-MM-dd HH:mm:ss".
QString localTimeText(qint64 ms);
// An RFC 3339 timestamp as milliseconds since the epoch; 0 if it cannot be parsed.
qint64 timestampMs(const QString &timestamp);
// One bold-label/value table row; both are escaped.
QString htmlRow(const QString &label, const QString &value);
// An <h3> heading; the text is escaped.
QString htmlHeading(const QString &text);
// A paragraph; the text is escaped.
QString htmlParagraph(const QString &text);
// A list item; the text is escaped.
QString htmlListItem(const QString &text);
// A decision's reason trace as an ordered list ("effect: relation — justification"), or
// noMatchText as a paragraph when no relation matched.
QString reasonTraceHtml(const QJsonArray &reasons, const QString &noMatchText);

} // namespace Lexecon::Ui
