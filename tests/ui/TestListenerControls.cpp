#include "MainWindow.h"
#include "admin/ListenerController.h"
#include "admin/ListenerSettingsDialog.h"
#include "admin/ListenerStatusWidget.h"

#include "mock/MockClock.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QEventLoop>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Lexecon;

// The desk's HTTP listener as a user works it: start and stop from the status bar, the address
// and rate shown, settings refused with a reason or saved for the next launch.
class TestListenerControls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MockClock m_clock;
    std::unique_ptr<Workspace> m_ws;

    std::unique_ptr<QSettings> freshSettings(const QString &name)
    {
        auto settings = std::make_unique<QSettings>(m_dir.filePath(name + QStringLiteral(".ini")), QSettings::IniFormat);
        settings->clear();
        return settings;
    }

    static IntakeOptions anyPort()
    {
        IntakeOptions o;
        o.port = 0; // a free port: tests must not collide with a real listener on 8787
        return o;
    }

    static int httpStatus(const QString &url)
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(url)));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto ws = Workspace::open(m_dir.path(), m_clock, true);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
    }

    void startsAndStopsFromTheStatusBar()
    {
        auto settings = freshSettings(QStringLiteral("start-stop"));
        Ui::ListenerController controller(*m_ws, *settings);
        QVERIFY(controller.setOptions(anyPort()).isEmpty());
        Ui::ListenerStatusWidget status(controller);
        QCOMPARE(status.text(), QStringLiteral("Listener off"));

        auto *toggle = status.findChild<QToolButton *>();
        QVERIFY(toggle);
        QCOMPARE(toggle->text(), QStringLiteral("Start"));
        toggle->click();
        QVERIFY(controller.isRunning());
        QVERIFY2(status.text().startsWith(QStringLiteral("Listening on http://127.0.0.1:")), qPrintable(status.text()));
        QVERIFY(status.text().contains(controller.address()));
        QCOMPARE(toggle->text(), QStringLiteral("Stop"));
        QCOMPARE(httpStatus(controller.address() + QStringLiteral("/health")), 200);
        QCOMPARE(settings->value(QStringLiteral("intake/enabled")).toBool(), true);

        toggle->click();
        QVERIFY(!controller.isRunning());
        QCOMPARE(status.text(), QStringLiteral("Listener off"));
        QCOMPARE(settings->value(QStringLiteral("intake/enabled")).toBool(), false);
        QCOMPARE(httpStatus(QStringLiteral("http://127.0.0.1:%1/health").arg(QUrl(controller.address()).port())), 0);
    }

    void resumesOnTheNextLaunchOnlyIfItWasOn()
    {
        auto settings = freshSettings(QStringLiteral("resume"));
        {
            Ui::ListenerController first(*m_ws, *settings);
            QVERIFY(first.setOptions(anyPort()).isEmpty());
            QVERIFY(first.start().isEmpty());
        } // the desk closes with the listener on
        {
            Ui::ListenerController second(*m_ws, *settings);
            QCOMPARE(second.options().port, 0);
            QVERIFY(second.restore().isEmpty());
            QVERIFY(second.isRunning());
            second.stop(); // the user turns it off
        }
        Ui::ListenerController third(*m_ws, *settings);
        QVERIFY(third.restore().isEmpty());
        QVERIFY(!third.isRunning());
    }

    void aTakenPortIsReportedNotHidden()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        auto settings = freshSettings(QStringLiteral("taken"));
        Ui::ListenerController controller(*m_ws, *settings);
        IntakeOptions options;
        options.port = squatter.serverPort();
        QVERIFY(controller.setOptions(options).isEmpty());
        Ui::ListenerStatusWidget status(controller);
        const QString why = controller.start();
        QVERIFY(!why.isEmpty());
        QVERIFY(!controller.isRunning());
        QVERIFY2(status.text().startsWith(QStringLiteral("Listener stopped: ")), qPrintable(status.text()));
        QVERIFY(status.text().contains(why));
        QCOMPARE(settings->value(QStringLiteral("intake/enabled"), false).toBool(), false);
    }

    void settingsDialogRefusesUnsafeOrMalformedAddresses_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::addColumn<bool>("insecure");
        QTest::addColumn<QString>("cert");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("loopback") << QStringLiteral("127.0.0.1:9911") << false << QString() << true;
        QTest::newRow("lan without tls") << QStringLiteral("0.0.0.0:9911") << false << QString() << false;
        QTest::newRow("lan, insecure by choice") << QStringLiteral("0.0.0.0:9911") << true << QString() << true;
        QTest::newRow("not an address") << QStringLiteral("localhost") << false << QString() << false;
        QTest::newRow("port out of range") << QStringLiteral("127.0.0.1:70000") << false << QString() << false;
        QTest::newRow("half a tls pair") << QStringLiteral("127.0.0.1:9911") << false << QStringLiteral("/nonexistent/cert.pem") << false;
    }

    void settingsDialogRefusesUnsafeOrMalformedAddresses()
    {
        QFETCH(QString, listen);
        QFETCH(bool, insecure);
        QFETCH(QString, cert);
        QFETCH(bool, accepted);
        auto settings = freshSettings(QStringLiteral("dialog"));
        Ui::ListenerController controller(*m_ws, *settings);
        const IntakeOptions before = controller.options();
        Ui::ListenerSettingsDialog dialog(controller);
        const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
        QCOMPARE(edits.size(), 3);
        edits.at(0)->setText(listen);
        edits.at(1)->setText(cert);
        dialog.findChild<QCheckBox *>()->setChecked(insecure);
        dialog.accept();
        QCOMPARE(dialog.result() == QDialog::Accepted, accepted);
        if (accepted) {
            QVERIFY(dialog.error().isEmpty());
            QCOMPARE(settings->value(QStringLiteral("intake/listen")).toString(), listen);
        } else {
            QVERIFY(!dialog.error().isEmpty());
            QCOMPARE(controller.options().host, before.host); // nothing changed
            QCOMPARE(controller.options().port, before.port);
            QVERIFY(!settings->contains(QStringLiteral("intake/listen")));
        }
    }

    void mainWindowShowsTheListener()
    {
        auto settings = freshSettings(QStringLiteral("window"));
        Ui::MainWindow window(*m_ws, settings.get());
        window.show();
        auto *status = window.findChild<Ui::ListenerStatusWidget *>();
        QVERIFY(status);
        QCOMPARE(status->text(), QStringLiteral("Listener off"));
        bool hasMenu = false;
        for (QAction *menu : window.menuBar()->actions())
            hasMenu = hasMenu || menu->text() == QStringLiteral("&Listener");
        QVERIFY(hasMenu);
        QVERIFY(window.listener().setOptions(anyPort()).isEmpty());
        QVERIFY(window.listener().start().isEmpty());
        status->refresh();
        QVERIFY(status->text().contains(window.listener().address()));
    }
};

QTEST_MAIN(TestListenerControls)
#include "TestListenerControls.moc"
