#include "PolicyBrowser.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Lexecon::Ui {

namespace {
enum Column { Id, Kind, Source, Target, Object, Details };
}

PolicyBrowser::PolicyBrowser(QWidget *parent)
    : QWidget(parent)
{
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter terms and relations (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter terms and relations"));
    m_filter->setClearButtonEnabled(true);
    auto *find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_filter, [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });

    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Kind filter"));
    m_kind->addItem(tr("All kinds"), QString());
    for (Term::Type t :
         {Term::Type::Actor, Term::Type::Action, Term::Type::DataClass, Term::Type::Resource, Term::Type::Context})
        m_kind->addItem(tr("Term: %1").arg(Term::typeName(t)), Term::typeName(t));
    for (Relation::Type t : {Relation::Type::Permits, Relation::Type::Forbids, Relation::Type::Requires,
                             Relation::Type::Implies, Relation::Type::Conflicts})
        m_kind->addItem(tr("Relation: %1").arg(Relation::typeName(t)), Relation::typeName(t));
    m_count = new QLabel(this);

    m_tree = new QTreeWidget(this);
    m_tree->setAccessibleName(tr("Terms and relations of the policy"));
    m_tree->setHeaderLabels({tr("Id"), tr("Kind"), tr("Source"), tr("Target"), tr("On"), tr("Label / justification")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_kind);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &PolicyBrowser::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PolicyBrowser::applyFilter);
}

void PolicyBrowser::setPolicy(const Policy &policy)
{
    m_tree->clear();
    auto *terms = new QTreeWidgetItem(m_tree, {tr("Terms (%1)").arg(policy.terms.size())});
    terms->setFirstColumnSpanned(true);
    for (const Term &t : policy.terms) {
        auto *item = new QTreeWidgetItem(terms);
        item->setText(Id, t.id);
        item->setText(Kind, Term::typeName(t.type));
        item->setText(Details, t.description.isEmpty() ? t.label : tr("%1 — %2").arg(t.label, t.description));
        item->setToolTip(Details, item->text(Details));
    }
    auto *relations = new QTreeWidgetItem(m_tree, {tr("Relations (%1)").arg(policy.relations.size())});
    relations->setFirstColumnSpanned(true);
    for (const Relation &r : policy.relations) {
        auto *item = new QTreeWidgetItem(relations);
        item->setText(Id, r.id);
        item->setToolTip(Id, r.id);
        item->setText(Kind, Relation::typeName(r.type));
        item->setText(Source, r.source);
        item->setText(Target, r.target);
        item->setText(Object, r.object);
        item->setText(Details, r.justification);
        item->setToolTip(Details, r.justification);
    }
    m_tree->expandAll();
    // Long relation ids must not push the justification off screen: cap each column, ids in tooltips.
    const int cap = m_tree->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 24;
    for (int c = Id; c < Details; ++c) {
        m_tree->resizeColumnToContents(c);
        m_tree->setColumnWidth(c, std::min(m_tree->columnWidth(c), cap));
    }
    applyFilter();
}

void PolicyBrowser::clearPolicy(const QString &why)
{
    m_tree->clear();
    auto *item = new QTreeWidgetItem(m_tree, {why});
    item->setFirstColumnSpanned(true);
    m_count->clear();
}

void PolicyBrowser::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    const QString kind = m_kind->currentData().toString();
    int shown = 0, total = 0;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            bool match = kind.isEmpty() || item->text(Kind) == kind;
            if (match && !text.isEmpty()) {
                match = false;
                for (int c = Id; c <= Details && !match; ++c)
                    match = item->text(c).contains(text, Qt::CaseInsensitive);
            }
            item->setHidden(!match);
            shown += match;
            ++total;
        }
    }
    m_count->setText(tr("%1 of %2 shown").arg(shown).arg(total));
}

int PolicyBrowser::visibleCount() const
{
    int shown = 0;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            shown += !group->child(i)->isHidden();
    }
    return shown;
}

} // namespace Lexecon::Ui
