#include "PolicyFindingsList.h"

#include <QHeaderView>
#include <QStyle>

namespace Lexecon::Ui {

PolicyFindingsList::PolicyFindingsList(QWidget *parent)
    : QTreeWidget(parent)
{
    setAccessibleName(tr("Policy check findings"));
    setHeaderLabels({tr("Severity"), tr("Kind"), tr("Finding"), tr("Relations")});
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setWordWrap(true);
    header()->setSectionResizeMode(2, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
}

void PolicyFindingsList::setFindings(const QList<PolicyFinding> &findings)
{
    clear();
    int errors = 0, warnings = 0, notes = 0;
    for (const PolicyFinding &f : findings) {
        auto *item = new QTreeWidgetItem(this);
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        QString severity = tr("Info");
        if (f.severity == QLatin1String("error")) {
            icon = QStyle::SP_MessageBoxCritical;
            severity = tr("Error");
            ++errors;
        } else if (f.severity == QLatin1String("warning")) {
            icon = QStyle::SP_MessageBoxWarning;
            severity = tr("Warning");
            ++warnings;
        } else {
            ++notes;
        }
        item->setIcon(0, style()->standardIcon(icon));
        item->setText(0, severity);
        item->setText(1, f.kind);
        item->setText(2, f.message);
        item->setToolTip(2, f.message);
        item->setText(3, f.relationIds.join(QStringLiteral(", ")));
        item->setToolTip(3, f.relationIds.join(QLatin1Char('\n')));
    }
    m_errors = errors;
    if (findings.isEmpty())
        m_summary = tr("No findings: no contradictions, shadowed rules, cycles or unused terms.");
    else
        m_summary = tr("%1 errors, %2 warnings, %3 notes.").arg(errors).arg(warnings).arg(notes);
    for (int c = 0; c < columnCount(); ++c) {
        if (c != 2)
            resizeColumnToContents(c);
    }
}

} // namespace Lexecon::Ui
