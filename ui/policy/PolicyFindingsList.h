#pragma once

#include "policy/PolicyFinding.h"

#include <QList>
#include <QTreeWidget>

namespace Lexecon::Ui {

// `policy check` findings as a list: severity (icon and word, never colour alone), kind, the
// sentence, and the relations involved. Errors first, as the analyzer orders them.
class PolicyFindingsList : public QTreeWidget
{
    Q_OBJECT
public:
    explicit PolicyFindingsList(QWidget *parent = nullptr);

    void setFindings(const QList<PolicyFinding> &findings);
    // "2 errors, 1 warning, 3 notes" or "No findings: …".
    QString summary() const { return m_summary; }
    int errorCount() const { return m_errors; }

private:
    QString m_summary;
    int m_errors = 0;
};

} // namespace Lexecon::Ui
