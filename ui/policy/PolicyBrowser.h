#pragma once

#include "policy/Policy.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace Lexecon::Ui {

// A policy's terms and relations in one filterable tree: terms with their kind and label,
// relations (permits, forbids, requires, implies, conflicts) with source, target and object.
class PolicyBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyBrowser(QWidget *parent = nullptr);

    void setPolicy(const Policy &policy);
    void clearPolicy(const QString &why);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *kindFilter() const { return m_kind; }
    // Rows left visible by the filters (terms and relations, without the two group rows).
    int visibleCount() const;

private:
    void applyFilter();

    QLineEdit *m_filter = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_count = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace Lexecon::Ui
