#include "CommandLine.h"

#include <QCoreApplication>

#ifdef LEXECON_CLI_GUI
#include <QGuiApplication>
#endif

#include <memory>

namespace {

// `packet build` may render report.pdf and `compliance techdoc --format pdf` writes one, which
// needs Qt GUI; every other command stays a plain QCoreApplication so that it runs on hosts
// without a display or GUI libraries loaded.
bool needsGui(int argc, char **argv)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "packet") == 0)
            return qstrcmp(argv[i + 1], "build") == 0;
        if (qstrcmp(argv[i], "compliance") == 0 && qstrcmp(argv[i + 1], "techdoc") == 0) {
            for (int j = i + 2; j + 1 < argc; ++j)
                if (qstrcmp(argv[j], "--format") == 0 && qstrcmp(argv[j + 1], "pdf") == 0)
                    return true;
            return false;
        }
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
#ifdef LEXECON_CLI_GUI
    if (needsGui(argc, argv)) {
        // A command line has no window: render off screen unless the caller chose a platform.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
#else
    (void)needsGui;
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lexecon"));
    QCoreApplication::setOrganizationName(QStringLiteral("Lexecon"));
    return Lexecon::Cli::run(app->arguments().mid(1));
}
