#pragma once

#include "policy/PolicyDiff.h"

#include <QTreeWidget>

namespace Lexecon::Ui {

// A PolicyDiff as a list a reviewer scans: the change (icon and word), what it is, its id, and
// the before and after lines (for a change, which fields differ).
class PolicyDiffTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit PolicyDiffTree(QWidget *parent = nullptr);

    void setDiff(const PolicyDiff &diff);
    void clearDiff();
    // The change texts of every row ("added relation r3: …"), for tests and screen readers.
    QStringList rowTexts() const;
};

} // namespace Lexecon::Ui
