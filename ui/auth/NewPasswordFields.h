#pragma once

#include <QObject>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace Lexecon::Ui {

// A new password typed twice, with PasswordPolicy's own sentence shown as the user types: the
// part the first-run, add-user, reset and change-password dialogs share. The dialog adds the
// rows and the hint to its layout and asks update() whether its OK button may be enabled.
class NewPasswordFields : public QObject
{
    Q_OBJECT
public:
    explicit NewPasswordFields(QWidget *dialog);

    void addRows(QFormLayout *form, const QString &passwordLabel, const QString &repeatLabel);
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QLabel *hintLabel() const { return m_hint; }
    QString password() const;
    void clear();

    // Shows what the password still lacks for userName (or that it is fine); true when it meets
    // the rules and both entries match.
    bool update(const QString &userName);

Q_SIGNALS:
    void edited();

private:
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace Lexecon::Ui
