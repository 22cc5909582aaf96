#include "RawHttp.h"

#include <QElapsedTimer>
#include <QList>
#include <QTcpSocket>

namespace Lexecon::Test {

QByteArray readRawResponse(QTcpSocket &socket, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QByteArray head;
    auto left = [&] { return int(qMax<qint64>(1, timeoutMs - timer.elapsed())); };
    while (!head.contains("\r\n\r\n")) {
        if (timer.elapsed() >= timeoutMs || (!socket.bytesAvailable() && !socket.waitForReadyRead(left())))
            return {};
        head += socket.read(1);
    }
    qsizetype length = 0;
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    QByteArray body;
    while (body.size() < length) {
        if (timer.elapsed() >= timeoutMs || (!socket.bytesAvailable() && !socket.waitForReadyRead(left())))
            return {};
        body += socket.read(length - body.size());
    }
    return head + body;
}

} // namespace Lexecon::Test
