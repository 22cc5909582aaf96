#include "HtmlPdfRenderer.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace Lexecon {

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
        doc.setHtml(html);
        doc.print(&writer);
    }
    buffer.close();
    if (!bytes.startsWith("%PDF"))
        return Error::internal(QStringLiteral("Rendering the report to PDF produced no PDF."));
    return bytes;
}

} // namespace Lexecon
