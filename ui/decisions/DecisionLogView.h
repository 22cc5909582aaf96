#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLineEdit;
class QTableView;
class QLabel;

namespace Lexecon {
class DecisionLogModel;
class DecisionStore;
}

namespace Lexecon::Ui {

// The decision log: every decision, newest first, with filters on outcome, risk level and text.
class DecisionLogView : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionLogView(std::shared_ptr<DecisionStore> store, QWidget *parent = nullptr);

    DecisionLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public Q_SLOTS:
    void reload();

private:
    void applyFilter();

    DecisionLogModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_outcome = nullptr;
    QComboBox *m_risk = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    std::shared_ptr<DecisionStore> m_store;
};

} // namespace Lexecon::Ui
