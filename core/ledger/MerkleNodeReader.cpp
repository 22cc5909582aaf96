#include "MerkleNodeReader.h"

#include "MerkleProofBuilder.h"
#include "MerkleTree.h"
#include "storage/Sql.h"

#include <QStringList>

#include <bit>

namespace Lexecon {

MerkleNodeReader::MerkleNodeReader(QSqlDatabase &conn)
    : m_conn(conn)
{
}

void MerkleNodeReader::want(int level, qint64 idx)
{
    m_wanted.insert({level, idx});
}

Result<void> MerkleNodeReader::fetch()
{
    if (m_wanted.isEmpty())
        return {};
    // Integers computed here, so literal SQL is safe; binding up to 128 values costs more in QtSql.
    QStringList keys;
    for (const Key &key : std::as_const(m_wanted))
        keys << QString::number(MerkleTree::nodePos(key.first, key.second));
    auto q = Sql::exec(m_conn, QStringLiteral("SELECT level, idx, hash FROM merkle_nodes WHERE pos IN (%1)")
                                   .arg(keys.join(QLatin1Char(','))));
    if (!q)
        return q.error();
    while (q->next())
        m_cache.insert({q->value(0).toInt(), q->value(1).toLongLong()}, q->value(2).toByteArray());
    m_wanted.clear();
    return {};
}

Result<QList<QByteArray>> MerkleNodeReader::twoPass(const std::function<Result<QList<QByteArray>>()> &compute)
{
    m_recording = true;
    (void)compute();
    m_recording = false;
    if (auto fetched = fetch(); !fetched)
        return fetched.error();
    return compute();
}

Result<QByteArray> MerkleNodeReader::node(int level, qint64 idx)
{
    if (m_recording) {
        want(level, idx);
        return QByteArray(MerkleTree::HashSize, '\0');
    }
    const auto it = m_cache.constFind({level, idx});
    if (it == m_cache.constEnd())
        return Error::integrity(
            QStringLiteral("the Merkle tree has no stored node at level %1, index %2; it is incomplete")
                .arg(level)
                .arg(idx));
    if (it->size() != MerkleTree::HashSize)
        return Error::integrity(
            QStringLiteral("the stored Merkle node at level %1, index %2 is not a 32-byte hash").arg(level).arg(idx));
    return *it;
}

Result<QByteArray> MerkleNodeReader::range(qint64 start, qint64 count)
{
    if (std::has_single_bit(quint64(count)) && start % count == 0) {
        const int level = std::countr_zero(quint64(count));
        return node(level, start >> level);
    }
    const qint64 k = MerkleProofBuilder::splitPoint(count);
    auto left = range(start, k);
    if (!left)
        return left;
    auto right = range(start + k, count - k);
    if (!right)
        return right;
    return m_recording ? *left : MerkleTree::nodeHash(*left, *right);
}

} // namespace Lexecon
