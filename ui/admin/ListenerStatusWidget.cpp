#include "ListenerStatusWidget.h"

#include "ListenerController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolButton>

namespace Lexecon::Ui {

ListenerStatusWidget::ListenerStatusWidget(ListenerController &controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_dot = new QLabel(this);
    m_dot->setFixedSize(10, 10);
    m_label = new QLabel(this);
    m_toggle = new QToolButton(this);
    m_toggle->setAutoRaise(true);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    layout->addWidget(m_toggle);

    connect(m_toggle, &QToolButton::clicked, this, [this] {
        if (m_controller.isRunning()) {
            m_controller.stop();
        } else if (const QString why = m_controller.start(); !why.isEmpty()) {
            Q_EMIT startFailed(why);
        }
        refresh();
    });
    connect(&m_controller, &ListenerController::stateChanged, this, &ListenerStatusWidget::refresh);
    auto *timer = new QTimer(this);
    timer->setInterval(1000);
    connect(timer, &QTimer::timeout, this, &ListenerStatusWidget::refresh);
    timer->start();
    refresh();
}

QString ListenerStatusWidget::text() const
{
    return m_label->text();
}

void ListenerStatusWidget::refresh()
{
    const bool running = m_controller.isRunning();
    QString text;
    QString colour;
    if (running) {
        text = tr("Listening on %1 · %2 req/s")
                   .arg(m_controller.address(), QLocale().toString(m_controller.requestsPerSecond(), 'f', 1));
        colour = QStringLiteral("#2e7d32");
    } else if (!m_controller.lastError().isEmpty()) {
        text = tr("Listener stopped: %1").arg(m_controller.lastError());
        colour = QStringLiteral("#c62828");
    } else {
        text = tr("Listener off");
        colour = QStringLiteral("#9e9e9e");
    }
    m_dot->setStyleSheet(QStringLiteral("background:%1;border-radius:5px;").arg(colour));
    m_label->setText(text);
    m_label->setToolTip(running ? tr("AI systems send decision requests to %1 with an API key.").arg(m_controller.address())
                                : tr("AI systems cannot ask for decisions while the listener is off."));
    m_toggle->setText(running ? tr("Stop") : tr("Start"));
    m_toggle->setToolTip(running ? tr("Stop the HTTP listener") : tr("Start the HTTP listener"));
}

} // namespace Lexecon::Ui
