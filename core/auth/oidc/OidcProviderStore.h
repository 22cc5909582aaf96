#pragma once

#include "OidcProviderConfig.h"
#include "common/Result.h"

#include <QList>
#include <QString>

namespace Lexecon {

class NodeIdentity;
class Principal;
class WorkspaceSettings;

// The configured OIDC providers, kept in the workspace settings (so every desk of a shared
// workspace sees them; each change is a setting_changed ledger entry):
//   oidc.providers              JSON array of provider ids, in display order
//   oidc.provider.<id>          OidcProviderConfig::toJson()
//   oidc.provider.<id>.secret   only with LEXECON_SECRET_FILE: base64 of a SecretBox under the
//                               node's field key. Otherwise the secret is in the OS keychain
//                               (service "Lexecon Workstation", key "oidc/<node id>/<id>").
// Changes need Permission::ManageSettings (checked by WorkspaceSettings).
class OidcProviderStore
{
public:
    OidcProviderStore(WorkspaceSettings &settings, const NodeIdentity &node);

    Result<QList<OidcProviderConfig>> list() const;
    Result<OidcProviderConfig> find(const QString &id) const;
    // Adds or replaces the provider (hasClientSecret is kept as stored, not taken from config).
    Result<void> save(const OidcProviderConfig &config, const Principal &by);
    Result<void> remove(const QString &id, const Principal &by);

    // An empty secret removes it (the provider becomes a public client again).
    Result<void> setClientSecret(const QString &id, const QString &secret, const Principal &by);
    // The stored secret, or an empty string for a public client.
    Result<QString> clientSecret(const QString &id) const;

private:
    Result<void> writeConfig(const OidcProviderConfig &config, const Principal &by);

    WorkspaceSettings &m_settings;
    const NodeIdentity &m_node;
};

} // namespace Lexecon
