#include "ChartPalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>

namespace Lexecon::Ui::ChartPalette {

void apply(QChartView *view)
{
    QChart *chart = view->chart();
    const QPalette palette = view->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setBackgroundRoundness(0);
    view->setBackgroundBrush(palette.brush(QPalette::Base));
    const QColor text = palette.color(QPalette::Text);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
    }
}

} // namespace Lexecon::Ui::ChartPalette
