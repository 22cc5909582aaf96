#include "ControlDetailPane.h"

#include "ControlsModel.h"
#include "widgets/DetailHtml.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace Lexecon::Ui {

ControlDetailPane::ControlDetailPane(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_browser = new QTextBrowser(this);
    m_browser->setAccessibleName(tr("Control details"));
    layout->addWidget(m_browser);
    clear();
}

void ControlDetailPane::clear()
{
    m_browser->setHtml(htmlParagraph(tr("Select a control to see its evidence.")));
}

QString ControlDetailPane::text() const
{
    return m_browser->toPlainText();
}

void ControlDetailPane::showControl(const ControlAssessment &c, const QList<ManualControlStatus> &history)
{
    QString html = htmlHeading(tr("%1 %2").arg(c.control.id, c.control.title));
    html += QStringLiteral("<table>");
    html += htmlRow(tr("Group"), c.control.group);
    html += htmlRow(tr("Status"), ControlsModel::statusText(c.effective));
    html += htmlRow(tr("Source"), ControlsModel::sourceText(c));
    html += htmlRow(tr("Derived from evidence"),
                    c.derived ? ControlsModel::statusText(*c.derived) : tr("No governance primitive is mapped"));
    html += QStringLiteral("</table>");

    html += htmlHeading(tr("Linked evidence (governance primitives)"));
    if (c.evidence.isEmpty()) {
        html += htmlParagraph(tr("No governance primitive provides evidence for this control; an officer sets its "
                                 "status by hand."));
    } else {
        html += QStringLiteral("<ul>");
        for (const PrimitiveEvidence &e : c.evidence)
            html += htmlListItem(tr("%1 — %2, %3 records: %4")
                                     .arg(e.primitive, ControlsModel::statusText(e.status))
                                     .arg(e.count)
                                     .arg(e.detail));
        html += QStringLiteral("</ul>");
    }

    if (!c.related.isEmpty()) {
        html += htmlHeading(tr("Related controls"));
        html += QStringLiteral("<ul>");
        for (const CrossFrameworkMapping &m : c.related) {
            const bool isSource = m.sourceFramework == c.framework && m.sourceControl == c.control.id;
            const QString other = isSource ? m.targetFramework + QLatin1Char(' ') + m.targetControl
                                           : m.sourceFramework + QLatin1Char(' ') + m.sourceControl;
            html += htmlListItem(tr("%1 (%2)").arg(other, m.relationship));
        }
        html += QStringLiteral("</ul>");
    }

    html += htmlHeading(tr("Statuses set by officers"));
    if (history.isEmpty()) {
        html += htmlParagraph(tr("No officer has set a status for this control."));
    } else {
        html += QStringLiteral("<ul>");
        for (const ManualControlStatus &m : history)
            html += htmlListItem(tr("%1: %2 by %3 (ledger entry %4) — %5")
                                     .arg(localTimeText(m.setMs), ControlsModel::statusText(m.status), m.setBy)
                                     .arg(m.ledgerIndex)
                                     .arg(m.justification));
        html += QStringLiteral("</ul>");
    }
    m_browser->setHtml(html);
}

} // namespace Lexecon::Ui
