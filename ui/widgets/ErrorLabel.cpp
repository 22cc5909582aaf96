#include "ErrorLabel.h"

namespace Lexecon::Ui {

ErrorLabel::ErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(tr("Error"));
    // Fixed colours on purpose: the banner reads the same in light and dark palettes.
    setStyleSheet(QStringLiteral("QLabel { color: white; background: #b71c1c; padding: 6px; border-radius: 3px; }"));
    hide();
}

void ErrorLabel::showError(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

void ErrorLabel::clearError()
{
    clear();
    hide();
}

} // namespace Lexecon::Ui
