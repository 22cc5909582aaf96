#include "SettingsView.h"

#include "RiskWeightsBox.h"
#include "SignInSettingsBox.h"
#include "SlaSettingsBox.h"
#include "admin/ListenerController.h"
#include "admin/ListenerSettingsDialog.h"
#include "widgets/PermissionNotice.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace Lexecon::Ui {

const QString SettingsView::LanguageKey = QStringLiteral("ui/language");

SettingsView::SettingsView(Workspace &workspace, ListenerController &listener, QSettings &deskSettings, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_listener(listener)
    , m_desk(deskSettings)
{
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setAccessibleName(tr("Settings permissions notice"));
    m_sla = new SlaSettingsBox(workspace, this);
    m_weights = new RiskWeightsBox(workspace, this);
    m_signIn = new SignInSettingsBox(workspace, this);

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(m_notice);
    pageLayout->addWidget(buildDesk());
    auto *workspaceTitle = new QLabel(tr("<b>Workspace settings</b> (shared by every desk; each change is recorded in "
                                         "the ledger)"),
                                      page);
    workspaceTitle->setWordWrap(true);
    pageLayout->addWidget(workspaceTitle);
    pageLayout->addWidget(m_sla);
    pageLayout->addWidget(m_weights);
    pageLayout->addWidget(m_signIn);
    pageLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // labels wrap instead
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(&m_listener, &ListenerController::stateChanged, this, &SettingsView::updateListener);
    updateListener();
    updateNotice();
}

QWidget *SettingsView::buildDesk()
{
    auto *box = new QGroupBox(tr("This desk"), this);
    auto *form = new QFormLayout(box);

    m_dataDir = new QLineEdit(m_workspace.dataDir(), box);
    m_dataDir->setReadOnly(true);
    m_dataDir->setAccessibleName(tr("Data directory"));
    auto *open = new QPushButton(tr("Open &folder"), box);
    open->setToolTip(tr("Show the data directory in the file manager"));
    connect(open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_workspace.dataDir())); });
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataDir, 1);
    dataRow->addWidget(open);
    auto *dataLabel = new QLabel(tr("&Data directory"), box);
    dataLabel->setBuddy(m_dataDir);
    form->addRow(dataLabel, dataRow);

    m_listenerState = new QLabel(box);
    m_listenerState->setWordWrap(true);
    m_listenerState->setAccessibleName(tr("Intake listener state"));
    m_listenerToggle = new QPushButton(box);
    m_listenerSettings = new QPushButton(tr("Listener &settings…"), box);
    connect(m_listenerToggle, &QPushButton::clicked, this, [this] {
        if (m_listener.isRunning()) {
            m_listener.stop();
        } else if (const QString why = m_listener.start(); !why.isEmpty()) {
            m_listenerState->setText(tr("⚠ The listener cannot start: %1").arg(why));
            return;
        }
        updateListener();
    });
    connect(m_listenerSettings, &QPushButton::clicked, this, [this] {
        ListenerSettingsDialog dialog(m_listener, this);
        dialog.exec();
        updateListener();
    });
    auto *listenerRow = new QHBoxLayout;
    listenerRow->addWidget(m_listenerState, 1);
    listenerRow->addWidget(m_listenerToggle);
    listenerRow->addWidget(m_listenerSettings);
    form->addRow(tr("Intake listener"), listenerRow);

    m_language = new QComboBox(box);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System"), QString());
    // Each language in its own name, so a person who cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    auto *languageNote = new QLabel(tr("Applies at the next start."), box);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addWidget(languageNote, 1);
    auto *languageLabel = new QLabel(tr("&Language"), box);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, languageRow);
    reload();
    connect(m_language, &QComboBox::activated, this, [this] {
        const QString code = m_language->currentData().toString();
        if (code.isEmpty())
            m_desk.remove(LanguageKey);
        else
            m_desk.setValue(LanguageKey, code);
        m_desk.sync();
        Q_EMIT languageChanged(code);
    });
    return box;
}

void SettingsView::setActingUser(const Principal &user)
{
    m_user = user;
    m_sla->setActingUser(m_user);
    m_weights->setActingUser(m_user);
    m_signIn->setActingUser(m_user);
    updateNotice();
}

void SettingsView::reload()
{
    const int at = m_language->findData(m_desk.value(LanguageKey).toString());
    m_language->setCurrentIndex(at < 0 ? 0 : at);
    m_sla->load();
    m_weights->load();
    m_signIn->load();
}

void SettingsView::updateListener()
{
    const IntakeOptions options = m_listener.options();
    const QString security = options.tls() ? tr("TLS") : tr("plain HTTP");
    if (m_listener.isRunning())
        m_listenerState->setText(tr("✔ Listening on %1 (%2).").arg(m_listener.address(), security));
    else if (!m_listener.lastError().isEmpty())
        m_listenerState->setText(tr("⚠ Stopped: %1").arg(m_listener.lastError()));
    else
        m_listenerState->setText(
            tr("Stopped; configured for %1:%2 (%3).").arg(options.host).arg(options.port).arg(security));
    m_listenerToggle->setText(m_listener.isRunning() ? tr("S&top listener") : tr("St&art listener"));
}

void SettingsView::updateNotice()
{
    const QString why = PermissionNotice::refusal(m_user, Permission::ManageSettings, tr("change workspace settings"));
    m_notice->setText(why.isEmpty() ? QString() : tr("Workspace settings are read-only: %1").arg(why));
    m_notice->setVisible(!why.isEmpty());
}

QString SettingsView::listenerText() const
{
    return m_listenerState->text();
}

QString SettingsView::noticeText() const
{
    return m_notice->text();
}

} // namespace Lexecon::Ui
