#include "UserIdentitiesDialog.h"

#include "auth/oidc/OidcIdentityService.h"
#include "widgets/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Lexecon::Ui {

UserIdentitiesDialog::UserIdentitiesDialog(OidcIdentityService &identities, const QString &userName,
                                           const Principal &by, QWidget *parent)
    : QDialog(parent)
    , m_identities(identities)
    , m_userName(userName)
    , m_by(by)
{
    setWindowTitle(tr("Sign-in identities of %1").arg(userName));
    m_email = new QLineEdit(this);
    m_email->setAccessibleName(tr("Email address"));
    auto *saveEmail = new QPushButton(tr("&Save email"), this);
    connect(saveEmail, &QPushButton::clicked, this, &UserIdentitiesDialog::saveEmail);
    auto *emailRow = new QHBoxLayout;
    emailRow->addWidget(m_email, 1);
    emailRow->addWidget(saveEmail);

    m_links = new QTableWidget(0, 4, this);
    m_links->setHorizontalHeaderLabels({tr("Issuer"), tr("Subject"), tr("Linked by"), tr("How")});
    m_links->setAccessibleName(tr("Linked identities"));
    m_links->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_links->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_links->verticalHeader()->hide();
    m_links->horizontalHeader()->setStretchLastSection(true);
    auto *unlink = new QPushButton(tr("&Unlink selected"), this);
    connect(unlink, &QPushButton::clicked, this, &UserIdentitiesDialog::unlinkSelected);

    m_issuer = new QLineEdit(this);
    m_issuer->setAccessibleName(tr("Issuer"));
    m_issuer->setPlaceholderText(QStringLiteral("https://login.example.com/"));
    m_subject = new QLineEdit(this);
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setPlaceholderText(tr("The provider's user id (the ID token's sub claim)"));
    auto *linkButton = new QPushButton(tr("&Link identity"), this);
    connect(linkButton, &QPushButton::clicked, this, &UserIdentitiesDialog::link);
    auto *linkBox = new QGroupBox(tr("Link an identity"), this);
    auto *linkForm = new QFormLayout(linkBox);
    linkForm->addRow(tr("&Issuer:"), m_issuer);
    linkForm->addRow(tr("Su&bject:"), m_subject);
    linkForm->addRow(QString(), linkButton);

    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto *form = new QFormLayout;
    form->addRow(tr("&Email:"), emailRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_links, 1);
    layout->addWidget(unlink, 0, Qt::AlignLeft);
    layout->addWidget(linkBox);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, 420);
    if (auto email = m_identities.email(userName))
        m_email->setText(*email);
    refresh();
}

QString UserIdentitiesDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void UserIdentitiesDialog::refresh()
{
    m_links->setRowCount(0);
    auto links = m_identities.links(m_userName);
    if (!links) {
        m_error->showError(links.error().message);
        return;
    }
    for (const OidcLink &l : *links) {
        const int row = m_links->rowCount();
        m_links->insertRow(row);
        m_links->setItem(row, 0, new QTableWidgetItem(l.issuer));
        m_links->setItem(row, 1, new QTableWidgetItem(l.subject));
        m_links->setItem(row, 2, new QTableWidgetItem(tr("%1 on %2").arg(l.linkedBy, l.linkedAt.left(10))));
        m_links->setItem(row, 3, new QTableWidgetItem(l.method == QLatin1String("admin") ? tr("by an administrator")
                                                                                        : tr("by verified email")));
    }
    m_links->resizeColumnsToContents();
}

void UserIdentitiesDialog::saveEmail()
{
    m_error->clearError();
    if (auto set = m_identities.setEmail(m_userName, m_email->text().trimmed(), m_by); !set)
        m_error->showError(set.error().message);
}

void UserIdentitiesDialog::link()
{
    m_error->clearError();
    if (auto linked = m_identities.link(m_issuer->text().trimmed(), m_subject->text().trimmed(), m_userName, m_by);
        !linked) {
        m_error->showError(linked.error().message);
        return;
    }
    m_issuer->clear();
    m_subject->clear();
    refresh();
}

void UserIdentitiesDialog::unlinkSelected()
{
    m_error->clearError();
    const int row = m_links->currentRow();
    if (row < 0)
        return;
    if (auto unlinked = m_identities.unlink(m_links->item(row, 0)->text(), m_links->item(row, 1)->text(), m_by);
        !unlinked)
        m_error->showError(unlinked.error().message);
    refresh();
}

} // namespace Lexecon::Ui
