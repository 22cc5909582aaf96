#include "PolicyVersionsPane.h"

#include "PolicyDiffTree.h"
#include "policy/PolicyDiff.h"
#include "policy/PolicyService.h"
#include "widgets/DetailHtml.h"
#include "widgets/PermissionNotice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Lexecon::Ui {

namespace {
enum Column { Version, Status, Name, Mode, Terms, Relations, LoadedAt, LoadedBy, Hash, ColumnCount };
}

PolicyVersionsPane::PolicyVersionsPane(PolicyService &policies, QWidget *parent)
    : QWidget(parent)
    , m_policies(policies)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setAccessibleName(tr("Policy versions"));
    m_table->setHorizontalHeaderLabels({tr("Version"), tr("Status"), tr("Name"), tr("Mode"), tr("Terms"),
                                        tr("Relations"), tr("Loaded at"), tr("Loaded by"), tr("Hash")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    m_compare = new QPushButton(tr("&Compare selected (Ctrl+D)"), this);
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_compare->setToolTip(tr("Select two versions, or one to compare with the active version"));
    m_activate = new QPushButton(tr("Activate selected (roll &back)"), this);
    m_activate->setToolTip(tr("Make the selected version the active policy again"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Policy versions message"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_diff = new PolicyDiffTree(this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_compare);
    bar->addWidget(m_activate);
    bar->addStretch(1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_diff);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_compare, &QPushButton::clicked, this, &PolicyVersionsPane::compareSelected);
    connect(m_activate, &QPushButton::clicked, this, &PolicyVersionsPane::activateSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PolicyVersionsPane::updateButtons);
    reload();
}

void PolicyVersionsPane::setActingUser(const std::optional<Principal> &user)
{
    m_user = user;
    updateButtons();
}

void PolicyVersionsPane::reload()
{
    const QList<int> keep = selectedVersions();
    m_table->setRowCount(0);
    auto versions = m_policies.versions();
    if (!versions) {
        showMessage(tr("The versions cannot be read: %1").arg(versions.error().message), true);
        return;
    }
    QList<PolicyVersionInfo> list = *versions;
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.version > b.version; });
    m_table->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const PolicyVersionInfo &v = list.at(row);
        const QStringList cells{QString::number(v.version),
                                v.active ? tr("● Active") : QString(),
                                v.name,
                                v.mode,
                                QString::number(v.termCount),
                                QString::number(v.relationCount),
                                localTimeText(timestampMs(v.loadedAt)),
                                v.loadedBy,
                                v.hash.left(16) + QStringLiteral("…")};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == Version)
                item->setData(Qt::UserRole, v.version);
            if (c == Hash)
                item->setToolTip(v.hash);
            if (v.active) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    selectVersions(keep);
    updateButtons();
}

void PolicyVersionsPane::selectVersions(const QList<int> &versions)
{
    m_table->clearSelection();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (versions.contains(m_table->item(row, Version)->data(Qt::UserRole).toInt()))
            m_table->selectionModel()->select(m_table->model()->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QList<int> PolicyVersionsPane::selectedVersions() const
{
    QList<int> versions;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows(Version))
        versions << index.data(Qt::UserRole).toInt();
    std::sort(versions.begin(), versions.end());
    return versions;
}

void PolicyVersionsPane::compareSelected()
{
    QList<int> versions = selectedVersions();
    const auto active = m_policies.activeInfo();
    if (versions.size() == 1 && active && active->version != versions.first())
        versions = {std::min(versions.first(), active->version), std::max(versions.first(), active->version)};
    if (versions.size() != 2) {
        showMessage(tr("Select two versions to compare, or one that is not the active version."), true);
        return;
    }
    auto from = m_policies.content(versions.at(0));
    auto to = m_policies.content(versions.at(1));
    if (!from || !to) {
        showMessage(tr("The versions cannot be read: %1").arg((!from ? from.error() : to.error()).message), true);
        return;
    }
    const PolicyDiff diff = PolicyDiff::between(*from, *to);
    m_diff->setDiff(diff);
    showMessage(tr("From version %1 to version %2: %3 term changes and %4 relation changes.")
                    .arg(versions.at(0))
                    .arg(versions.at(1))
                    .arg(diff.terms().size())
                    .arg(diff.relations().size()),
                false);
}

void PolicyVersionsPane::activateSelected()
{
    const QList<int> versions = selectedVersions();
    if (versions.size() != 1) {
        showMessage(tr("Select the one version to activate."), true);
        return;
    }
    if (const QString why = PermissionNotice::refusal(m_user, Permission::ManagePolicies, tr("activate a policy"));
        !why.isEmpty()) {
        showMessage(why, true);
        return;
    }
    auto done = m_policies.activate(versions.first(), *m_user);
    if (!done) {
        showMessage(tr("Version %1 was not activated: %2").arg(versions.first()).arg(done.error().message), true);
        return;
    }
    reload();
    showMessage(tr("Version %1 is now the active policy.").arg(done->version), false);
    Q_EMIT activated(done->version);
}

void PolicyVersionsPane::updateButtons()
{
    const int selected = int(selectedVersions().size());
    m_compare->setEnabled(selected == 1 || selected == 2);
    const QString refusal = PermissionNotice::refusal(m_user, Permission::ManagePolicies, tr("activate a policy"));
    m_activate->setEnabled(refusal.isEmpty() && selected == 1);
    m_activate->setToolTip(refusal.isEmpty() ? tr("Make the selected version the active policy again") : refusal);
}

void PolicyVersionsPane::showMessage(const QString &text, bool isError)
{
    m_message->setText(isError ? tr("⚠ %1").arg(text) : text);
}

QString PolicyVersionsPane::messageText() const
{
    return m_message->text();
}

} // namespace Lexecon::Ui
