#include "CheckpointsPane.h"

#include "common/Timestamp.h"
#include "ledger/CheckpointService.h"
#include "ledger/CheckpointStore.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Lexecon::Ui {

CheckpointsPane::CheckpointsPane(std::shared_ptr<Database> db, CheckpointService &checkpoints, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_checkpoints(checkpoints)
{
    auto *title = new QLabel(tr("Signed checkpoints"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_sign = new QPushButton(tr("&Sign checkpoint now"), this);
    connect(m_sign, &QPushButton::clicked, this, &CheckpointsPane::signNow);
    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(m_sign);

    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Signed checkpoints"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Tree size"), tr("Signed"), tr("Root hash")});
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 80);
    m_list->setColumnWidth(1, 140);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    updateSignButton();
    reload();
}

void CheckpointsPane::setActingUser(const Principal &user)
{
    m_principal = user;
    updateSignButton();
}

void CheckpointsPane::updateSignButton()
{
    const bool allowed = m_principal.can(Permission::ManageSettings);
    m_sign->setEnabled(allowed);
    m_sign->setToolTip(allowed ? tr("Sign a checkpoint of the whole ledger with the node key")
                               : tr("Signing a checkpoint needs the permission to manage settings, which %1 does "
                                    "not have; ask an administrator.")
                                     .arg(m_principal.name()));
}

void CheckpointsPane::refresh()
{
    auto latest = m_checkpoints.latest();
    const qint64 size = latest && latest->has_value() ? (*latest)->treeSize : 0;
    if (size != m_latest)
        reload();
}

void CheckpointsPane::reload()
{
    auto all = CheckpointStore(m_db).all();
    m_list->clear();
    if (!all) {
        m_status->setText(tr("The checkpoints cannot be read: %1").arg(all.error().message));
        return;
    }
    QList<QTreeWidgetItem *> items;
    for (auto it = all->crbegin(); it != all->crend(); ++it) {
        const auto ms = Timestamp::parse(it->createdAt);
        const QString when =
            ms ? QDateTime::fromMSecsSinceEpoch(*ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
               : it->createdAt;
        const QString root = QString::fromLatin1(it->rootHash.toBase64());
        auto *item = new QTreeWidgetItem({QString::number(it->treeSize), when, root});
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(1, it->createdAt);
        item->setToolTip(2, tr("Root hash (base64, as in the signed note): %1\nHex: %2")
                                .arg(root, QString::fromLatin1(it->rootHash.toHex())));
        items << item;
    }
    m_list->addTopLevelItems(items);
    const qint64 before = m_latest;
    m_latest = all->isEmpty() ? 0 : all->last().treeSize;
    m_status->setText(all->isEmpty()
                          ? tr("No checkpoint is signed yet.")
                          : tr("The latest checkpoint covers %1 entries (%n signed in all).", nullptr, int(all->size()))
                                .arg(m_latest));
    if (before != m_latest)
        Q_EMIT checkpointsChanged(m_latest);
}

QString CheckpointsPane::signNow()
{
    QString text;
    if (auto allowed = m_principal.require(Permission::ManageSettings); !allowed) {
        text = allowed.error().message;
    } else {
        const qint64 before = m_latest;
        auto made = m_checkpoints.checkpoint();
        if (!made)
            text = tr("No checkpoint was signed: %1").arg(made.error().message);
        else if (made->treeSize == before)
            text = tr("The latest checkpoint already covers all %1 entries; nothing new to sign.").arg(made->treeSize);
        else
            text = tr("Signed a checkpoint of %1 entries.").arg(made->treeSize);
        reload();
    }
    Q_EMIT message(text);
    return text;
}

} // namespace Lexecon::Ui
