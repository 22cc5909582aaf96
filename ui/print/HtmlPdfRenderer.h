#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace Lexecon {

// Renders HTML to PDF bytes with QTextDocument and QPdfWriter (Qt GUI, no widgets; inline SVG
// charts are drawn with Qt SVG, which QTextDocument cannot show, as pictures in their place): the
// renderer the core's PacketBuilder takes for report.pdf. Needs a QGuiApplication (the CLI uses
// the offscreen platform). A4, 15 mm margins, 300 dpi.
class HtmlPdfRenderer
{
public:
    static Result<QByteArray> render(const QString &html, const QString &title = QString());
    // True when a QGuiApplication exists, so render() can work.
    static bool available();
};

} // namespace Lexecon
