#pragma once

#include "auth/Principal.h"

#include <QGroupBox>
#include <QHash>

#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;

namespace Lexecon {
class Workspace;
}

namespace Lexecon::Ui {

// The six risk dimensions' weights (integer percent). The core's rules decide (each 0-100, sum
// 100); refused weights say why and save nothing. Saved to the workspace settings (key
// "risk_weights") as the acting user with manage_settings; the scorer takes them at the next start.
class RiskWeightsBox : public QGroupBox
{
    Q_OBJECT
public:
    static const QString SettingKey; // "risk_weights"

    explicit RiskWeightsBox(Workspace &workspace, QWidget *parent = nullptr);

    void setActingUser(const std::optional<Principal> &user);

    QSpinBox *weightFor(const QString &dimension) const { return m_weights.value(dimension); }
    QPushButton *saveButton() const { return m_save; }
    QString messageText() const;
    QString sumText() const;

public Q_SLOTS:
    void load();
    // Validates through RiskWeights and saves; on any error shows it and saves nothing.
    bool save();
    void resetToDefaults();

private:
    void updateSum();

    Workspace &m_workspace;
    std::optional<Principal> m_user;
    QHash<QString, QSpinBox *> m_weights;
    QLabel *m_sum = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_defaults = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Lexecon::Ui
