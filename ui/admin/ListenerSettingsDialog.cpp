#include "ListenerSettingsDialog.h"

#include "ListenerController.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lexecon::Ui {

namespace {

QWidget *withBrowse(QLineEdit *edit, const QString &caption, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit);
    auto *browse = new QPushButton(ListenerSettingsDialog::tr("Browse…"), row);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, row, [edit, caption, row] {
        const QString file = QFileDialog::getOpenFileName(row, caption, edit->text(),
                                                          ListenerSettingsDialog::tr("PEM files (*.pem *.crt *.key);;All files (*)"));
        if (!file.isEmpty())
            edit->setText(file);
    });
    return row;
}

} // namespace

ListenerSettingsDialog::ListenerSettingsDialog(ListenerController &controller, QWidget *parent)
    : QDialog(parent), m_controller(controller)
{
    setWindowTitle(tr("Listener settings"));
    const IntakeOptions current = controller.options();

    m_listen = new QLineEdit(this);
    m_listen->setText(current.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(current.host).arg(current.port)
                                                              : QStringLiteral("%1:%2").arg(current.host).arg(current.port));
    m_listen->setPlaceholderText(QStringLiteral("127.0.0.1:8787"));
    m_listen->setToolTip(tr("HOST:PORT. 127.0.0.1 accepts requests from this machine only."));
    m_cert = new QLineEdit(current.tlsCertFile, this);
    m_key = new QLineEdit(current.tlsKeyFile, this);
    m_insecure = new QCheckBox(tr("Allow plain HTTP on a network address (requests and tokens travel unencrypted)"), this);
    m_insecure->setChecked(current.insecureLan);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#c62828;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Listen on"), m_listen);
    form->addRow(tr("TLS certificate"), withBrowse(m_cert, tr("TLS certificate"), this));
    form->addRow(tr("TLS private key"), withBrowse(m_key, tr("TLS private key"), this));
    form->addRow(QString(), m_insecure);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ListenerSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ListenerSettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString ListenerSettingsDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ListenerSettingsDialog::accept()
{
    IntakeOptions options = m_controller.options();
    QString why;
    if (auto parsed = IntakeOptions::parseListen(m_listen->text().trimmed(), &options); !parsed) {
        why = parsed.error().message;
    } else {
        options.tlsCertFile = m_cert->text().trimmed();
        options.tlsKeyFile = m_key->text().trimmed();
        options.insecureLan = m_insecure->isChecked();
        why = m_controller.setOptions(options);
    }
    if (!why.isEmpty()) {
        m_error->setText(why);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Lexecon::Ui
