#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Lexecon::Ui {

class ListenerController;

// Where the listener binds and with which TLS certificate. Refused settings (a LAN address
// without TLS and without the explicit insecure choice, half a TLS pair, unreadable files) keep
// the dialog open with the reason; accepted ones are saved and a running listener restarts.
class ListenerSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ListenerSettingsDialog(ListenerController &controller, QWidget *parent = nullptr);

    QString error() const;

public Q_SLOTS:
    void accept() override;

private:
    ListenerController &m_controller;
    QLineEdit *m_listen = nullptr;
    QLineEdit *m_cert = nullptr;
    QLineEdit *m_key = nullptr;
    QCheckBox *m_insecure = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Lexecon::Ui
