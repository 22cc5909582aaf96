#include "AuditPacketsView.h"

#include "PacketOpenPane.h"
#include "PacketRequestsPane.h"

#include "audit/PacketRequestService.h"
#include "workspace/Workspace.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Lexecon::Ui {

AuditPacketsView::AuditPacketsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    // The workspace does not own the requests service yet; the CLI builds it the same way.
    , m_service(std::make_unique<PacketRequestService>(workspace.database(), workspace.ledger(), workspace.clock()))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_requests = new PacketRequestsPane(workspace, *m_service, m_tabs);
    m_open = new PacketOpenPane(m_tabs);
    m_tabs->addTab(m_requests, tr("&Requests"));
    m_tabs->addTab(m_open, tr("O&pen packet"));
    m_tabs->setAccessibleName(tr("Audit packets"));
    layout->addWidget(m_tabs);

    connect(m_requests, &PacketRequestsPane::openRequested, this, &AuditPacketsView::openPacket);
}

AuditPacketsView::~AuditPacketsView() = default;

void AuditPacketsView::setActingUser(const Principal &user)
{
    m_requests->setActingUser(user);
}

void AuditPacketsView::reload()
{
    m_requests->reload();
}

void AuditPacketsView::openPacket(const QString &path)
{
    m_tabs->setCurrentWidget(m_open);
    m_open->openPacket(path);
}

} // namespace Lexecon::Ui
