#pragma once

#include "escalation/SlaPolicy.h"

#include <QStyledItemDelegate>

namespace Lexecon::Ui {

// Paints the SLA state of the queue's time-left cell as icon and colour next to the model's text
// (which names the state too), so the state never rests on colour alone. Colours follow the
// palette: lighter shades on a dark base.
class SlaDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QIcon iconFor(SlaState state);
    static QColor colourFor(SlaState state, const QPalette &palette);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Lexecon::Ui
