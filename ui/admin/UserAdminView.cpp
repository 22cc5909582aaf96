#include "UserAdminView.h"

#include "AddUserDialog.h"
#include "UserIdentitiesDialog.h"
#include "auth/AuthService.h"
#include "auth/MfaService.h"
#include "auth/UserService.h"
#include "widgets/ErrorLabel.h"
#include "widgets/PermissionNotice.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Lexecon::Ui {

namespace {

enum Column { NameColumn, RoleColumn, StatusColumn, MfaColumn, PasswordColumn, CreatedColumn, ColumnCount };

} // namespace

UserAdminView::UserAdminView(UserService &users, AuthService &auth, MfaService &mfa, QWidget *parent)
    : QWidget(parent)
    , m_users(users)
    , m_auth(auth)
    , m_mfa(mfa)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels(
        {tr("User"), tr("Role"), tr("Status"), tr("Two-factor"), tr("Password"), tr("Created")});
    m_table->setAccessibleName(tr("Users"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UserAdminView::updateActions);

    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_error = new ErrorLabel(this);

    m_add = new QPushButton(tr("&Add user…"), this);
    m_role = new QPushButton(tr("Change &role…"), this);
    m_disable = new QPushButton(tr("&Disable"), this);
    m_password = new QPushButton(tr("Reset &password…"), this);
    m_resetMfa = new QPushButton(tr("Reset &two-factor"), this);
    connect(m_add, &QPushButton::clicked, this, [this] {
        AddUserDialog dialog(m_users, m_auth, *m_actor, this);
        if (dialog.exec() == QDialog::Accepted) {
            refresh();
            selectUser(dialog.nameEdit()->text().trimmed());
        }
    });
    connect(m_role, &QPushButton::clicked, this, [this] {
        QStringList names;
        for (Role role : Roles::all())
            names << Roles::name(role);
        bool ok = false;
        const QString current = m_table->item(m_table->currentRow(), RoleColumn)->text();
        const QString chosen = QInputDialog::getItem(this, tr("Change role"), tr("New role of %1:").arg(selectedUser()),
                                                     names, qMax(0, names.indexOf(current)), false, &ok);
        if (ok)
            changeRole(Roles::fromName(chosen).value_or(Role::Viewer));
    });
    connect(m_disable, &QPushButton::clicked, this, [this] {
        const bool disabled = m_table->item(m_table->currentRow(), StatusColumn)->data(Qt::UserRole).toBool();
        setDisabled(!disabled);
    });
    connect(m_password, &QPushButton::clicked, this, [this] {
        AddUserDialog dialog(m_users, m_auth, *m_actor, this);
        dialog.resetPasswordOf(selectedUser());
        if (dialog.exec() == QDialog::Accepted)
            refresh();
    });
    connect(m_resetMfa, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Reset two-factor sign-in"),
                                  tr("Remove the authenticator and backup codes of %1? They set up two-factor "
                                     "sign-in again at their next sign-in if their role requires it.")
                                      .arg(selectedUser())) == QMessageBox::Yes)
            resetMfa();
    });
    m_identitiesButton = new QPushButton(tr("Sign-in &identities…"), this);
    m_identitiesButton->hide();
    connect(m_identitiesButton, &QPushButton::clicked, this, [this] {
        UserIdentitiesDialog dialog(*m_identities, selectedUser(), *m_actor, this);
        dialog.exec();
    });
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_role, m_disable, m_password, m_resetMfa, m_identitiesButton})
        buttons->addWidget(button);
    buttons->addStretch();

    auto *requiredBox = new QGroupBox(tr("Two-factor sign-in required for"), this);
    auto *requiredLayout = new QHBoxLayout(requiredBox);
    for (Role role : Roles::all()) {
        auto *box = new QCheckBox(Roles::name(role), requiredBox);
        box->setAccessibleName(tr("Require two-factor sign-in for %1").arg(Roles::name(role)));
        connect(box, &QCheckBox::toggled, this, [this, role](bool on) {
            if (!m_updatingBoxes)
                setRequired(role, on);
        });
        requiredLayout->addWidget(box);
        m_required << box;
    }
    requiredLayout->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(requiredBox);
    layout->addWidget(m_error);
    refresh();
}

void UserAdminView::setActingUser(const std::optional<Principal> &user)
{
    m_actor = user;
    updateActions();
}

void UserAdminView::setIdentities(OidcIdentityService *identities)
{
    m_identities = identities;
    m_identitiesButton->setVisible(identities != nullptr);
    updateActions();
}

QCheckBox *UserAdminView::mfaRequiredBox(Role role) const
{
    return m_required.value(int(Roles::all().indexOf(role)));
}

QString UserAdminView::selectedUser() const
{
    const int row = m_table->currentRow();
    return row < 0 || !m_table->item(row, NameColumn) ? QString() : m_table->item(row, NameColumn)->text();
}

bool UserAdminView::selectUser(const QString &name)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->text() == name) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

QString UserAdminView::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void UserAdminView::refresh()
{
    const QString selected = selectedUser();
    auto users = m_users.list();
    if (!users) {
        m_error->showError(users.error().message);
        return;
    }
    m_table->setRowCount(0);
    for (const User &user : *users) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, NameColumn, new QTableWidgetItem(user.name));
        m_table->setItem(row, RoleColumn, new QTableWidgetItem(Roles::name(user.role)));
        auto *status = new QTableWidgetItem(user.disabled ? tr("disabled since %1").arg(user.disabledAt) : tr("active"));
        status->setData(Qt::UserRole, user.disabled);
        m_table->setItem(row, StatusColumn, status);
        QString mfaText = tr("off");
        if (auto mfa = m_mfa.status(user.name); mfa) {
            if (mfa->enabled)
                mfaText = tr("on, %n backup code(s) left", nullptr, mfa->backupCodesLeft);
            else if (mfa->pending)
                mfaText = tr("set up, not confirmed");
            if (mfa->required && !mfa->enabled)
                mfaText += tr(" (required by role)");
        }
        m_table->setItem(row, MfaColumn, new QTableWidgetItem(mfaText));
        QString passwordText = tr("none set");
        if (auto password = m_auth.passwordStatus(user.name); password && password->hasPassword) {
            if (password->expired)
                passwordText = tr("expired");
            else if (password->expiresAt.isEmpty())
                passwordText = tr("set, never expires");
            else
                passwordText = tr("expires %1").arg(password->expiresAt.left(10));
        }
        m_table->setItem(row, PasswordColumn, new QTableWidgetItem(passwordText));
        m_table->setItem(row, CreatedColumn, new QTableWidgetItem(tr("%1 by %2").arg(user.createdAt.left(10), user.createdBy)));
    }
    m_table->resizeColumnsToContents();
    if (!selected.isEmpty())
        selectUser(selected);
    m_updatingBoxes = true;
    const QSet<Role> required = m_mfa.requiredRoles();
    for (Role role : Roles::all())
        mfaRequiredBox(role)->setChecked(required.contains(role));
    m_updatingBoxes = false;
    updateActions();
}

void UserAdminView::updateActions()
{
    const QString refusal = PermissionNotice::refusal(m_actor, Permission::ManageUsers, tr("manage users"));
    const bool may = refusal.isEmpty();
    m_notice->setText(refusal);
    m_notice->setVisible(!may);
    const bool selected = !selectedUser().isEmpty();
    m_add->setEnabled(may);
    for (QPushButton *button : {m_role, m_disable, m_password, m_resetMfa, m_identitiesButton})
        button->setEnabled(may && selected);
    for (QCheckBox *box : m_required)
        box->setEnabled(may);
    if (selected) {
        const bool disabled = m_table->item(m_table->currentRow(), StatusColumn)->data(Qt::UserRole).toBool();
        m_disable->setText(disabled ? tr("&Enable") : tr("&Disable"));
    }
}

void UserAdminView::changeRole(Role role)
{
    m_error->clearError();
    if (!m_actor)
        return;
    if (auto changed = m_users.setRole(selectedUser(), role, *m_actor); !changed)
        m_error->showError(changed.error().message);
    refresh();
}

void UserAdminView::setDisabled(bool disabled)
{
    m_error->clearError();
    if (!m_actor)
        return;
    auto changed = disabled ? m_users.disable(selectedUser(), *m_actor) : m_users.enable(selectedUser(), *m_actor);
    if (!changed)
        m_error->showError(changed.error().message);
    refresh();
}

void UserAdminView::resetMfa()
{
    m_error->clearError();
    if (!m_actor)
        return;
    if (auto reset = m_mfa.reset(selectedUser(), *m_actor); !reset)
        m_error->showError(reset.error().message);
    refresh();
}

void UserAdminView::setRequired(Role role, bool required)
{
    m_error->clearError();
    if (!m_actor)
        return;
    if (auto set = m_mfa.setRequiredForRole(role, required, *m_actor); !set)
        m_error->showError(set.error().message);
    refresh();
}

} // namespace Lexecon::Ui
