#pragma once

#include "compliance/ComplianceMapper.h"

#include <QWidget>

class QTextBrowser;

namespace Lexecon::Ui {

// The selected control in full: its status and where it came from, the governance primitives
// linked to it with their live evidence, related controls of other frameworks, and every status
// an officer set, oldest first.
class ControlDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit ControlDetailPane(QWidget *parent = nullptr);

    void showControl(const ControlAssessment &control, const QList<ManualControlStatus> &history);
    void clear();
    QString text() const;

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace Lexecon::Ui
