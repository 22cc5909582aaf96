#pragma once

#include <QImage>
#include <QString>

namespace Lexecon::Ui {

// A QR code (libqrencode) as a black-on-white image with the 4-module quiet zone that phone
// scanners need, so Google Authenticator and Authy read an otpauth:// URI from the screen in
// light and dark themes alike.
class QrCodeImage
{
public:
    // Error correction M; moduleSize pixels per module. A null image when the text cannot be
    // encoded (too long for any QR version).
    static QImage render(const QString &text, int moduleSize = 6);
    // Reads back the modules of an image render() made (true = dark), row by row; used by
    // tests to compare against libqrencode's own matrix.
    static QList<QList<bool>> modules(const QImage &image, int moduleSize = 6);

    static constexpr int QuietZone = 4;
};

} // namespace Lexecon::Ui
