#pragma once

#include "auth/Principal.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Lexecon {
class PolicyService;
}

namespace Lexecon::Ui {

class PolicyDiffTree;

// Every stored policy version; the difference between any two selected (or the selected one and
// the active one); and roll back, which activates an older version again (needs manage_policies).
class PolicyVersionsPane : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyVersionsPane(PolicyService &policies, QWidget *parent = nullptr);

    void setActingUser(const std::optional<Principal> &user);

    QTableWidget *table() const { return m_table; }
    PolicyDiffTree *diffTree() const { return m_diff; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *activateButton() const { return m_activate; }
    QString messageText() const;

public Q_SLOTS:
    void reload();
    // Selects the rows of these versions (tests, keyboard users via the table).
    void selectVersions(const QList<int> &versions);
    // Shows the diff between the two selected versions, older to newer, or selected to active.
    void compareSelected();
    // Activates the selected version; refused without manage_policies, with the reason shown.
    void activateSelected();

Q_SIGNALS:
    void activated(int version);

private:
    QList<int> selectedVersions() const;
    void updateButtons();
    void showMessage(const QString &text, bool isError);

    PolicyService &m_policies;
    std::optional<Principal> m_user;
    QTableWidget *m_table = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_activate = nullptr;
    QLabel *m_message = nullptr;
    PolicyDiffTree *m_diff = nullptr;
};

} // namespace Lexecon::Ui
