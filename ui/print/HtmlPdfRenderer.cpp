#include "HtmlPdfRenderer.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

#ifdef LEXECON_PRINT_SVG
#include <QSvgRenderer>
#endif

namespace Lexecon {

namespace {

// Pixels per SVG unit in the pictures handed to the PDF: the charts are laid out at their SVG
// size (a 640-unit chart spans the A4 text width) and drawn at 300 dpi-like sharpness.
constexpr int kScale = 3;

// QTextDocument does not draw inline SVG: each <svg>...</svg> becomes a picture drawn with
// QSvgRenderer and registered as a document resource, and an <img> of the SVG's size takes
// its place. Without Qt SVG the chart's <desc> (its text equivalent) stands in.
QString chartsToImages(const QString &html, QTextDocument &doc)
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
            QImage image(w * kScale, h * kScale, QImage::Format_RGB32);
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
#endif
        out += replacement;
    }
    out += QStringView(html).sliced(last);
    return out;
}

} // namespace

bool HtmlPdfRenderer::available()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

Result<QByteArray> HtmlPdfRenderer::render(const QString &html, const QString &title)
{
    if (!available())
        return Error::internal(QStringLiteral("PDF rendering needs the Qt GUI application; start the program with a "
                                              "QGuiApplication (QT_QPA_PLATFORM=offscreen on a server)."));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return Error::internal(QStringLiteral("Cannot open a memory buffer for the PDF."));
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Lexecon Workstation"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        QTextDocument doc;
        doc.setHtml(chartsToImages(html, doc));
        doc.print(&writer);
    }
    buffer.close();
    if (!bytes.startsWith("%PDF"))
        return Error::internal(QStringLiteral("Rendering the report to PDF produced no PDF."));
    return bytes;
}

} // namespace Lexecon
