#pragma once

#include "auth/Principal.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

namespace Lexecon {
class Workspace;
}

namespace Lexecon::Ui {

class ListenerController;
class RiskWeightsBox;
class SignInSettingsBox;
class SlaSettingsBox;

// The settings screen: the data dir (read-only, Open folder), the intake listener (this desk's),
// SLA durations and breach actions and risk weights (the workspace's: saved as the acting user
// with manage_settings, each change a ledger entry), and the language (this desk's, QSettings
// key "ui/language", applied at the next start).
class SettingsView : public QWidget
{
    Q_OBJECT
public:
    static const QString LanguageKey; // "ui/language": "" (system), "en", "de", "fr"

    SettingsView(Workspace &workspace, ListenerController &listener, QSettings &deskSettings,
                 QWidget *parent = nullptr);

    void setActingUser(const Principal &user);

    SlaSettingsBox *slaSettings() const { return m_sla; }
    RiskWeightsBox *riskWeights() const { return m_weights; }
    SignInSettingsBox *signInSettings() const { return m_signIn; }
    QComboBox *languageBox() const { return m_language; }
    QLineEdit *dataDirEdit() const { return m_dataDir; }
    QPushButton *listenerSettingsButton() const { return m_listenerSettings; }
    QString listenerText() const;
    QString noticeText() const;

public Q_SLOTS:
    // Re-reads the saved settings into the form (discarding unsaved edits).
    void reload();

Q_SIGNALS:
    // The stored language changed; it takes effect at the next start.
    void languageChanged(const QString &code);

private:
    QWidget *buildDesk();
    void updateListener();
    void updateNotice();

    Workspace &m_workspace;
    ListenerController &m_listener;
    QSettings &m_desk;
    std::optional<Principal> m_user;
    QLabel *m_notice = nullptr;
    QLineEdit *m_dataDir = nullptr;
    QLabel *m_listenerState = nullptr;
    QPushButton *m_listenerSettings = nullptr;
    QPushButton *m_listenerToggle = nullptr;
    QComboBox *m_language = nullptr;
    SlaSettingsBox *m_sla = nullptr;
    RiskWeightsBox *m_weights = nullptr;
    SignInSettingsBox *m_signIn = nullptr;
};

} // namespace Lexecon::Ui
