#include "TestSecret.h"

#include <QDir>
#include <QFile>

namespace Lexecon::Test {

bool useSecretFileIfUnset(const QString &dir, const QByteArray &passphrase)
{
    if (!qEnvironmentVariableIsEmpty("LEXECON_SECRET_FILE"))
        return true;
    QFile f(QDir(dir).filePath(QStringLiteral("secret")));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(passphrase) != passphrase.size())
        return false;
    f.close();
    qputenv("LEXECON_SECRET_FILE", f.fileName().toLocal8Bit());
    return true;
}

} // namespace Lexecon::Test
