#pragma once

#include "auth/Principal.h"

#include <QGroupBox>
#include <QHash>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Lexecon {
class Workspace;
}

namespace Lexecon::Ui {

// SLA durations and breach actions per priority, and the warning lead time. Saved to the workspace
// settings (key "sla", SlaPolicy's JSON) as the acting user with manage_settings, and applied to
// new escalations at once; escalations already open keep their deadlines.
class SlaSettingsBox : public QGroupBox
{
    Q_OBJECT
public:
    static const QString SettingKey; // "sla"

    explicit SlaSettingsBox(Workspace &workspace, QWidget *parent = nullptr);

    void setActingUser(const std::optional<Principal> &user);

    QSpinBox *hoursFor(const QString &priority) const { return m_hours.value(priority); }
    QComboBox *actionFor(const QString &priority) const { return m_actions.value(priority); }
    QSpinBox *warningMinutes() const { return m_warning; }
    QPushButton *saveButton() const { return m_save; }
    QString messageText() const;

public Q_SLOTS:
    void load();
    // Validates and saves; on any error shows it and saves nothing. Returns whether it saved.
    bool save();

private:
    Workspace &m_workspace;
    std::optional<Principal> m_user;
    QHash<QString, QSpinBox *> m_hours;
    QHash<QString, QComboBox *> m_actions;
    QSpinBox *m_warning = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Lexecon::Ui
