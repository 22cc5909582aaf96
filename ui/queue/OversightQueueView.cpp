#include "OversightQueueView.h"

#include "EscalationDetailPane.h"
#include "ResolveDialog.h"
#include "SlaDelegate.h"

#include "escalation/EscalationQueueModel.h"
#include "escalation/EscalationService.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Lexecon::Ui {

namespace {

const QString kNoticeStyle =
    QStringLiteral("QLabel { background: palette(alternate-base); border: 1px solid palette(mid); padding: 6px; }");
const QString kErrorStyle = QStringLiteral("QLabel { color: white; background: #b71c1c; padding: 6px; }");
const QString kInfoStyle = QStringLiteral("QLabel { padding: 6px; }");

} // namespace

OversightQueueView::OversightQueueView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_model = new EscalationQueueModel(workspace.escalations(), workspace.clock(), this);

    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setAccessibleName(tr("Queue access"));
    m_notice->setStyleSheet(kNoticeStyle);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Queue message"));
    m_message->hide();

    m_claim = makeAction(tr("&Claim"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_approve = makeAction(tr("&Approve…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_deny = makeAction(tr("&Deny…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_defer = makeAction(tr("De&fer…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_escalateUp = makeAction(tr("&Escalate up…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(m_claim, &QAction::triggered, this, &OversightQueueView::claimSelected);
    connect(m_approve, &QAction::triggered, this, [this] { resolveSelected(Escalation::approved()); });
    connect(m_deny, &QAction::triggered, this, [this] { resolveSelected(Escalation::denied()); });
    connect(m_defer, &QAction::triggered, this, [this] { resolveSelected(Escalation::deferred()); });
    connect(m_escalateUp, &QAction::triggered, this, [this] { resolveSelected(Escalation::escalatedUp()); });

    auto *toolbar = new QToolBar(tr("Escalation actions"), this);
    toolbar->setAccessibleName(tr("Escalation actions"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions(queueActions());

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Oversight queue"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(EscalationQueueModel::Priority, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(EscalationQueueModel::TimeLeft, new SlaDelegate(m_table));
    m_table->setWordWrap(false); // one line a row; the summary's tooltip has the rest
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(EscalationQueueModel::Priority, 80);
    m_table->setColumnWidth(EscalationQueueModel::Summary, 220);
    m_table->setColumnWidth(EscalationQueueModel::ActorAction, 180);
    m_table->setColumnWidth(EscalationQueueModel::Risk, 90);
    m_table->setColumnWidth(EscalationQueueModel::TimeLeft, 255);
    m_table->setColumnWidth(EscalationQueueModel::Status, 90);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(queueActions());

    m_detail = new EscalationDetailPane(workspace, this);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    buildFilterBar(layout);
    layout->addWidget(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    // The selection survives reloads: remember the id before a reset, select it again after.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (const Escalation *e = selectedEscalation())
            m_keepSelected = e->escalationId;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            selectEscalation(m_keepSelected);
        else
            selectionChanged(); // a reload: the first page arrives as inserted rows
        updateCounts();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!selectedEscalation())
            selectEscalation(m_keepSelected);
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!selectedEscalation())
            selectEscalation({});
        updateCounts();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // The countdown alone (tick) changes nothing the pane or the actions show.
                if (topLeft.column() == EscalationQueueModel::TimeLeft && bottomRight.column() == topLeft.column())
                    return;
                const int row = m_table->currentIndex().row();
                if (row >= topLeft.row() && row <= bottomRight.row())
                    selectionChanged();
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OversightQueueView::selectionChanged);

    // One second: the countdowns repaint from the deadline and the clock; nothing is queried.
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        // Off screen (another page, a minimized window) there is nothing to repaint; the cells
        // compute from the clock when painted again, so nothing is missed.
        if (isVisible() && !window()->isMinimized())
            m_model->tick();
        if (++m_ticks % 30 == 0)
            updateCounts(); // warning and breach counts move with time
    });
    m_tick->start();

    selectEscalation({});
    updateActions();
    updateCounts();
}

QAction *OversightQueueView::makeAction(const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    // Active while the queue has the focus; the window's menu shows the same action and shortcut.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

void OversightQueueView::buildFilterBar(QLayout *into)
{
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("Open"), Escalation::openStatuses());
    m_status->addItem(tr("Pending"), QStringList{Escalation::pending()});
    m_status->addItem(tr("In review"), QStringList{Escalation::inReview()});
    m_status->addItem(tr("Deferred"), QStringList{Escalation::deferred()});
    m_status->addItem(tr("Resolved"), QStringList{Escalation::resolved()});
    m_status->addItem(tr("All statuses"), QStringList{});

    m_priority = new QComboBox(this);
    m_priority->setAccessibleName(tr("Priority filter"));
    m_priority->addItem(tr("All priorities"), QString());
    for (const char *p : {"critical", "high", "medium", "low"})
        m_priority->addItem(EscalationQueueModel::priorityName(QString::fromLatin1(p)), QString::fromLatin1(p));

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search summary, actor, action, id or assignee"));
    m_search->setAccessibleName(tr("Search escalations"));
    m_search->setClearButtonEnabled(true);

    m_mine = new QCheckBox(tr("&Mine only"), this);
    m_mine->setAccessibleName(tr("Only escalations I hold"));
    m_mine->setEnabled(false);

    m_counts = new QLabel(this);
    m_counts->setAccessibleName(tr("Queue counts"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status);
    bar->addWidget(m_priority);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_mine);
    bar->addWidget(m_counts);
    static_cast<QVBoxLayout *>(into)->addLayout(bar);

    connect(m_status, &QComboBox::currentIndexChanged, this, &OversightQueueView::applyFilter);
    connect(m_priority, &QComboBox::currentIndexChanged, this, &OversightQueueView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &OversightQueueView::applyFilter);
    connect(m_mine, &QCheckBox::toggled, this, &OversightQueueView::applyFilter);
}

void OversightQueueView::applyFilter()
{
    EscalationFilter f;
    f.statuses = m_status->currentData().toStringList();
    f.priority = m_priority->currentData().toString();
    f.text = m_search->text().trimmed();
    if (m_mine->isChecked() && m_user)
        f.assignee = m_user->ledgerActor();
    m_model->setFilter(f);
}

QList<QAction *> OversightQueueView::queueActions() const
{
    return {m_claim, m_approve, m_deny, m_defer, m_escalateUp};
}

QAction *OversightQueueView::resolveAction(const QString &outcome) const
{
    if (outcome == Escalation::approved())
        return m_approve;
    if (outcome == Escalation::denied())
        return m_deny;
    if (outcome == Escalation::deferred())
        return m_defer;
    if (outcome == Escalation::escalatedUp())
        return m_escalateUp;
    return nullptr;
}

void OversightQueueView::setActingUser(const Principal &user)
{
    m_user = user;
    m_mine->setEnabled(true);
    updateActions();
}

const Escalation *OversightQueueView::selectedEscalation() const
{
    return m_model->escalationAt(m_table->currentIndex().row());
}

void OversightQueueView::selectEscalation(const QString &escalationId)
{
    int row = escalationId.isEmpty() ? -1 : m_model->rowOf(escalationId);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0; // something is always selected, so the keyboard and the pane have a subject
    m_keepSelected.clear();
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, EscalationQueueModel::Priority));
    selectionChanged();
}

void OversightQueueView::selectionChanged()
{
    const Escalation *e = selectedEscalation();
    if (e)
        m_detail->show(*e);
    else
        m_detail->clear();
    updateActions();
}

QString OversightQueueView::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

QString OversightQueueView::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void OversightQueueView::updateActions()
{
    QString why; // why nothing can be done at all
    if (!m_user) {
        why = tr("Read-only: nobody is signed in at this desk. Sign in as a compliance officer to claim and "
                 "resolve escalations.");
    } else if (auto allowed = m_user->require(Permission::ResolveEscalation); !allowed) {
        why =
            tr("Read-only for %1 (%2): claiming and resolving escalations needs the %3 permission, which the "
               "compliance_officer and admin roles have. Ask an admin for that role.")
                .arg(m_user->name(), Roles::name(m_user->role()), Roles::permissionName(Permission::ResolveEscalation));
    }
    m_notice->setText(why);
    m_notice->setVisible(!why.isEmpty());

    const Escalation *e = selectedEscalation();
    const QString me = m_user ? m_user->ledgerActor() : QString();
    QString claimWhy = why;
    QString resolveWhy = why;
    if (why.isEmpty()) {
        if (!e) {
            claimWhy = resolveWhy = tr("Select an escalation first.");
        } else if (!e->isOpen()) {
            claimWhy = resolveWhy = tr("This escalation is already resolved.");
        } else if (!e->claimedBy.isEmpty() && e->claimedBy != me) {
            claimWhy = resolveWhy =
                tr("%1 holds this escalation; only they can act on it until they release it.").arg(e->claimedBy);
        } else if (e->claimedBy == me) {
            claimWhy = tr("You already hold this escalation.");
        }
    }
    m_claim->setEnabled(claimWhy.isEmpty());
    m_claim->setToolTip(claimWhy.isEmpty() ? tr("Take this escalation so that nobody else works on it") : claimWhy);
    for (QAction *a : {m_approve, m_deny, m_defer, m_escalateUp}) {
        a->setEnabled(resolveWhy.isEmpty());
        a->setToolTip(resolveWhy.isEmpty() ? a->text().remove(QLatin1Char('&')) : resolveWhy);
        a->setStatusTip(a->toolTip());
    }
    m_claim->setStatusTip(m_claim->toolTip());
}

void OversightQueueView::updateCounts()
{
    auto counts = m_workspace.escalations().counts();
    if (!counts) {
        m_counts->setText(tr("Counts unavailable: %1").arg(counts.error().message));
        return;
    }
    m_counts->setText(
        tr("%1 open · %2 warning · %3 breached").arg(counts->open).arg(counts->warning).arg(counts->breached));
}

void OversightQueueView::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? kErrorStyle : kInfoStyle);
    m_message->show();
}

void OversightQueueView::refresh()
{
    m_model->refresh();
    updateCounts();
}

void OversightQueueView::claimSelected()
{
    const Escalation *e = selectedEscalation();
    if (!e) {
        showMessage(tr("Select an escalation to claim."), true);
        return;
    }
    if (!m_user) {
        showMessage(noticeText(), true);
        return;
    }
    const QString id = e->escalationId;
    auto claimed = m_workspace.escalations().claim(id, *m_user);
    if (!claimed) {
        showMessage(tr("Escalation %1 was not claimed: %2").arg(id, claimed.error().message), true);
        return;
    }
    showMessage(tr("You hold escalation %1 now. Approve, deny, defer or escalate it up when you have decided.").arg(id),
                false);
    updateActions();
}

void OversightQueueView::resolveSelected(const QString &outcome)
{
    const Escalation *e = selectedEscalation();
    if (!e) {
        showMessage(tr("Select an escalation first."), true);
        return;
    }
    if (!m_user) {
        showMessage(noticeText(), true);
        return;
    }
    const Principal user = *m_user;
    EscalationService &service = m_workspace.escalations();
    const QString id = e->escalationId;
    auto *dialog = new ResolveDialog(
        *e, outcome,
        [&service, id, outcome, user](const QString &reason) { return service.resolve(id, outcome, reason, user); },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const Escalation &done = dialog->result();
        QString text = tr("Escalation %1: %2.").arg(id, EscalationQueueModel::outcomeName(done.outcome));
        if (!done.childEscalationId.isEmpty())
            text += QLatin1Char(' ') + tr("It continues as %1 at the next tier.").arg(done.childEscalationId);
        showMessage(text, false);
        updateActions();
    });
    dialog->open();
}

} // namespace Lexecon::Ui
