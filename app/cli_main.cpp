#include "CommandLine.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lexecon"));
    QCoreApplication::setOrganizationName(QStringLiteral("Lexecon"));
    return Lexecon::Cli::run(app.arguments().mid(1));
}
