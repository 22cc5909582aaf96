#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace Lexecon::Ui {

class ListenerController;

// The status bar's view of the HTTP listener: a coloured state dot, the address and the request
// rate, refreshed every second, and a button that starts or stops it.
class ListenerStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ListenerStatusWidget(ListenerController &controller, QWidget *parent = nullptr);

    QString text() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // A start failed; the sentence says why (the window shows it).
    void startFailed(const QString &reason);

private:
    ListenerController &m_controller;
    QLabel *m_dot = nullptr;
    QLabel *m_label = nullptr;
    QToolButton *m_toggle = nullptr;
};

} // namespace Lexecon::Ui
