#include "TechnicalDocument.h"

#include <QJsonArray>

namespace Lexecon {

namespace {

// Markdown table cells: a pipe or a line break would end the cell early.
QString cell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

const TechnicalDocumentSection *TechnicalDocument::section(const QString &key) const
{
    for (const TechnicalDocumentSection &s : sections) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

QString TechnicalDocument::toMarkdown() const
{
    QString out;
    out += QStringLiteral("# %1\n\n").arg(title);
    out += QStringLiteral("Generated %1 by node %2 from the workstation's own records.\n\n").arg(generatedAt, nodeId);
    for (const TechnicalDocumentSection &s : sections) {
        out += QStringLiteral("## %1\n\n").arg(s.title);
        for (const QString &p : s.paragraphs)
            out += p + QStringLiteral("\n\n");
        if (!s.facts.isEmpty()) {
            out += QStringLiteral("| Item | Value |\n|---|---|\n");
            for (const auto &f : s.facts)
                out += QStringLiteral("| %1 | %2 |\n").arg(cell(f.first), cell(f.second));
            out += QLatin1Char('\n');
        }
        for (const QString &b : s.bullets)
            out += QStringLiteral("- %1\n").arg(b);
        if (!s.bullets.isEmpty())
            out += QLatin1Char('\n');
    }
    return out;
}

QString TechnicalDocument::toHtml() const
{
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n")
               .arg(title.toHtmlEscaped());
    out += QStringLiteral(
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.45;color:#222}"
        "h1{font-size:1.6em}h2{font-size:1.25em;border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.6em}"
        "table{border-collapse:collapse;margin:.6em 0}th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;"
        "vertical-align:top}th{background:#f3f3f3}.meta{color:#666}</style>\n</head>\n<body>\n");
    out += QStringLiteral("<h1>%1</h1>\n<p class=\"meta\">Generated %2 by node %3 from the workstation's own records.</p>\n")
               .arg(title.toHtmlEscaped(), generatedAt.toHtmlEscaped(), nodeId.toHtmlEscaped());
    for (const TechnicalDocumentSection &s : sections) {
        out += QStringLiteral("<section id=\"%1\">\n<h2>%2</h2>\n").arg(s.key.toHtmlEscaped(), s.title.toHtmlEscaped());
        for (const QString &p : s.paragraphs)
            out += QStringLiteral("<p>%1</p>\n").arg(p.toHtmlEscaped());
        if (!s.facts.isEmpty()) {
            out += QStringLiteral("<table>\n<tr><th>Item</th><th>Value</th></tr>\n");
            for (const auto &f : s.facts)
                out += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n").arg(f.first.toHtmlEscaped(), f.second.toHtmlEscaped());
            out += QStringLiteral("</table>\n");
        }
        if (!s.bullets.isEmpty()) {
            out += QStringLiteral("<ul>\n");
            for (const QString &b : s.bullets)
                out += QStringLiteral("<li>%1</li>\n").arg(b.toHtmlEscaped());
            out += QStringLiteral("</ul>\n");
        }
        out += QStringLiteral("</section>\n");
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

QJsonObject TechnicalDocument::toJson() const
{
    QJsonArray list;
    for (const TechnicalDocumentSection &s : sections) {
        QJsonObject facts;
        for (const auto &f : s.facts)
            facts.insert(f.first, f.second);
        list.append(QJsonObject{{QStringLiteral("key"), s.key},
                                {QStringLiteral("title"), s.title},
                                {QStringLiteral("paragraphs"), QJsonArray::fromStringList(s.paragraphs)},
                                {QStringLiteral("facts"), facts},
                                {QStringLiteral("bullets"), QJsonArray::fromStringList(s.bullets)}});
    }
    return {{QStringLiteral("title"), title},
            {QStringLiteral("generated_at"), generatedAt},
            {QStringLiteral("node_id"), nodeId},
            {QStringLiteral("sections"), list}};
}

} // namespace Lexecon
