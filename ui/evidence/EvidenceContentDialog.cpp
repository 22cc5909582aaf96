#include "EvidenceContentDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Lexecon::Ui {

EvidenceContentDialog::EvidenceContentDialog(const QString &artifactId, const QString &mediaType,
                                             const QByteArray &content, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Evidence %1 — %2").arg(artifactId, mediaType));
    QString text = QString::fromUtf8(content);
    if (const QJsonDocument json = QJsonDocument::fromJson(content); !json.isNull())
        text = QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    m_viewer = new QPlainTextEdit(text, this);
    m_viewer->setReadOnly(true);
    m_viewer->setAccessibleName(tr("Artifact content"));
    m_viewer->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_viewer);
    layout->addWidget(buttons);
    resize(720, 520);
}

QString EvidenceContentDialog::text() const
{
    return m_viewer->toPlainText();
}

} // namespace Lexecon::Ui
