#include "QrCodeImage.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace Lexecon::Ui {

QImage QrCodeImage::render(const QString &text, int moduleSize)
{
    if (text.isEmpty() || moduleSize < 1)
        return {};
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return {};
    const int modules = code->width + 2 * QuietZone;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            // Bit 0 of each byte is the module's colour (1 = dark); the others are libqrencode's bookkeeping.
            if (code->data[y * code->width + x] & 1)
                painter.fillRect((x + QuietZone) * moduleSize, (y + QuietZone) * moduleSize, moduleSize, moduleSize,
                                 Qt::black);
        }
    }
    return image;
}

QList<QList<bool>> QrCodeImage::modules(const QImage &image, int moduleSize)
{
    QList<QList<bool>> rows;
    if (image.isNull() || moduleSize < 1)
        return rows;
    const int count = image.width() / moduleSize - 2 * QuietZone;
    for (int y = 0; y < count; ++y) {
        QList<bool> row;
        for (int x = 0; x < count; ++x) {
            const QPoint centre((x + QuietZone) * moduleSize + moduleSize / 2, (y + QuietZone) * moduleSize + moduleSize / 2);
            row << (qGray(image.pixel(centre)) < 128);
        }
        rows << row;
    }
    return rows;
}

} // namespace Lexecon::Ui
