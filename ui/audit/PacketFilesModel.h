#pragma once

#include <QAbstractListModel>

#include <memory>

namespace Lexecon {
class PacketReader;
}

namespace Lexecon::Ui {

// The files of an opened packet, straight from its reader's directory: a packet holds 100,000
// proofs, and an item object per file (QListWidget) froze the window for seconds.
// Qt::DisplayRole is "name (size bytes)", NameRole the name, IndexRole the zip entry index.
class PacketFilesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { NameRole = Qt::UserRole, IndexRole };

    explicit PacketFilesModel(QObject *parent = nullptr);
    ~PacketFilesModel() override;

    // Shows the reader's entries (nullptr: none); the model keeps the reader.
    void setReader(std::unique_ptr<PacketReader> reader);
    const PacketReader *reader() const { return m_reader.get(); }
    // The row of the first file with that name, or -1.
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    std::unique_ptr<PacketReader> m_reader;
};

} // namespace Lexecon::Ui
