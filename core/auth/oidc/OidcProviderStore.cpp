#include "OidcProviderStore.h"

#include "auth/Principal.h"
#include "crypto/KeyStore.h"
#include "crypto/NodeIdentity.h"
#include "crypto/SecretBox.h"
#include "workspace/WorkspaceSettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <qt6keychain/keychain.h>

namespace Lexecon {

namespace {

const QString listKey = QStringLiteral("oidc.providers");

QString configKey(const QString &id)
{
    return QStringLiteral("oidc.provider.") + id;
}

QString secretKey(const QString &id)
{
    return configKey(id) + QStringLiteral(".secret");
}

bool headless()
{
    return KeyStore::source() == QLatin1String("passphrase_file");
}

Error keychainError(const QString &detail)
{
    return Error::internal(QStringLiteral("the OS keychain could not keep the OIDC client secret (%1); set "
                                          "LEXECON_SECRET_FILE for headless use")
                               .arg(detail));
}

QStringList providerIds(const WorkspaceSettings &settings)
{
    QStringList ids;
    for (const auto &v : QJsonDocument::fromJson(settings.value(listKey).toUtf8()).array())
        ids.append(v.toString());
    return ids;
}

} // namespace

OidcProviderStore::OidcProviderStore(WorkspaceSettings &settings, const NodeIdentity &node)
    : m_settings(settings), m_node(node)
{
}

Result<QList<OidcProviderConfig>> OidcProviderStore::list() const
{
    QList<OidcProviderConfig> out;
    for (const QString &id : providerIds(m_settings)) {
        auto config = find(id);
        if (!config)
            return config.error();
        out.append(*config);
    }
    return out;
}

Result<OidcProviderConfig> OidcProviderStore::find(const QString &id) const
{
    const QString stored = m_settings.value(configKey(id));
    if (stored.isEmpty())
        return Error::notFound(QStringLiteral("no OIDC provider \"%1\" is configured; an admin adds it in the "
                                              "sign-in settings")
                                   .arg(id));
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8());
    if (!doc.isObject())
        return Error::integrity(QStringLiteral("the stored settings of OIDC provider \"%1\" are not JSON").arg(id));
    return OidcProviderConfig::fromJson(doc.object());
}

Result<void> OidcProviderStore::writeConfig(const OidcProviderConfig &config, const Principal &by)
{
    return m_settings.setValue(configKey(config.id),
                               QString::fromUtf8(QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact)), by);
}

Result<void> OidcProviderStore::save(const OidcProviderConfig &config, const Principal &by)
{
    if (auto valid = config.validate(); !valid)
        return valid;
    if (auto allowed = by.require(Permission::ManageSettings); !allowed)
        return allowed;
    OidcProviderConfig stored = config;
    auto existing = find(config.id);
    stored.hasClientSecret = existing ? existing->hasClientSecret : false;
    if (auto written = writeConfig(stored, by); !written)
        return written;
    QStringList ids = providerIds(m_settings);
    if (ids.contains(config.id))
        return {};
    ids.append(config.id);
    return m_settings.setValue(listKey, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)), by);
}

Result<void> OidcProviderStore::remove(const QString &id, const Principal &by)
{
    auto existing = find(id);
    if (!existing)
        return existing.error();
    if (existing->hasClientSecret)
        if (auto cleared = setClientSecret(id, QString(), by); !cleared)
            return cleared;
    QStringList ids = providerIds(m_settings);
    ids.removeAll(id);
    if (auto written = m_settings.setValue(listKey, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)), by); !written)
        return written;
    // Settings have no delete; an empty value means gone (not a null QString: the column is NOT NULL).
    return m_settings.setValue(configKey(id), QStringLiteral(""), by);
}

Result<void> OidcProviderStore::setClientSecret(const QString &id, const QString &secret, const Principal &by)
{
    if (auto allowed = by.require(Permission::ManageSettings); !allowed)
        return allowed;
    auto config = find(id);
    if (!config)
        return config.error();
    QByteArray plain = secret.toUtf8();
    if (headless()) {
        QString stored = QStringLiteral(""); // empty, not null: the settings column is NOT NULL
        if (!plain.isEmpty()) {
            auto box = SecretBox::encrypt(m_node.fieldKey(), plain);
            wipe(plain);
            if (!box)
                return box.error();
            stored = QString::fromLatin1(box->toBase64());
        }
        if (auto written = m_settings.setValue(secretKey(id), stored, by); !written)
            return written;
    } else {
        if (!QCoreApplication::instance())
            return keychainError(QStringLiteral("no running Qt application"));
        const QString key = QStringLiteral("oidc/%1/%2").arg(m_node.nodeId(), id);
        QKeychain::Job *job = nullptr;
        if (plain.isEmpty()) {
            auto *del = new QKeychain::DeletePasswordJob(KeyStore::serviceName());
            del->setKey(key);
            job = del;
        } else {
            auto *write = new QKeychain::WritePasswordJob(KeyStore::serviceName());
            write->setKey(key);
            write->setBinaryData(plain);
            job = write;
        }
        wipe(plain);
        job->setAutoDelete(false);
        if (!KeyStore::runKeychainJob(job))
            return keychainError(QStringLiteral("no keychain answered"));
        const auto error = job->error();
        const QString message = job->errorString();
        delete job;
        if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
            return keychainError(message);
    }
    OidcProviderConfig updated = *config;
    updated.hasClientSecret = !secret.isEmpty();
    return writeConfig(updated, by);
}

Result<QString> OidcProviderStore::clientSecret(const QString &id) const
{
    auto config = find(id);
    if (!config)
        return config.error();
    if (!config->hasClientSecret)
        return QString();
    if (headless()) {
        const QByteArray box = QByteArray::fromBase64(m_settings.value(secretKey(id)).toLatin1());
        auto plain = SecretBox::decryptSecure(m_node.fieldKey(), box);
        if (!plain)
            return Error::integrity(QStringLiteral("the client secret of OIDC provider \"%1\" cannot be decrypted "
                                                   "with this node's key; set it again")
                                        .arg(id));
        return QString::fromUtf8(plain->view().toByteArray());
    }
    if (!QCoreApplication::instance())
        return keychainError(QStringLiteral("no running Qt application"));
    auto *read = new QKeychain::ReadPasswordJob(KeyStore::serviceName());
    read->setAutoDelete(false);
    read->setKey(QStringLiteral("oidc/%1/%2").arg(m_node.nodeId(), id));
    if (!KeyStore::runKeychainJob(read))
        return keychainError(QStringLiteral("no keychain answered"));
    const auto error = read->error();
    const QString message = read->errorString();
    QByteArray stored = read->binaryData();
    delete read;
    if (error != QKeychain::NoError)
        return keychainError(message);
    const QString secret = QString::fromUtf8(stored);
    wipe(stored);
    return secret;
}

} // namespace Lexecon
