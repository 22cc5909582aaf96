#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace Lexecon {

class Database;

// One row of table checkpoints: a checkpoint the node signed.
struct StoredCheckpoint
{
    qint64 treeSize = 0;
    QByteArray rootHash; // 32 raw bytes, a copy of the note's root line
    QByteArray note;     // the signed note, verbatim
    QString createdAt;
};

// Reads and inserts signed checkpoints (migration 014). CheckpointService is the only writer.
class CheckpointStore
{
public:
    explicit CheckpointStore(std::shared_ptr<Database> db);

    // The checkpoint with the largest tree size; empty when none was signed yet.
    Result<std::optional<StoredCheckpoint>> latest();
    static Result<std::optional<StoredCheckpoint>> latest(QSqlDatabase &conn);
    Result<StoredCheckpoint> at(qint64 treeSize);
    // Every checkpoint, smallest tree first.
    Result<QList<StoredCheckpoint>> all();
    static Result<void> insert(QSqlDatabase &conn, const StoredCheckpoint &checkpoint);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace Lexecon
