#include "Output.h"

#include <QJsonDocument>

#include <cstdio>

namespace Lexecon::Cli {

void printJson(const QJsonObject &object)
{
    printLine(QJsonDocument(object).toJson(QJsonDocument::Indented).trimmed());
}

void printJson(const QJsonArray &array)
{
    printLine(QJsonDocument(array).toJson(QJsonDocument::Indented).trimmed());
}

void printLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
}

int fail(const Error &error)
{
    const QByteArray message = QStringLiteral("lexecon-cli: %1\n").arg(error.message).toUtf8();
    std::fwrite(message.constData(), 1, size_t(message.size()), stderr);
    return error.code == Error::Code::Integrity ? ExitCheckFailed : ExitBadInput;
}

int usage(const QString &message)
{
    return fail(Error::invalid(QString(), message));
}

} // namespace Lexecon::Cli
