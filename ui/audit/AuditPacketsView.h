#pragma once

#include <QWidget>

#include <memory>

class QTabWidget;

namespace Lexecon {
class PacketRequestService;
class Principal;
class Workspace;
} // namespace Lexecon

namespace Lexecon::Ui {

class PacketOpenPane;
class PacketRequestsPane;

// The Audit packets screen (view "audit"): the four-eyes requests (request, approve or reject,
// build with progress) and "Open packet…" to verify and browse a packet received from elsewhere.
// A packet just built can be opened in the second tab with one click.
class AuditPacketsView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPacketsView(Workspace &workspace, QWidget *parent = nullptr);
    ~AuditPacketsView() override;

    void setActingUser(const Principal &user);

    PacketRequestsPane *requestsPane() const { return m_requests; }
    PacketOpenPane *openPane() const { return m_open; }
    QTabWidget *tabs() const { return m_tabs; }

public Q_SLOTS:
    void reload();
    // Switches to the second tab and verifies path.
    void openPacket(const QString &path);

private:
    std::unique_ptr<PacketRequestService> m_service;
    QTabWidget *m_tabs = nullptr;
    PacketRequestsPane *m_requests = nullptr;
    PacketOpenPane *m_open = nullptr;
};

} // namespace Lexecon::Ui
