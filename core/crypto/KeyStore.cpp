#include "KeyStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QtGlobal>

#include <qt6keychain/keychain.h>
#include <sodium.h>

namespace Lexecon {

namespace {

const char secretFileVariable[] = "LEXECON_SECRET_FILE";

QString headlessHint()
{
    return QStringLiteral("set LEXECON_SECRET_FILE to a passphrase file for headless use");
}

} // namespace

bool KeyStore::runKeychainJob(QKeychain::Job *job)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(KeyStore::KeychainTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec();
    if (!finished)
        job->setAutoDelete(true);
    return finished;
}

KeyStore::KdfParams KeyStore::KdfParams::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

QString KeyStore::source()
{
    return qEnvironmentVariableIsEmpty(secretFileVariable) ? QStringLiteral("keychain")
                                                           : QStringLiteral("passphrase_file");
}

QByteArray KeyStore::newSalt()
{
    ensureSodium();
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), std::size_t(salt.size()));
    return salt;
}

Result<SecureBytes> KeyStore::obtain(const QString &id, QByteArrayView salt, bool createIfMissing,
                                     const KdfParams &params)
{
    const QString file = qEnvironmentVariable(secretFileVariable);
    if (file.isEmpty())
        return fromKeychain(id, createIfMissing);
    auto passphrase = readPassphraseFile(file);
    if (!passphrase)
        return passphrase.error();
    return deriveFromPassphrase(*passphrase, salt, params);
}

bool KeyStore::openToOthers(const QString &path)
{
    return QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther);
}

Result<SecureBytes> KeyStore::readPassphraseFile(const QString &path)
{
    QFile f(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error::invalid(QStringLiteral("LEXECON_SECRET_FILE"),
                              QStringLiteral("LEXECON_SECRET_FILE names %1, which does not exist; point it at a file "
                                             "holding the workspace passphrase")
                                  .arg(path));
    if (!info.isFile() || !f.open(QIODevice::ReadOnly))
        return Error::invalid(QStringLiteral("LEXECON_SECRET_FILE"),
                              QStringLiteral("LEXECON_SECRET_FILE names %1, which cannot be read as a file").arg(path));
    if (openToOthers(path))
        qWarning("LEXECON_SECRET_FILE %s can be read or written by group or others; run chmod 600 on it",
                 qPrintable(path));
    QByteArray raw = f.read(64 * 1024);
    qsizetype length = raw.size();
    if (length > 0 && raw.at(length - 1) == '\n')
        --length;
    if (length > 0 && raw.at(length - 1) == '\r')
        --length;
    SecureBytes passphrase = SecureBytes::copyOf(QByteArrayView(raw).first(length));
    wipe(raw);
    if (passphrase.isEmpty())
        return Error::invalid(QStringLiteral("LEXECON_SECRET_FILE"),
                              QStringLiteral("LEXECON_SECRET_FILE %1 is empty; write a passphrase into it").arg(path));
    return passphrase;
}

Result<SecureBytes> KeyStore::deriveFromPassphrase(const SecureBytes &passphrase, QByteArrayView salt,
                                                   const KdfParams &params)
{
    ensureSodium();
    if (salt.size() != crypto_pwhash_SALTBYTES)
        return Error::internal(QStringLiteral("the key derivation salt is %1 bytes, expected %2")
                                   .arg(salt.size())
                                   .arg(crypto_pwhash_SALTBYTES));
    if (passphrase.isEmpty())
        return Error::invalid(QStringLiteral("LEXECON_SECRET_FILE"),
                              QStringLiteral("the passphrase is empty; write one into LEXECON_SECRET_FILE"));
    SecureBytes kek(32);
    if (crypto_pwhash(kek.data(), kek.size(), reinterpret_cast<const char *>(passphrase.data()), passphrase.size(),
                      reinterpret_cast<const unsigned char *>(salt.data()), params.opsLimit,
                      std::size_t(params.memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error::internal(
            QStringLiteral("Argon2id key derivation ran out of memory (%1 bytes)").arg(params.memLimit));
    return kek;
}

Result<SecureBytes> KeyStore::fromKeychain(const QString &id, bool createIfMissing)
{
    if (!QCoreApplication::instance())
        return Error::internal(QStringLiteral("the OS keychain needs a running Qt application; ") + headlessHint());
    const QString key = QStringLiteral("kek/") + id;

    auto *read = new QKeychain::ReadPasswordJob(serviceName());
    read->setAutoDelete(false);
    read->setKey(key);
    if (!runKeychainJob(read))
        return Error::internal(QStringLiteral("no OS keychain answered; ") + headlessHint());
    const QKeychain::Error readError = read->error();
    const QString readMessage = read->errorString();
    QByteArray stored = read->binaryData();
    delete read;

    if (readError == QKeychain::NoError) {
        if (stored.size() != 32) {
            wipe(stored);
            return Error::integrity(
                QStringLiteral("the OS keychain entry \"%1\" of service \"%2\" is not a 32-byte key")
                    .arg(key, serviceName()));
        }
        SecureBytes kek = SecureBytes::copyOf(stored);
        wipe(stored);
        return kek;
    }
    if (readError != QKeychain::EntryNotFound)
        return Error::internal(QStringLiteral("no OS keychain answered (%1); ").arg(readMessage) + headlessHint());
    if (!createIfMissing)
        return Error::integrity(
            QStringLiteral("the OS keychain has no key \"%1\" for service \"%2\": the secret this workspace "
                           "was created with is missing (another user account or host?)")
                .arg(key, serviceName()));

    SecureBytes kek = SecureBytes::random(32);
    auto *write = new QKeychain::WritePasswordJob(serviceName());
    write->setAutoDelete(false);
    write->setKey(key);
    QByteArray copy = kek.view().toByteArray(); // QtKeychain only takes a QByteArray
    write->setBinaryData(copy);
    wipe(copy);
    if (!runKeychainJob(write))
        return Error::internal(QStringLiteral("no OS keychain answered; ") + headlessHint());
    const QKeychain::Error writeError = write->error();
    const QString writeMessage = write->errorString();
    delete write;
    if (writeError != QKeychain::NoError)
        return Error::internal(QStringLiteral("the OS keychain refused to store the key (%1); ").arg(writeMessage) +
                               headlessHint());
    return kek;
}

} // namespace Lexecon
