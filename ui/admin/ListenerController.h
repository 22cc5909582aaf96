#pragma once

#include "intake/IntakeOptions.h"

#include <QObject>
#include <QString>

#include <memory>

class QSettings;

namespace Lexecon {
class HttpIntake;
class Workspace;
}

namespace Lexecon::Ui {

// The desk's HTTP listener: owns the HttpIntake of the open workspace, keeps its options in the
// desk's settings (QSettings group "intake"; they belong to this machine, not to the workspace)
// and remembers whether it was on, so the next launch resumes listening.
class ListenerController : public QObject
{
    Q_OBJECT
public:
    ListenerController(Workspace &workspace, QSettings &settings, QObject *parent = nullptr);
    ~ListenerController() override;

    IntakeOptions options() const { return m_options; }
    // Validates and persists; a running listener restarts with the new options.
    // Returns the reason when the options are refused (nothing is changed then).
    QString setOptions(const IntakeOptions &options);

    // Starts listening; returns an empty string, or the sentence that says why it cannot.
    QString start();
    void stop();
    // Starts when the settings say the listener was on at the last exit; the reason if it fails.
    QString restore();

    bool isRunning() const;
    QString address() const;
    double requestsPerSecond() const;
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void stateChanged();

private:
    void save() const;

    QSettings &m_settings;
    std::unique_ptr<HttpIntake> m_intake;
    IntakeOptions m_options;
    QString m_lastError;
};

} // namespace Lexecon::Ui
