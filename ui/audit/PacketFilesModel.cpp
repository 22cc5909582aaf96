#include "PacketFilesModel.h"

#include "audit/PacketReader.h"

namespace Lexecon::Ui {

PacketFilesModel::PacketFilesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

PacketFilesModel::~PacketFilesModel() = default;

void PacketFilesModel::setReader(std::unique_ptr<PacketReader> reader)
{
    beginResetModel();
    m_reader = std::move(reader);
    endResetModel();
}

int PacketFilesModel::rowOf(const QString &name) const
{
    if (!m_reader)
        return -1;
    const QList<PacketEntry> &entries = m_reader->entries();
    for (qsizetype i = 0; i < entries.size(); ++i)
        if (entries.at(i).name == name)
            return int(i);
    return -1;
}

int PacketFilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_reader ? 0 : int(m_reader->entries().size());
}

QVariant PacketFilesModel::data(const QModelIndex &index, int role) const
{
    if (!m_reader || !index.isValid() || index.row() >= m_reader->entries().size())
        return {};
    const PacketEntry &e = m_reader->entries().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1 (%2 bytes)").arg(e.name).arg(e.size);
    case NameRole:
        return e.name;
    case IndexRole:
        return e.index;
    default:
        return {};
    }
}

} // namespace Lexecon::Ui
