#include "PacketRequestsPane.h"

#include "widgets/BackgroundJob.h"
#include "widgets/PermissionNotice.h"

#include "HtmlPdfRenderer.h"
#include "audit/PacketBuilder.h"
#include "audit/PacketRequestService.h"
#include "audit/PacketScope.h"
#include "audit/PacketWorkspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Lexecon::Ui {

namespace {

QPushButton *button(const QString &text, const QKeySequence &shortcut, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    if (!shortcut.isEmpty())
        b->setShortcut(shortcut); // Refresh has none: F5 is the main window's View > Reload
    const QString plain = QString(text).remove(QLatin1Char('&'));
    b->setToolTip(
        shortcut.isEmpty() ? plain : QStringLiteral("%1 (%2)").arg(plain, shortcut.toString(QKeySequence::NativeText)));
    b->setAccessibleName(QString(plain).remove(QStringLiteral("…")));
    return b;
}

QString who(const QString &actor)
{
    return actor.startsWith(QLatin1String("user:")) ? actor.mid(5) : actor;
}

QString dateText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

} // namespace

PacketRequestsPane::PacketRequestsPane(Workspace &workspace, PacketRequestService &requests, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_requests(requests)
    , m_job(new BackgroundJob(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildForm());

    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setAccessibleName(tr("Permission notice"));
    layout->addWidget(m_notice);

    m_table = new QTableWidget(0, 8, this);
    m_table->setHorizontalHeaderLabels({tr("Request"), tr("Status"), tr("Scope"), tr("Period"), tr("Formats"),
                                        tr("Requested by"), tr("Decided by"), tr("Builds")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Packet requests"));
    layout->addWidget(m_table, 1);

    auto *actions = new QHBoxLayout;
    m_approve = button(tr("&Approve"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this);
    m_reject = button(tr("Re&ject…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), this);
    m_build = button(tr("&Build packet…"), QKeySequence(Qt::CTRL | Qt::Key_B), this);
    m_cancel = button(tr("&Cancel build"), QKeySequence(Qt::Key_Escape), this);
    m_cancel->setEnabled(false);
    m_openBuilt = button(tr("&Verify built packet"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this);
    m_openBuilt->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setAccessibleName(tr("Build progress"));
    auto *refresh = button(tr("Re&fresh"), QKeySequence(), this);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_approve, m_reject, m_build, m_cancel, m_progress, m_openBuilt, refresh})
        actions->addWidget(w);
    layout->addLayout(actions);

    auto *messageRow = new QHBoxLayout;
    m_messageIcon = new QLabel(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Outcome"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    messageRow->addWidget(m_messageIcon);
    messageRow->addWidget(m_message, 1);
    layout->addLayout(messageRow);

    // The pane shows each outcome itself; the results are for the tests.
    connect(m_request, &QPushButton::clicked, this, [this] { static_cast<void>(requestPacket()); });
    connect(m_approve, &QPushButton::clicked, this, [this] { static_cast<void>(approveSelected()); });
    connect(m_reject, &QPushButton::clicked, this, &PacketRequestsPane::askReject);
    connect(m_build, &QPushButton::clicked, this, &PacketRequestsPane::askBuild);
    connect(m_cancel, &QPushButton::clicked, m_job, &BackgroundJob::cancel);
    connect(refresh, &QPushButton::clicked, this, &PacketRequestsPane::reload);
    connect(m_openBuilt, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(m_lastBuilt); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PacketRequestsPane::updateButtons);
    connect(m_job, &BackgroundJob::progressed, this,
            [this](qint64 done, qint64 total) { m_progress->setValue(total > 0 ? int(1000 * done / total) : 0); });
    connect(m_job, &BackgroundJob::finished, this, &PacketRequestsPane::buildFinished);
    reload();
}

QWidget *PacketRequestsPane::buildForm()
{
    auto *box = new QGroupBox(tr("New packet request"), this);
    auto *form = new QFormLayout(box);
    m_scope = new QComboBox(box);
    m_scope->addItems(PacketScope::names());
    m_scope->setAccessibleName(tr("Scope"));
    auto *scopeLabel = new QLabel(tr("S&cope:"), box);
    scopeLabel->setBuddy(m_scope);
    form->addRow(scopeLabel, m_scope);

    auto *range = new QHBoxLayout;
    m_wholeHistory = new QCheckBox(tr("&Whole history"), box);
    m_wholeHistory->setChecked(true);
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), box);
    m_to = new QDateEdit(QDate::currentDate(), box);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date (inclusive)"));
    connect(m_wholeHistory, &QCheckBox::toggled, this, [this](bool whole) {
        m_from->setEnabled(!whole);
        m_to->setEnabled(!whole);
    });
    range->addWidget(m_wholeHistory);
    range->addWidget(new QLabel(tr("from"), box));
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), box));
    range->addWidget(m_to);
    range->addStretch();
    form->addRow(tr("Period (UTC):"), range);

    auto *formats = new QHBoxLayout;
    for (const QString &f : PacketScope::formatNames()) {
        auto *check = new QCheckBox(f.toUpper(), box);
        check->setObjectName(f);
        check->setChecked(f != QLatin1String("pdf"));
        check->setAccessibleName(tr("Format %1").arg(f.toUpper()));
        m_formats << check;
        formats->addWidget(check);
    }
    m_request = button(tr("&Request packet"), QKeySequence(Qt::CTRL | Qt::Key_N), box);
    formats->addStretch();
    formats->addWidget(m_request);
    form->addRow(tr("Formats:"), formats);
    return box;
}

QCheckBox *PacketRequestsPane::formatBox(const QString &format) const
{
    for (QCheckBox *c : m_formats)
        if (c->objectName() == format)
            return c;
    return nullptr;
}

void PacketRequestsPane::setActingUser(const Principal &user)
{
    m_user = user;
    updateButtons();
}

QString PacketRequestsPane::message() const
{
    return m_message->text();
}

void PacketRequestsPane::showMessage(const QString &text, bool good)
{
    m_message->setText(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_messageIcon->setPixmap(
        style()->standardIcon(good ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_messageIcon->setAccessibleName(good ? tr("Done") : tr("Refused"));
}

void PacketRequestsPane::reload()
{
    const QString keep = selectedRequestId();
    auto rows = m_requests.list();
    if (!rows) {
        showMessage(rows.error().message, false);
        return;
    }
    m_rows = *rows;
    m_table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const PacketRequest &r = m_rows[i];
        const bool approved = r.status == PacketRequest::approved();
        const bool rejected = r.status == PacketRequest::rejected();
        const QIcon icon = style()->standardIcon(approved   ? QStyle::SP_DialogApplyButton
                                                 : rejected ? QStyle::SP_DialogCancelButton
                                                            : QStyle::SP_MessageBoxQuestion);
        const QString status = approved   ? tr("Approved")
                               : rejected ? tr("Rejected: %1").arg(r.rejectReason)
                                          : tr("Awaiting approval");
        const QString period = r.terms.fromMs == 0 && r.terms.toMs == 0
                                   ? tr("whole history")
                                   : tr("%1 to %2")
                                         .arg(r.terms.fromMs ? dateText(r.terms.fromMs) : tr("start"),
                                              r.terms.toMs ? dateText(r.terms.toMs - 1) : tr("now"));
        const QStringList cells{r.requestId,
                                status,
                                r.terms.scope,
                                period,
                                PacketScope::joinFormats(r.terms.formats),
                                who(r.requestedBy),
                                who(r.decidedBy),
                                QString::number(r.builtCount)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 1)
                item->setIcon(icon);
            item->setToolTip(cells[c]);
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (!keep.isEmpty())
        selectRequest(keep);
    updateButtons();
}

void PacketRequestsPane::selectRequest(const QString &requestId)
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].requestId == requestId)
            m_table->selectRow(i);
}

QString PacketRequestsPane::selectedRequestId() const
{
    const auto r = selected();
    return r ? r->requestId : QString();
}

std::optional<PacketRequest> PacketRequestsPane::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_rows.size())
        return std::nullopt;
    return m_rows[rows.first().row()];
}

void PacketRequestsPane::updateButtons()
{
    const auto r = selected();
    const bool running = m_job->isRunning();
    const QString requestRefusal =
        PermissionNotice::refusal(m_user, Permission::RequestAuditPacket, tr("request an audit packet"));
    const QString approveRefusal =
        PermissionNotice::refusal(m_user, Permission::ApproveAuditPacket, tr("approve or reject an audit packet"));
    m_request->setEnabled(requestRefusal.isEmpty());
    const bool pending = r && r->status == PacketRequest::requested();
    const bool own = r && m_user && r->requestedBy == m_user->ledgerActor();
    m_approve->setEnabled(pending && approveRefusal.isEmpty() && !own);
    m_reject->setEnabled(pending && approveRefusal.isEmpty() && !own);
    const bool mayBuild = m_user && PacketRequestService::mayBuild(*m_user).ok();
    m_build->setEnabled(!running && mayBuild && r && r->status == PacketRequest::approved());
    m_cancel->setEnabled(running);
    QStringList lines;
    for (const QString &s : {requestRefusal, approveRefusal})
        if (!s.isEmpty())
            lines << s;
    if (pending && own && approveRefusal.isEmpty())
        lines << tr("You requested this packet, so another compliance officer must approve it (four eyes).");
    m_notice->setText(lines.join(QLatin1Char('\n')));
    m_notice->setVisible(!lines.isEmpty());
}

Result<PacketRequest> PacketRequestsPane::requestPacket()
{
    PacketTerms terms;
    terms.scope = m_scope->currentText();
    terms.formats.clear();
    for (QCheckBox *c : m_formats)
        if (c->isChecked())
            terms.formats.insert(c->objectName());
    if (!m_wholeHistory->isChecked()) {
        terms.fromMs = QDateTime(m_from->date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        terms.toMs = QDateTime(m_to->date().addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    Result<PacketRequest> made = Error::forbidden(
        PermissionNotice::refusal(std::nullopt, Permission::RequestAuditPacket, tr("request an audit packet")));
    if (m_user)
        made = m_requests.request(terms, *m_user);
    if (!made) {
        showMessage(made.error().message, false);
        return made;
    }
    showMessage(tr("Request %1 recorded; a compliance officer other than you must approve it.").arg(made->requestId),
                true);
    reload();
    selectRequest(made->requestId);
    return made;
}

Result<PacketRequest> PacketRequestsPane::approveSelected()
{
    const auto r = selected();
    Result<PacketRequest> done = Error::invalid(QStringLiteral("request"), tr("Select a request in the table first."));
    if (r && !m_user)
        done = Error::forbidden(
            PermissionNotice::refusal(std::nullopt, Permission::ApproveAuditPacket, tr("approve an audit packet")));
    else if (r)
        done = m_requests.approve(r->requestId, *m_user);
    if (!done) {
        showMessage(done.error().message, false);
        return done;
    }
    showMessage(tr("Request %1 approved; it can now be built.").arg(done->requestId), true);
    reload();
    return done;
}

Result<PacketRequest> PacketRequestsPane::rejectSelected(const QString &reason)
{
    const auto r = selected();
    Result<PacketRequest> done = Error::invalid(QStringLiteral("request"), tr("Select a request in the table first."));
    if (r && !m_user)
        done = Error::forbidden(
            PermissionNotice::refusal(std::nullopt, Permission::ApproveAuditPacket, tr("reject an audit packet")));
    else if (r)
        done = m_requests.reject(r->requestId, reason, *m_user);
    if (!done) {
        showMessage(done.error().message, false);
        return done;
    }
    showMessage(tr("Request %1 rejected.").arg(done->requestId), true);
    reload();
    return done;
}

void PacketRequestsPane::askReject()
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(this, tr("Reject packet request"),
                                                          tr("Reason (at least 10 characters):"), QString(), &ok);
    if (ok)
        static_cast<void>(rejectSelected(reason.trimmed())); // shown in the pane
}

void PacketRequestsPane::askBuild()
{
    const auto r = selected();
    if (!r)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Build audit packet"),
                                                      QStringLiteral("audit-packet-%1.zip").arg(r->requestId),
                                                      tr("Audit packet (*.zip)"));
    if (!path.isEmpty())
        buildSelected(path);
}

bool PacketRequestsPane::buildSelected(const QString &path)
{
    const auto r = selected();
    if (!r || !m_user || m_job->isRunning())
        return false;
    PdfRenderer pdf;
    if (HtmlPdfRenderer::available())
        pdf = [](const QString &html) { return HtmlPdfRenderer::render(html, QStringLiteral("Audit packet")); };
    auto outcome = std::make_shared<Result<QString>>(Error::internal(tr("The build was cancelled.")));
    m_buildOutcome = outcome;
    m_buildPath = path;
    const PacketSources sources = packetSources(m_workspace, &m_requests);
    const Principal user = *m_user;
    const QString requestId = r->requestId;
    m_progress->setValue(0);
    const bool started =
        m_job->start([sources, pdf, user, requestId, path, outcome](const BackgroundJob::Progress &progress) {
            PacketBuilder builder(sources, pdf);
            builder.setProgress(
                [&progress](const QString &, double fraction) { return progress(qint64(fraction * 1000), 1000); });
            auto built = builder.buildRequest(requestId, path, user);
            *outcome = built ? Result<QString>(built->packetId) : Result<QString>(built.error());
        });
    if (started)
        showMessage(tr("Building the packet of request %1 into %2…").arg(requestId, path), true);
    updateButtons();
    return started;
}

void PacketRequestsPane::buildFinished()
{
    const bool built = m_buildOutcome && *m_buildOutcome;
    // A Cancel that came too late does not undo a finished packet: report what happened.
    m_progress->setValue(built ? 1000 : 0);
    if (!built && m_job->wasCancelled()) {
        showMessage(tr("The build was cancelled; no file was left behind."), false);
    } else if (built) {
        m_lastBuilt = m_buildPath;
        m_openBuilt->setEnabled(true);
        showMessage(tr("Packet %1 written to %2.").arg(m_buildOutcome->value(), m_buildPath), true);
        Q_EMIT packetBuilt(m_buildPath);
    } else if (m_buildOutcome) {
        showMessage(m_buildOutcome->error().message, false);
    }
    reload();
}

} // namespace Lexecon::Ui
