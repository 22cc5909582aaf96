#include "ListenerController.h"

#include "intake/HttpIntake.h"

#include <QSettings>

namespace Lexecon::Ui {

namespace {

const QString kListen = QStringLiteral("intake/listen");
const QString kTlsCert = QStringLiteral("intake/tls_cert");
const QString kTlsKey = QStringLiteral("intake/tls_key");
const QString kInsecureLan = QStringLiteral("intake/insecure_lan");
const QString kEnabled = QStringLiteral("intake/enabled");

QString listenText(const IntakeOptions &o)
{
    return o.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(o.host).arg(o.port)
                                             : QStringLiteral("%1:%2").arg(o.host).arg(o.port);
}

} // namespace

ListenerController::ListenerController(Workspace &workspace, QSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_intake(std::make_unique<HttpIntake>(workspace))
{
    // Saved options that no longer parse (edited by hand) fall back to the safe defaults.
    IntakeOptions saved;
    if (IntakeOptions::parseListen(m_settings.value(kListen, listenText(saved)).toString(), &saved)) {
        saved.tlsCertFile = m_settings.value(kTlsCert).toString();
        saved.tlsKeyFile = m_settings.value(kTlsKey).toString();
        saved.insecureLan = m_settings.value(kInsecureLan, false).toBool();
        m_options = saved;
    }
    connect(m_intake.get(), &HttpIntake::runningChanged, this, &ListenerController::stateChanged);
}

ListenerController::~ListenerController()
{
    // Stopping on exit is not the user turning the listener off: keep "enabled" as it is.
    m_intake->stop();
}

QString ListenerController::setOptions(const IntakeOptions &options)
{
    if (auto valid = options.validate(); !valid)
        return valid.error().message;
    const bool wasRunning = isRunning();
    m_options = options;
    save();
    if (wasRunning) {
        m_intake->stop();
        return start();
    }
    return {};
}

QString ListenerController::start()
{
    if (isRunning())
        return {};
    auto started = m_intake->start(m_options);
    m_lastError = started ? QString() : started.error().message;
    if (started) {
        m_settings.setValue(kEnabled, true);
        m_settings.sync();
    }
    Q_EMIT stateChanged();
    return m_lastError;
}

void ListenerController::stop()
{
    m_intake->stop();
    m_lastError.clear();
    m_settings.setValue(kEnabled, false);
    m_settings.sync();
    Q_EMIT stateChanged();
}

QString ListenerController::restore()
{
    if (!m_settings.value(kEnabled, false).toBool())
        return {};
    return start();
}

bool ListenerController::isRunning() const
{
    return m_intake->isRunning();
}

QString ListenerController::address() const
{
    return m_intake->address();
}

double ListenerController::requestsPerSecond() const
{
    return m_intake->requestsPerSecond();
}

void ListenerController::save() const
{
    m_settings.setValue(kListen, listenText(m_options));
    m_settings.setValue(kTlsCert, m_options.tlsCertFile);
    m_settings.setValue(kTlsKey, m_options.tlsKeyFile);
    m_settings.setValue(kInsecureLan, m_options.insecureLan);
    m_settings.sync();
}

} // namespace Lexecon::Ui
