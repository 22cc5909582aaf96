#pragma once

#include "auth/Principal.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Lexecon {
class OidcIdentityService;
}

namespace Lexecon::Ui {

class ErrorLabel;

// How one user signs in through identity providers: their email address (a provider's verified
// email equal to it signs them in and records the link) and the explicit links an admin made
// from a provider's (issuer, subject) to this user. Every change is the core's, with ManageUsers.
class UserIdentitiesDialog : public QDialog
{
    Q_OBJECT
public:
    UserIdentitiesDialog(OidcIdentityService &identities, const QString &userName, const Principal &by,
                         QWidget *parent = nullptr);

    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *issuerEdit() const { return m_issuer; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QTableWidget *linksTable() const { return m_links; }
    QString errorText() const;

    void saveEmail();
    void link();
    void unlinkSelected();

private:
    void refresh();

    OidcIdentityService &m_identities;
    QString m_userName;
    Principal m_by;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_issuer = nullptr;
    QLineEdit *m_subject = nullptr;
    QTableWidget *m_links = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace Lexecon::Ui
