#include "admin/ListenerController.h"
#include "settings/RiskWeightsBox.h"
#include "settings/SettingsView.h"
#include "settings/SignInSettingsBox.h"
#include "auth/AuthSettings.h"
#include "settings/SlaSettingsBox.h"

#include "auth/Principal.h"
#include "auth/UserService.h"
#include "escalation/EscalationService.h"
#include "escalation/SlaPolicy.h"
#include "ledger/LedgerStore.h"
#include "mock/MockClock.h"
#include "risk/RiskScorer.h"
#include "support/PolicyWorkspace.h"
#include "support/Screenshots.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceSettings.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

namespace {
constexpr qint64 kStartMs = 1795341600000; // 2026-11-22T10:00:00Z
constexpr qint64 kHourMs = 3600 * 1000;
} // namespace

// The settings screen driven through its real widgets, offscreen, over a real workspace: risk
// weights and SLA go through the core's validation and permission; refused input saves nothing.
class TestSettingsView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MockClock m_clock{kStartMs};
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<QSettings> m_desk;
    std::unique_ptr<Ui::ListenerController> m_listener;

    Principal user(const QString &name)
    {
        auto p = m_ws->users().principalFor(name);
        if (!p)
            qFatal("%s", qPrintable(p.error().message));
        return *p;
    }

    qint64 ledgerSize() { return LedgerStore(m_ws->database()).size().value(); }

private Q_SLOTS:
    void initTestCase()
    {
        auto ws = Test::openPolicyWorkspace(m_dir.path(), m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
        QVERIFY(m_ws->users().add(QStringLiteral("ada"), Role::Admin, Principal::system()).ok());
        QVERIFY(m_ws->users().add(QStringLiteral("vera"), Role::Viewer, user(QStringLiteral("ada"))).ok());
        m_desk = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
        m_listener = std::make_unique<Ui::ListenerController>(*m_ws, *m_desk);
    }

    void showsTheDataDirAndListener()
    {
        Ui::SettingsView view(*m_ws, *m_listener, *m_desk);
        QCOMPARE(view.dataDirEdit()->text(), m_ws->dataDir());
        QVERIFY(view.dataDirEdit()->isReadOnly());
        QVERIFY2(view.listenerText().contains(QStringLiteral("Stopped")), qPrintable(view.listenerText()));
        QVERIFY(view.noticeText().contains(QStringLiteral("manage_settings")));
    }

    void invalidRiskWeightsAreRefusedAndNothingIsSaved()
    {
        Ui::SettingsView view(*m_ws, *m_listener, *m_desk);
        view.setActingUser(user(QStringLiteral("ada")));
        Ui::RiskWeightsBox *box = view.riskWeights();
        QCOMPARE(box->weightFor(QStringLiteral("security"))->value(), 25);
        box->weightFor(QStringLiteral("security"))->setValue(50); // sum 125
        QVERIFY(box->sumText().contains(QStringLiteral("125")));
        const qint64 before = ledgerSize();
        QTest::mouseClick(box->saveButton(), Qt::LeftButton);
        QVERIFY2(box->messageText().contains(QStringLiteral("Not saved")), qPrintable(box->messageText()));
        QVERIFY(box->messageText().contains(QStringLiteral("100")));
        QVERIFY(m_ws->settings().value(Ui::RiskWeightsBox::SettingKey).isEmpty());
        QCOMPARE(ledgerSize(), before);
    }

    void validRiskWeightsAreSavedAndRecorded()
    {
        Ui::SettingsView view(*m_ws, *m_listener, *m_desk);
        view.setActingUser(user(QStringLiteral("ada")));
        Ui::RiskWeightsBox *box = view.riskWeights();
        box->weightFor(QStringLiteral("security"))->setValue(30);
        box->weightFor(QStringLiteral("privacy"))->setValue(15);
        const qint64 before = ledgerSize();
        QTest::mouseClick(box->saveButton(), Qt::LeftButton);
        QVERIFY2(box->messageText().startsWith(QStringLiteral("Saved")), qPrintable(box->messageText()));
        const QJsonObject stored =
            QJsonDocument::fromJson(m_ws->settings().value(Ui::RiskWeightsBox::SettingKey).toUtf8()).object();
        QCOMPARE(stored.value(QStringLiteral("security")).toInt(), 30);
        QCOMPARE(stored.value(QStringLiteral("privacy")).toInt(), 15);
        QCOMPARE(ledgerSize(), before + 1);
        // A fresh view shows what was saved.
        Ui::SettingsView again(*m_ws, *m_listener, *m_desk);
        QCOMPARE(again.riskWeights()->weightFor(QStringLiteral("security"))->value(), 30);
    }

    void viewerCannotSave()
    {
        Ui::SettingsView view(*m_ws, *m_listener, *m_desk);
        view.setActingUser(user(QStringLiteral("vera")));
        QVERIFY(!view.riskWeights()->saveButton()->isEnabled());
        QVERIFY(!view.slaSettings()->saveButton()->isEnabled());
        QVERIFY(view.noticeText().contains(QStringLiteral("manage_settings")));
        const qint64 before = ledgerSize();
        QVERIFY(!view.slaSettings()->save());
        QVERIFY(view.slaSettings()->messageText().contains(QStringLiteral("manage_settings")));
        QCOMPARE(ledgerSize(), before);
    }

    void signInSettingsAreSavedForTheWorkspace()
    {
        Ui::SettingsView view(*m_ws, *m_listener, *m_desk);
        Ui::SignInSettingsBox *box = view.signInSettings();
        QCOMPARE(box->idleMinutesBox()->value(), AuthSettings::DefaultIdleLockMinutes);
        QCOMPARE(box->passwordDaysBox()->value(), AuthSettings::DefaultPasswordMaxAgeDays);

        view.setActingUser(user(QStringLiteral("vera")));
        QVERIFY(!box->saveButton()->isEnabled());
        box->idleMinutesBox()->setValue(5);
        QVERIFY(!box->save());
        QVERIFY(box->messageText().contains(QStringLiteral("manage_settings")));
        QCOMPARE(AuthSettings(m_ws->database()).idleLockMinutes(), AuthSettings::DefaultIdleLockMinutes);

        view.setActingUser(user(QStringLiteral("ada")));
        box->idleMinutesBox()->setValue(5);
        box->passwordDaysBox()->setValue(0);
        QVERIFY(box->save());
        const AuthSettings saved(m_ws->database());
        QCOMPARE(saved.idleLockMinutes(), 5);
        QCOMPARE(saved.idleLockMs(), qint64(5 * 60 * 1000));
        QCOMPARE(saved.passwordMaxAgeMs(), qint64(0)); // 0: passwords no longer expire
    }

    void slaIsSavedAndApplied()
    {
        Ui::SettingsView view(*m_ws, *m_listener, *m_desk);
        view.setActingUser(user(QStringLiteral("ada")));
        Ui::SlaSettingsBox *sla = view.slaSettings();
        QCOMPARE(sla->hoursFor(QStringLiteral("critical"))->value(), 2);
        sla->hoursFor(QStringLiteral("high"))->setValue(4);
        QComboBox *action = sla->actionFor(QStringLiteral("high"));
        action->setCurrentIndex(action->findData(QStringLiteral("auto_deny")));
        QTest::mouseClick(sla->saveButton(), Qt::LeftButton);
        QVERIFY2(sla->messageText().startsWith(QStringLiteral("Saved")), qPrintable(sla->messageText()));
        QCOMPARE(m_ws->escalations().slaPolicy().durationMs(QStringLiteral("high")), 4 * kHourMs);
        QCOMPARE(m_ws->escalations().slaPolicy().breachAction(QStringLiteral("high")), BreachAction::AutoDeny);
        QVERIFY(m_ws->settings().value(Ui::SlaSettingsBox::SettingKey).contains(QStringLiteral("auto_deny")));
    }

    void slaWarningAfterTheShortestDeadlineIsRefused()
    {
        Ui::SettingsView view(*m_ws, *m_listener, *m_desk);
        view.setActingUser(user(QStringLiteral("ada")));
        Ui::SlaSettingsBox *sla = view.slaSettings();
        const QString before = m_ws->settings().value(Ui::SlaSettingsBox::SettingKey);
        sla->warningMinutes()->setValue(180); // critical is 2 h
        QVERIFY(!sla->save());
        QVERIFY2(sla->messageText().contains(QStringLiteral("warning")), qPrintable(sla->messageText()));
        QCOMPARE(m_ws->settings().value(Ui::SlaSettingsBox::SettingKey), before);
    }

    void aReopenedWorkspaceUsesTheSavedSettings()
    {
        auto reopened = Workspace::open(m_dir.path(), m_clock);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
        QCOMPARE((*reopened)->riskScorer().weights().weight(QStringLiteral("security")), 30);
        QCOMPARE((*reopened)->escalations().slaPolicy().durationMs(QStringLiteral("high")), 4 * kHourMs);
    }

    void languageIsStoredForTheNextStart()
    {
        Ui::SettingsView view(*m_ws, *m_listener, *m_desk);
        QComboBox *language = view.languageBox();
        QCOMPARE(language->currentIndex(), 0); // System
        const int german = language->findData(QStringLiteral("de"));
        language->setCurrentIndex(german);
        Q_EMIT language->activated(german);
        QCOMPARE(m_desk->value(Ui::SettingsView::LanguageKey).toString(), QStringLiteral("de"));
        Ui::SettingsView again(*m_ws, *m_listener, *m_desk);
        QCOMPARE(again.languageBox()->currentData().toString(), QStringLiteral("de"));
        language->setCurrentIndex(0);
        Q_EMIT language->activated(0);
        QVERIFY(!m_desk->contains(Ui::SettingsView::LanguageKey));

        view.setActingUser(user(QStringLiteral("vera")));
        view.resize(1000, 820);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(50); // let the scroll area settle its layout
        QVERIFY(view.grab().save(Test::screenshotPath(QStringLiteral("settings.png"))));
    }
};

QTEST_MAIN(TestSettingsView)
#include "TestSettingsView.moc"
