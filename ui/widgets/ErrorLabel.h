#pragma once

#include <QLabel>

namespace Lexecon::Ui {

// The sentence the core returned when it refused something, shown as a banner above a dialog's
// buttons: plain text (a message may quote what the user typed), wrapped, named "Error" for
// screen readers, and hidden while there is nothing to say. Red with white text in any palette.
class ErrorLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ErrorLabel(QWidget *parent = nullptr);

    void showError(const QString &message);
    void clearError();
};

} // namespace Lexecon::Ui
