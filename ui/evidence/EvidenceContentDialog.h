#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace Lexecon::Ui {

// Shows an artifact's text or JSON content (JSON indented), read-only, in a fixed-width font.
class EvidenceContentDialog : public QDialog
{
    Q_OBJECT
public:
    EvidenceContentDialog(const QString &artifactId, const QString &mediaType, const QByteArray &content,
                          QWidget *parent = nullptr);

    QString text() const;

private:
    QPlainTextEdit *m_viewer = nullptr;
};

} // namespace Lexecon::Ui
