#include "MainWindow.h"

#include "auth/FirstRunDialog.h"
#include "auth/OidcSignInButtons.h"
#include "auth/SignInDialog.h"
#include "auth/UserService.h"
#include "settings/SettingsView.h"
#include "widgets/DarkPalette.h"
#include "common/Clock.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <optional>

using namespace Lexecon;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lexecon"));
    QApplication::setOrganizationName(QStringLiteral("Lexecon"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lexecon Workstation"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lexecon Workstation: AI governance on your desk."));
    parser.addHelpOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("The workspace folder."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption view(QStringLiteral("view"), QStringLiteral("The view to open."), QStringLiteral("V"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the view to a PNG and exit."), QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("The UI language (en, de, fr); the system's by default."),
                                      QStringLiteral("LANG"));
    // Screenshots render the views as this user without a sign-in; an interactive desk always
    // signs in (password, second factor) and never takes a user from the command line.
    const QCommandLineOption user(QStringLiteral("user"),
                                  QStringLiteral("With --screenshot: render as this workspace user."),
                                  QStringLiteral("NAME"));
    // The desk follows the system palette. A platform without a colour-scheme setting (offscreen,
    // a bare X server) can be told; the screenshots of the dark theme use it.
    const QCommandLineOption colorScheme(QStringLiteral("color-scheme"),
                                         QStringLiteral("dark or light instead of the system's colours."),
                                         QStringLiteral("SCHEME"));
    parser.addOptions({dataDir, view, screenshot, language, user, colorScheme});
    parser.process(app);
    if (parser.isSet(colorScheme)) {
        const QString scheme = parser.value(colorScheme);
        if (scheme != QLatin1String("dark") && scheme != QLatin1String("light")) {
            std::fprintf(stderr, "lexecon: --color-scheme is dark or light, not \"%s\"\n", qPrintable(scheme));
            return 2;
        }
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(scheme == QLatin1String("dark") ? Ui::DarkPalette::make()
                                                                 : QApplication::style()->standardPalette());
    }
    if (parser.isSet(user) && !parser.isSet(screenshot)) {
        std::fprintf(stderr, "lexecon: --user only works with --screenshot; at the desk, sign in instead\n");
        return 2;
    }

    // The language follows the system unless --language or LEXECON_LANGUAGE says otherwise.
    QString languageName = parser.value(language);
    if (languageName.isEmpty())
        languageName = qEnvironmentVariable("LEXECON_LANGUAGE");
    if (languageName.isEmpty()) // chosen on the Settings screen; empty follows the system
        languageName = QSettings().value(Ui::SettingsView::LanguageKey).toString();
    const QLocale locale = languageName.isEmpty() ? QLocale::system() : QLocale(languageName);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(locale, QStringLiteral("lexecon"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    auto workspace = Workspace::open(Workspace::resolveDataDir(parser.value(dataDir)), Clock::system());
    if (!workspace) {
        const QString message = QObject::tr("The workspace cannot be opened: %1").arg(workspace.error().message);
        if (parser.isSet(screenshot)) {
            std::fprintf(stderr, "lexecon: %s\n", qPrintable(message));
            return 2;
        }
        QMessageBox::critical(nullptr, QObject::tr("Lexecon Workstation"), message);
        return 2;
    }

    Ui::MainWindow window(**workspace);
    if (parser.isSet(user)) {
        auto principal = (*workspace)->users().principalFor(parser.value(user));
        if (!principal) {
            const QString message =
                QObject::tr("The desk cannot act as %1: %2").arg(parser.value(user), principal.error().message);
            if (parser.isSet(screenshot)) {
                std::fprintf(stderr, "lexecon: %s\n", qPrintable(message));
                return 2;
            }
            QMessageBox::critical(nullptr, QObject::tr("Lexecon Workstation"), message);
            return 2;
        }
        window.setActingUser(*principal);
    }
    if (parser.isSet(view) && !window.showView(parser.value(view))) {
        std::fprintf(stderr, "lexecon: unknown view \"%s\"; the views are %s\n", qPrintable(parser.value(view)),
                     qPrintable(window.viewNames().join(QStringLiteral(", "))));
        return 2;
    }
    if (parser.isSet(screenshot)) {
        window.show();
        QApplication::processEvents();
        // Views read their data off the GUI thread; the picture waits for it (two minutes at most).
        QElapsedTimer waited;
        waited.start();
        QTimer wake;
        wake.start(20);
        while (window.isViewLoading() && waited.elapsed() < 120000)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QApplication::processEvents();
        const QPixmap shot = window.grab();
        if (!shot.save(parser.value(screenshot), "PNG")) {
            std::fprintf(stderr, "lexecon: cannot write %s\n", qPrintable(parser.value(screenshot)));
            return 2;
        }
        return 0;
    }
    // Sign in before anything shows: the first start creates the first administrator.
    std::optional<Principal> signedIn;
    if (auto count = (*workspace)->users().count(); count && *count == 0) {
        Ui::FirstRunDialog firstRun((*workspace)->users(), (*workspace)->auth());
        if (firstRun.exec() != QDialog::Accepted)
            return 0;
        signedIn = firstRun.principal();
    } else {
        Ui::SignInDialog signIn((*workspace)->auth(), (*workspace)->mfa());
        Ui::OidcSignInButtons providers(**workspace);
        providers.attach(&signIn);
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        signedIn = signIn.principal();
    }
    window.setActingUser(*signedIn);
    window.restoreListener();
    window.show();
    return app.exec();
}
