#include "NodeIdentity.h"

#include "Ed25519.h"
#include "Ed25519KeyPair.h"
#include "KeyStore.h"
#include "SecretBox.h"
#include "Sha256.h"
#include "common/Clock.h"
#include "common/Timestamp.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QtEndian>

namespace Lexecon {

namespace {

Error wrongSecret()
{
    return Error::integrity(
        QStringLiteral("cannot decrypt the node key: the secret (LEXECON_SECRET_FILE or keychain) is not "
                       "the one this workspace was created with"));
}

} // namespace

Result<NodeIdentity> NodeIdentity::openOrCreate(std::shared_ptr<Database> db, const Clock &clock)
{
    if (!db)
        return Error::internal(QStringLiteral("NodeIdentity needs an open database"));
    bool found = false;
    auto loaded = load(db, found);
    if (found || loaded.error().code != Error::Code::NotFound)
        return loaded;
    bool raced = false;
    auto created = create(db, clock, raced);
    if (raced) // another process created it between our read and our write: use theirs
        return load(db, found);
    return created;
}

Result<NodeIdentity> NodeIdentity::load(std::shared_ptr<Database> db, bool &found)
{
    found = false;
    QSqlDatabase conn = db->connection();
    auto q = Sql::exec(
        conn, QStringLiteral("SELECT node_id, public_key, fingerprint, private_key_box, field_key_box, kek_source, "
                             "kdf_salt, kdf_opslimit, kdf_memlimit, created_at FROM node"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QStringLiteral("this workspace has no node identity yet"));
    found = true;
    NodeIdentity id;
    id.m_nodeId = q->value(0).toString();
    const QByteArray publicKey = q->value(1).toByteArray();
    const QString storedFingerprint = q->value(2).toString();
    const QByteArray keyBox = q->value(3).toByteArray();
    const QByteArray fieldBox = q->value(4).toByteArray();
    id.m_kekSource = q->value(5).toString();
    const QByteArray salt = q->value(6).toByteArray();
    const KeyStore::KdfParams params{q->value(7).toULongLong(), q->value(8).toULongLong()};
    id.m_createdAt = q->value(9).toString();
    q->finish();

    if (publicKey.size() != Ed25519::PublicKeySize || Ed25519::fingerprint(publicKey) != storedFingerprint)
        return Error::integrity(
            QStringLiteral("the node table's public key does not match its fingerprint; the workspace was altered"));

    auto kek = KeyStore::obtain(id.m_nodeId, salt, false, params);
    if (!kek)
        return kek.error();
    auto seed = SecretBox::decryptSecure(*kek, keyBox);
    if (!seed)
        return wrongSecret();
    auto pair = Ed25519KeyPair::fromSeed(seed->view());
    if (!pair)
        return wrongSecret();
    if (pair->publicKey() != publicKey)
        return Error::integrity(QStringLiteral(
            "the decrypted node key does not belong to the stored public key; the workspace was altered"));
    auto fieldKey = SecretBox::decryptSecure(*kek, fieldBox);
    if (!fieldKey || fieldKey->size() != std::size_t(SecretBox::KeySize))
        return wrongSecret();

    id.m_key = std::make_shared<const Ed25519KeyPair>(std::move(pair).value());
    id.m_fieldKey = std::make_shared<const SecureBytes>(std::move(fieldKey).value());
    id.m_fingerprint = storedFingerprint;
    id.m_pem = Ed25519::publicKeyPem(publicKey);
    return id;
}

Result<NodeIdentity> NodeIdentity::create(std::shared_ptr<Database> db, const Clock &clock, bool &raced)
{
    raced = false;
    NodeIdentity id;
    Ed25519KeyPair pair = Ed25519KeyPair::generate();
    const QByteArray publicKey = pair.publicKey();
    id.m_fingerprint = Ed25519::fingerprint(publicKey);
    id.m_nodeId = QStringLiteral("node-") + id.m_fingerprint.left(12);
    id.m_pem = Ed25519::publicKeyPem(publicKey);
    id.m_createdAt = Timestamp::format(clock.nowMs());
    id.m_kekSource = KeyStore::source();

    const QByteArray salt = KeyStore::newSalt();
    const KeyStore::KdfParams params = KeyStore::KdfParams::interactive();
    auto kek = KeyStore::obtain(id.m_nodeId, salt, true, params);
    if (!kek)
        return kek.error();
    auto keyBox = SecretBox::encrypt(*kek, pair.seed().view());
    SecureBytes fieldKey = SecretBox::newKey();
    auto fieldBox = SecretBox::encrypt(*kek, fieldKey.view());
    if (!keyBox || !fieldBox)
        return Error::internal(QStringLiteral("cannot encrypt the new node key"));

    Result<void> written = db->write([&](QSqlDatabase &conn) -> Result<void> {
        auto existing = Sql::exec(conn, QStringLiteral("SELECT node_id FROM node"));
        if (!existing)
            return existing.error();
        if (existing->next()) {
            raced = true;
            return Error::conflict(QStringLiteral("another process created the node identity first"));
        }
        existing->finish();
        return Sql::execOne(
            conn,
            QStringLiteral("INSERT INTO node (node_id, public_key, public_key_pem, fingerprint, private_key_box, "
                           "field_key_box, kek_source, kdf_salt, kdf_opslimit, kdf_memlimit, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {id.m_nodeId, publicKey, id.m_pem, id.m_fingerprint, *keyBox, *fieldBox, id.m_kekSource, salt,
             qint64(params.opsLimit), qint64(params.memLimit), id.m_createdAt});
    });
    if (!written)
        return written.error();
    id.m_key = std::make_shared<const Ed25519KeyPair>(std::move(pair));
    id.m_fieldKey = std::make_shared<const SecureBytes>(std::move(fieldKey));
    return id;
}

QByteArray NodeIdentity::publicKeyRaw() const
{
    return m_key->publicKey();
}

QByteArray NodeIdentity::sign(QByteArrayView message) const
{
    return m_key->sign(message);
}

bool NodeIdentity::verify(QByteArrayView message, QByteArrayView signature) const
{
    return Ed25519::verify(m_key->publicKey(), message, signature);
}

QString NodeIdentity::defaultOrigin() const
{
    return QStringLiteral("lexecon/") + m_nodeId;
}

quint32 NodeIdentity::noteKeyHashFor(const QString &name, QByteArrayView publicKey)
{
    Sha256 h;
    h.addData(name.toUtf8());
    h.addData("\n\x01");
    h.addData(publicKey);
    return qFromBigEndian<quint32>(h.result().constData());
}

QString NodeIdentity::noteVerifierKeyFor(const QString &name, QByteArrayView publicKey)
{
    const QByteArray key = QByteArray(1, '\x01') + publicKey.toByteArray();
    return QStringLiteral("%1+%2+%3")
        .arg(name)
        .arg(noteKeyHashFor(name, publicKey), 8, 16, QLatin1Char('0'))
        .arg(QString::fromLatin1(key.toBase64()));
}

QString NodeIdentity::noteVerifierKey(const QString &origin) const
{
    return noteVerifierKeyFor(origin.isEmpty() ? defaultOrigin() : origin, m_key->publicKey());
}

quint32 NodeIdentity::noteKeyHash(const QString &origin) const
{
    return noteKeyHashFor(origin.isEmpty() ? defaultOrigin() : origin, m_key->publicKey());
}

QJsonObject NodeIdentity::jwk() const
{
    const QByteArray x = m_key->publicKey().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return {{QStringLiteral("kty"), QStringLiteral("OKP")},   {QStringLiteral("crv"), QStringLiteral("Ed25519")},
            {QStringLiteral("x"), QString::fromLatin1(x)},    {QStringLiteral("kid"), m_fingerprint},
            {QStringLiteral("alg"), QStringLiteral("EdDSA")}, {QStringLiteral("use"), QStringLiteral("sig")}};
}

QJsonObject NodeIdentity::jwks() const
{
    return {{QStringLiteral("keys"), QJsonArray{jwk()}}};
}

QJsonObject NodeIdentity::keyInfo(const QString &origin) const
{
    return {{QStringLiteral("public_key_pem"), m_pem},
            {QStringLiteral("fingerprint"), m_fingerprint},
            {QStringLiteral("note_verifier_key"), noteVerifierKey(origin)}};
}

QJsonObject NodeIdentity::genesisPayload() const
{
    return {{QStringLiteral("node_id"), m_nodeId},
            {QStringLiteral("public_key"), m_pem},
            {QStringLiteral("fingerprint"), m_fingerprint}};
}

} // namespace Lexecon
