#include "InlineSvgCharts.h"

#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

#ifdef LEXECON_PRINT_SVG
#include <QSvgRenderer>
#endif

namespace Lexecon {

QString InlineSvgCharts::toImages(const QString &html, QTextDocument &doc, qreal scale)
{
    static const QRegularExpression svgBlock(QStringLiteral("<svg\\b[^>]*>.*?</svg>"),
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression sizeAttr(QStringLiteral("<svg\\b[^>]*\\bwidth=\"(\\d+)\"[^>]*\\bheight=\"(\\d+)\""));
    static const QRegularExpression descTag(QStringLiteral("<desc[^>]*>(.*?)</desc>"), QRegularExpression::DotMatchesEverythingOption);
    QString out;
    qsizetype last = 0;
    int n = 0;
    auto it = svgBlock.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(html).sliced(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString svg = m.captured();
        const auto size = sizeAttr.match(svg);
        const int w = size.hasMatch() ? size.captured(1).toInt() : 640;
        const int h = size.hasMatch() ? size.captured(2).toInt() : 240;
        QString replacement = QStringLiteral("<p>%1</p>").arg(descTag.match(svg).captured(1));
#ifdef LEXECON_PRINT_SVG
        QSvgRenderer renderer(svg.toUtf8());
        if (renderer.isValid() && w > 0 && h > 0 && w <= 4000 && h <= 4000) {
            QImage image(qRound(w * scale), qRound(h * scale), QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter, QRectF(0, 0, image.width(), image.height()));
            painter.end();
            const QString name = QStringLiteral("lexecon-chart-%1.png").arg(++n);
            doc.addResource(QTextDocument::ImageResource, QUrl(name), image);
            replacement = QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>").arg(name).arg(w).arg(h);
        }
#else
        Q_UNUSED(doc);
        Q_UNUSED(n);
        Q_UNUSED(scale);
#endif
        out += replacement;
    }
    out += QStringView(html).sliced(last);
    return out;
}

} // namespace Lexecon
