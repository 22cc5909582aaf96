#include "IdentityProvidersPane.h"

#include "auth/oidc/OidcProviderConfig.h"
#include "auth/oidc/OidcProviderStore.h"
#include "widgets/ErrorLabel.h"
#include "widgets/PermissionNotice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Lexecon::Ui {

namespace {

enum Preset { Entra, Okta, Auth0, Keycloak, Google, Custom };

} // namespace

IdentityProvidersPane::IdentityProvidersPane(OidcProviderStore &providers, QWidget *parent)
    : QWidget(parent)
    , m_providers(providers)
{
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels({tr("Provider"), tr("Issuer"), tr("Client id"), tr("Client secret")});
    m_table->setAccessibleName(tr("Identity providers"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &IdentityProvidersPane::updateActions);

    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_error = new ErrorLabel(this);

    m_preset = new QComboBox(this);
    m_preset->setAccessibleName(tr("Provider type"));
    m_preset->addItems({tr("Microsoft Entra ID"), tr("Okta"), tr("Auth0"), tr("Keycloak"), tr("Google"),
                        tr("Other OpenID Connect issuer")});
    m_location = new QLineEdit(this);
    m_extra = new QLineEdit(this);
    m_clientId = new QLineEdit(this);
    m_clientId->setAccessibleName(tr("Client id"));
    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Client secret (optional)"));
    m_secret->setPlaceholderText(tr("Leave empty for a public client with PKCE (recommended)"));
    m_locationLabel = new QLabel(this);
    m_locationLabel->setBuddy(m_location);
    m_extraLabel = new QLabel(this);
    m_extraLabel->setBuddy(m_extra);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &IdentityProvidersPane::presetChanged);

    auto *addBox = new QGroupBox(tr("Add a provider"), this);
    auto *form = new QFormLayout(addBox);
    form->addRow(tr("&Type:"), m_preset);
    form->addRow(m_locationLabel, m_location);
    form->addRow(m_extraLabel, m_extra);
    form->addRow(tr("&Client id:"), m_clientId);
    form->addRow(tr("Client s&ecret:"), m_secret);
    m_add = new QPushButton(tr("Add &provider"), addBox);
    connect(m_add, &QPushButton::clicked, this, &IdentityProvidersPane::addProvider);
    form->addRow(QString(), m_add);

    m_remove = new QPushButton(tr("&Remove provider"), this);
    connect(m_remove, &QPushButton::clicked, this, &IdentityProvidersPane::removeSelected);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(addBox);
    layout->addWidget(m_error);
    presetChanged();
    refresh();
}

void IdentityProvidersPane::setActingUser(const std::optional<Principal> &user)
{
    m_actor = user;
    updateActions();
}

QString IdentityProvidersPane::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void IdentityProvidersPane::presetChanged()
{
    const auto preset = Preset(m_preset->currentIndex());
    QString location, extra;
    switch (preset) {
    case Entra: location = tr("&Tenant id:"); break;
    case Okta: location = tr("Okta &domain:"); break;
    case Auth0: location = tr("Auth0 &domain:"); break;
    case Keycloak:
        location = tr("Keycloak &base URL:");
        extra = tr("&Realm:");
        break;
    case Google: break;
    case Custom:
        location = tr("&Issuer URL:");
        extra = tr("Short &id:");
        break;
    }
    m_locationLabel->setText(location);
    m_locationLabel->setVisible(!location.isEmpty());
    m_location->setVisible(!location.isEmpty());
    m_location->setAccessibleName(QString(location).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_extraLabel->setText(extra);
    m_extraLabel->setVisible(!extra.isEmpty());
    m_extra->setVisible(!extra.isEmpty());
    m_extra->setAccessibleName(QString(extra).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
}

void IdentityProvidersPane::refresh()
{
    auto providers = m_providers.list();
    m_table->setRowCount(0);
    if (!providers) {
        m_error->showError(providers.error().message);
        return;
    }
    for (const OidcProviderConfig &p : *providers) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(tr("%1 (%2)").arg(p.displayName, p.id));
        name->setData(Qt::UserRole, p.id);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(p.issuer));
        m_table->setItem(row, 2, new QTableWidgetItem(p.clientId));
        m_table->setItem(row, 3, new QTableWidgetItem(p.hasClientSecret ? tr("in the keychain") : tr("none (public client)")));
    }
    m_table->resizeColumnsToContents();
    updateActions();
}

void IdentityProvidersPane::updateActions()
{
    const QString refusal = PermissionNotice::refusal(m_actor, Permission::ManageSettings, tr("change identity providers"));
    const bool may = refusal.isEmpty();
    m_notice->setText(refusal);
    m_notice->setVisible(!may);
    m_add->setEnabled(may);
    m_remove->setEnabled(may && m_table->currentRow() >= 0);
}

void IdentityProvidersPane::addProvider()
{
    m_error->clearError();
    if (!m_actor)
        return;
    const QString location = m_location->text().trimmed();
    const QString extra = m_extra->text().trimmed();
    const QString clientId = m_clientId->text().trimmed();
    OidcProviderConfig config;
    switch (Preset(m_preset->currentIndex())) {
    case Entra: config = OidcProviderConfig::azureAd(location, clientId); break;
    case Okta: config = OidcProviderConfig::okta(location, clientId); break;
    case Auth0: config = OidcProviderConfig::auth0(location, clientId); break;
    case Keycloak: config = OidcProviderConfig::keycloak(location, extra, clientId); break;
    case Google: config = OidcProviderConfig::google(clientId); break;
    case Custom: config = OidcProviderConfig::custom(extra, location, clientId); break;
    }
    if (auto valid = config.validate(); !valid) {
        m_error->showError(valid.error().message);
        return;
    }
    if (auto saved = m_providers.save(config, *m_actor); !saved) {
        m_error->showError(saved.error().message);
        return;
    }
    if (!m_secret->text().isEmpty()) {
        if (auto stored = m_providers.setClientSecret(config.id, m_secret->text(), *m_actor); !stored)
            m_error->showError(tr("The provider was added, but its client secret was not stored: %1")
                                   .arg(stored.error().message));
    }
    m_secret->clear();
    m_location->clear();
    m_extra->clear();
    m_clientId->clear();
    refresh();
}

void IdentityProvidersPane::removeSelected()
{
    m_error->clearError();
    const int row = m_table->currentRow();
    if (!m_actor || row < 0)
        return;
    if (auto removed = m_providers.remove(m_table->item(row, 0)->data(Qt::UserRole).toString(), *m_actor); !removed)
        m_error->showError(removed.error().message);
    refresh();
}

} // namespace Lexecon::Ui
