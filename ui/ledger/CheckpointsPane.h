#pragma once

#include "auth/Principal.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

#include <memory>

namespace Lexecon {
class CheckpointService;
class Database;
} // namespace Lexecon

namespace Lexecon::Ui {

// The node's signed checkpoints (tree size, time, root hash), newest first, and "Sign
// checkpoint now". Signing is the node's act, as in `lexecon-cli ledger checkpoint`; the desk lets
// the acting user trigger it when they may manage settings (the node itself when nobody is signed in).
class CheckpointsPane : public QWidget
{
    Q_OBJECT
public:
    CheckpointsPane(std::shared_ptr<Database> db, CheckpointService &checkpoints, QWidget *parent = nullptr);

    void setActingUser(const Principal &user);
    QTreeWidget *list() const { return m_list; }
    QPushButton *signButton() const { return m_sign; }
    // The largest signed tree size shown (0: none).
    qint64 latestTreeSize() const { return m_latest; }

public Q_SLOTS:
    // Re-reads the list when a checkpoint was signed since the last read (one cheap query).
    void refresh();
    void reload();
    // Signs a checkpoint of the whole ledger; returns the sentence it also shows.
    QString signNow();

Q_SIGNALS:
    void checkpointsChanged(qint64 latestTreeSize);
    void message(const QString &text);

private:
    void updateSignButton();

    std::shared_ptr<Database> m_db;
    CheckpointService &m_checkpoints;
    Principal m_principal = Principal::system();
    QTreeWidget *m_list = nullptr;
    QPushButton *m_sign = nullptr;
    QLabel *m_status = nullptr;
    qint64 m_latest = -1;
};

} // namespace Lexecon::Ui
