#include "LedgerEntriesModel.h"

#include "common/CanonicalJson.h"
#include "common/Timestamp.h"

#include <QDateTime>
#include <QJsonArray>

namespace Lexecon {

namespace {

QString oneValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::fromUtf8(CanonicalJson::serialize(value));
    case QJsonValue::Array: return QStringLiteral("[%1]").arg(value.toArray().size());
    case QJsonValue::Object: return QStringLiteral("{…}");
    case QJsonValue::Undefined: break;
    }
    return {};
}

} // namespace

LedgerEntriesModel::LedgerEntriesModel(std::shared_ptr<Database> db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_store(std::move(db))
{
    reload();
}

void LedgerEntriesModel::setFilter(const LedgerFilter &filter)
{
    m_filter = filter;
    reload();
}

QStringList LedgerEntriesModel::types() const
{
    auto types = LedgerStore(m_db).types();
    return types ? *types : QStringList();
}

qint64 LedgerEntriesModel::readSize()
{
    auto size = m_store.size();
    if (!size) {
        m_error = size.error().message;
        return m_ledgerSize;
    }
    return *size;
}

void LedgerEntriesModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    m_error.clear();
    endResetModel();
    // The size first: entries appended between the two reads are then found by the next refresh.
    const qint64 before = m_ledgerSize;
    m_ledgerSize = readSize();
    fetchMore({});
    if (m_ledgerSize != before)
        Q_EMIT ledgerSizeChanged(m_ledgerSize);
}

int LedgerEntriesModel::refresh()
{
    const qint64 size = readSize();
    if (size <= m_ledgerSize)
        return 0;
    if (size - m_ledgerSize > PageSize) {
        reload();
        return int(m_rows.size());
    }
    auto added = m_store.matchingFrom(m_filter, m_ledgerSize, PageSize);
    if (!added) {
        m_error = added.error().message;
        return 0;
    }
    m_ledgerSize = size;
    // Only what the size covered: a later append is the next refresh's.
    while (!added->isEmpty() && added->last().index >= size)
        added->removeLast();
    if (!added->isEmpty()) {
        std::reverse(added->begin(), added->end()); // newest first, like the rest of the table
        beginInsertRows({}, 0, int(added->size()) - 1);
        m_rows = *added + m_rows;
        endInsertRows();
    }
    Q_EMIT ledgerSizeChanged(m_ledgerSize);
    return int(added->size());
}

const LedgerEntry *LedgerEntriesModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int LedgerEntriesModel::rowOf(qint64 index) const
{
    // Rows are in descending index order.
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), index,
                                     [](const LedgerEntry &e, qint64 i) { return e.index > i; });
    return it != m_rows.cend() && it->index == index ? int(it - m_rows.cbegin()) : -1;
}

QString LedgerEntriesModel::summarize(const QJsonObject &payload, int maxChars)
{
    QStringList keys = payload.keys();
    // What happened first, which records it concerns last: identifiers and hashes are long and
    // alike from row to row. Within each group canonical order (RFC 8785 sorts by UTF-16 code
    // units, as QString's operator< does).
    const auto isReference = [](const QString &key) {
        return key == QLatin1String("id") || key.endsWith(QLatin1String("_id")) ||
               key.endsWith(QLatin1String("hash")) || key.endsWith(QLatin1String("sha256")) ||
               key.endsWith(QLatin1String("_commitment")); // salted commitments (core/crypto/Commitment.h)
    };
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        const bool ra = isReference(a), rb = isReference(b);
        return ra != rb ? rb : a < b;
    });
    QStringList parts;
    qsizetype length = 0;
    for (const QString &key : keys) {
        QString part = QStringLiteral("%1: %2").arg(key, oneValue(payload.value(key)));
        part.replace(QLatin1Char('\n'), QLatin1Char(' '));
        parts << part;
        length += part.size() + 3;
        if (length > maxChars)
            break;
    }
    QString line = parts.join(QStringLiteral(" · "));
    if (line.size() > maxChars)
        line = line.left(maxChars - 1) + QStringLiteral("…");
    return line;
}

int LedgerEntriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LedgerEntriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerEntriesModel::data(const QModelIndex &index, int role) const
{
    const LedgerEntry *e = entryAt(index.row());
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Index: return e->index;
        case Time: {
            const auto ms = Timestamp::parse(e->timestamp);
            return ms ? QDateTime::fromMSecsSinceEpoch(*ms).toLocalTime().toString(
                            QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                      : e->timestamp;
        }
        case Type: return e->type;
        case Actor: return e->actor;
        case Summary: return summarize(e->payload);
        case Hash: return e->entryHash.left(12) + QStringLiteral("…");
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time: return e->timestamp;
        case Summary: return summarize(e->payload, 2000);
        case Hash: return e->entryHash;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Index)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case EntryIndexRole: return e->index;
    case FullHashRole: return e->entryHash;
    }
    return {};
}

QVariant LedgerEntriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Index: return tr("Index");
    case Time: return tr("Time");
    case Type: return tr("Type");
    case Actor: return tr("Actor");
    case Summary: return tr("Payload");
    case Hash: return tr("Entry hash");
    }
    return {};
}

bool LedgerEntriesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void LedgerEntriesModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    // Below the oldest loaded row; the first page starts at the size read by reload().
    const qint64 before = m_rows.isEmpty() ? m_ledgerSize : m_rows.last().index;
    auto page = m_store.newestFirst(m_filter, before, PageSize);
    if (!page) {
        m_error = page.error().message;
        m_exhausted = true;
        return;
    }
    if (page->size() < PageSize)
        m_exhausted = true;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

} // namespace Lexecon
