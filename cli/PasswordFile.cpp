#include "PasswordFile.h"

#include <QFile>

namespace Lexecon::Cli {

Result<QString> readPasswordFile(const Args &args, const QString &option)
{
    auto path = args.required(option);
    if (!path)
        return path.error();
    QFile file(*path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(option, QStringLiteral("--%1 %2 cannot be read (%3); name a file that holds the password")
                                          .arg(option, *path, file.errorString()));
    // A password file is small; refuse anything else rather than read a wrong path into memory.
    QByteArray bytes = file.read(4097);
    if (bytes.size() > 4096)
        return Error::invalid(
            option,
            QStringLiteral("--%1 %2 is larger than 4 KiB; it should hold just the password").arg(option, *path));
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.isEmpty())
        return Error::invalid(option,
                              QStringLiteral("--%1 %2 is empty; write the password into it").arg(option, *path));
    const QString password = QString::fromUtf8(bytes);
    bytes.fill('\0');
    return password;
}

} // namespace Lexecon::Cli
