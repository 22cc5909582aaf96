#include "DetailHtml.h"

#include "common/Timestamp.h"

#include <QDateTime>
#include <QJsonObject>

namespace Lexecon::Ui {

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString localTimeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

qint64 timestampMs(const QString &timestamp)
{
    return Timestamp::parse(timestamp).value_or(0);
}

QString htmlRow(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(htmlEscaped(label), htmlEscaped(value));
}

QString htmlHeading(const QString &text)
{
    return QStringLiteral("<h3>%1</h3>").arg(htmlEscaped(text));
}

QString htmlParagraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(htmlEscaped(text));
}

QString htmlListItem(const QString &text)
{
    return QStringLiteral("<li>%1</li>").arg(htmlEscaped(text));
}

QString reasonTraceHtml(const QJsonArray &reasons, const QString &noMatchText)
{
    if (reasons.isEmpty())
        return htmlParagraph(noMatchText);
    QString html = QStringLiteral("<ol>");
    for (const QJsonValue &v : reasons) {
        const QJsonObject reason = v.toObject();
        QString line = QStringLiteral("%1: %2").arg(reason.value(QStringLiteral("effect")).toString(),
                                                    reason.value(QStringLiteral("relation_id")).toString());
        const QString why = reason.value(QStringLiteral("justification")).toString();
        if (!why.isEmpty())
            line += QStringLiteral(" — ") + why;
        html += htmlListItem(line);
    }
    return html + QStringLiteral("</ol>");
}

} // namespace Lexecon::Ui
