#include "PolicyDiffTree.h"

#include <QHeaderView>
#include <QStyle>

namespace Lexecon::Ui {

PolicyDiffTree::PolicyDiffTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setAccessibleName(tr("Differences between the versions"));
    setHeaderLabels({tr("Change"), tr("Kind"), tr("Id"), tr("Before"), tr("After")});
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(true);
}

void PolicyDiffTree::clearDiff()
{
    clear();
}

void PolicyDiffTree::setDiff(const PolicyDiff &diff)
{
    clear();
    const auto addRow = [this](const PolicyDiff::Entry &e, const QString &what) {
        auto *item = new QTreeWidgetItem(this);
        QString change;
        QStyle::StandardPixmap icon = QStyle::SP_FileDialogDetailedView;
        switch (e.change) {
        case PolicyDiff::Change::Added:
            change = tr("Added");
            icon = QStyle::SP_FileDialogNewFolder;
            break;
        case PolicyDiff::Change::Removed:
            change = tr("Removed");
            icon = QStyle::SP_TrashIcon;
            break;
        case PolicyDiff::Change::Changed: change = tr("Changed (%1)").arg(e.fields.join(QStringLiteral(", "))); break;
        }
        item->setIcon(0, style()->standardIcon(icon));
        item->setText(0, change);
        item->setText(1, what.arg(e.kind));
        item->setText(2, e.id);
        item->setText(3, e.before);
        item->setText(4, e.after);
        item->setToolTip(3, e.before);
        item->setToolTip(4, e.after);
    };
    if (diff.modeChanged()) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, tr("Changed (mode)"));
        item->setText(1, tr("mode"));
        item->setText(3, diff.fromMode());
        item->setText(4, diff.toMode());
    }
    for (const PolicyDiff::Entry &e : diff.terms())
        addRow(e, tr("term (%1)"));
    for (const PolicyDiff::Entry &e : diff.relations())
        addRow(e, tr("relation (%1)"));
    if (diff.isEmpty()) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, tr("No differences"));
        item->setFirstColumnSpanned(true);
    }
    for (int c = 0; c < columnCount() - 1; ++c)
        resizeColumnToContents(c);
}

QStringList PolicyDiffTree::rowTexts() const
{
    QStringList rows;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = topLevelItem(i);
        QStringList cells;
        for (int c = 0; c < columnCount(); ++c)
            cells << item->text(c);
        rows << cells.join(QStringLiteral(" | "));
    }
    return rows;
}

} // namespace Lexecon::Ui
