#pragma once

#include "DecisionStore.h"

#include <QAbstractTableModel>

#include <memory>

namespace Lexecon {

// The decision log as a table model that fetches pages as the view scrolls, so a log of a
// million decisions opens at once. Lives in core (QtCore only) so views and tests share it.
class DecisionLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Decision, Actor, Action, Outcome, Risk, Policy, ColumnCount };

    explicit DecisionLogModel(std::shared_ptr<DecisionStore> store, QObject *parent = nullptr);

    void setFilter(const DecisionFilter &filter);
    DecisionFilter filter() const { return m_filter; }
    const DecisionRecord *recordAt(int row) const;
    // The row of a loaded decision, or -1.
    int rowOf(const QString &decisionId) const;
    // Re-reads from the first page (after the workspace changed).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // The level word as the user's language says it.
    static QString riskLevelName(const QString &level);

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    std::shared_ptr<DecisionStore> m_store;
    DecisionFilter m_filter;
    QList<DecisionRecord> m_rows;
    bool m_exhausted = false;
    static constexpr int kPage = 200;
};

} // namespace Lexecon
