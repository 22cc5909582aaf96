#pragma once

class QChartView;

namespace Lexecon::Ui {

// Gives a chart the colours of its view's palette: the dark chart theme on a dark palette, the
// view's base colour behind it, and text (title, legend, axis labels) in the palette's text colour,
// so charts follow the system's light or dark mode like the widgets around them. Call it after the
// series are in (a theme recolours them) and again when the palette changes.
namespace ChartPalette {
void apply(QChartView *view);
} // namespace ChartPalette

} // namespace Lexecon::Ui
