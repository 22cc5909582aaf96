#pragma once

#include "LedgerStore.h"

#include <QAbstractTableModel>

#include <memory>

namespace Lexecon {

class Database;

// The ledger as a table, newest entry first, fetching pages as the view scrolls so a ledger of
// millions of entries opens at once. refresh() is a single MAX(idx) query that puts entries
// appended since (by this process or another) on top; the view calls it on a timer.
// Lives in core (QtCore only) so the desktop and the tests share it.
class LedgerEntriesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Index, Time, Type, Actor, Summary, Hash, ColumnCount };
    enum Role {
        EntryIndexRole = Qt::UserRole, // the entry's ledger index (qint64)
        FullHashRole,                  // the full hex entry_hash
    };

    explicit LedgerEntriesModel(std::shared_ptr<Database> db, QObject *parent = nullptr);

    void setFilter(const LedgerFilter &filter);
    LedgerFilter filter() const { return m_filter; }
    // The entry types present in the ledger, for a type filter.
    QStringList types() const;
    const LedgerEntry *entryAt(int row) const;
    // The row showing ledger index `index`, or -1 when it is not loaded (or filtered out).
    int rowOf(qint64 index) const;
    // Entries in the ledger (filtered or not) when it was last read.
    qint64 ledgerSize() const { return m_ledgerSize; }
    // The last read failure as a sentence; empty when the last read worked.
    QString lastError() const { return m_error; }

    // The payload in one line: its top-level members as "key: value" joined by " · ", in canonical
    // order but identifiers and hashes (id, *_id, *hash, *sha256) last, nested objects and arrays
    // abbreviated, cut at maxChars with an ellipsis.
    static QString summarize(const QJsonObject &payload, int maxChars = 160);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public Q_SLOTS:
    // Re-reads from the newest entry.
    void reload();
    // Puts entries appended since the last read on top; returns how many rows it added. A large
    // burst (more than a page) reloads instead, so the top of the table stays the newest entries.
    int refresh();

Q_SIGNALS:
    // The ledger has size entries now (after a reload or a refresh that found new ones).
    void ledgerSizeChanged(qint64 size);

private:
    qint64 readSize();

    std::shared_ptr<Database> m_db;
    LedgerStore m_store;
    LedgerFilter m_filter;
    QList<LedgerEntry> m_rows;
    qint64 m_ledgerSize = 0;
    bool m_exhausted = false;
    QString m_error;

public:
    static constexpr int PageSize = 200;
};

} // namespace Lexecon
