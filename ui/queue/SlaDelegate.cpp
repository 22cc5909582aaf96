#include "SlaDelegate.h"

#include "escalation/EscalationQueueModel.h"

#include <QIcon>
#include <QPalette>

namespace Lexecon::Ui {

QIcon SlaDelegate::iconFor(SlaState state)
{
    switch (state) {
    case SlaState::Ok: return QIcon(QStringLiteral(":/queue/icons/sla-ok.svg"));
    case SlaState::Warning: return QIcon(QStringLiteral(":/queue/icons/sla-warning.svg"));
    case SlaState::Breached: return QIcon(QStringLiteral(":/queue/icons/sla-breached.svg"));
    }
    return {};
}

QColor SlaDelegate::colourFor(SlaState state, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (state) {
    case SlaState::Ok: return palette.color(QPalette::Text);
    case SlaState::Warning: return dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0x8a, 0x5a, 0x00);
    case SlaState::Breached: return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
    }
    return palette.color(QPalette::Text);
}

void SlaDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant stateValue = index.data(EscalationQueueModel::SlaStateRole);
    if (!stateValue.isValid())
        return;
    const auto state = SlaState(stateValue.toInt());
    option->icon = iconFor(state);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(16, 16);
    const QColor colour = colourFor(state, option->palette);
    option->palette.setColor(QPalette::Text, colour);
    if (state == SlaState::Breached)
        option->font.setBold(true);
}

} // namespace Lexecon::Ui
