#include "HtmlPdfRenderer.h"

#include "InlineSvgCharts.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace Lexecon {

namespace {

// Pixels per SVG unit in the pictures handed to the PDF: the charts are laid out at their SVG
// size (a 640-unit chart spans the A4 text width) and drawn at 300 dpi-like sharpness.
constexpr int kScale = 3;

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
        doc.setHtml(InlineSvgCharts::toImages(html, doc, kScale));
        doc.print(&writer);
    }
    buffer.close();
    if (!bytes.startsWith("%PDF"))
        return Error::internal(QStringLiteral("Rendering the report to PDF produced no PDF."));
    return bytes;
}

} // namespace Lexecon
