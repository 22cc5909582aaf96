#pragma once

#include <QString>

class QTextDocument;

namespace Lexecon {

// QTextDocument does not draw inline SVG; left in, a chart's labels leak into the text as loose
// words. toImages() draws each <svg>...</svg> of the HTML with Qt SVG, registers the picture as
// an image resource of `doc` and returns the HTML with an <img> of the SVG's size in its place.
// `scale` is pixels per SVG unit (3 for print, the screen's device pixel ratio on screen).
// Without Qt SVG the chart's <desc> (its text equivalent) stands in. Call it before setHtml().
class InlineSvgCharts
{
public:
    static QString toImages(const QString &html, QTextDocument &doc, qreal scale);
};

} // namespace Lexecon
