#pragma once

#include <QByteArray>

class QTcpSocket;

namespace Lexecon::Test {

// Reads one whole HTTP response (head, then a Content-Length body) from a raw socket, byte by
// byte through the head so that what follows this response stays in the socket. Empty when no
// complete response came within timeoutMs.
QByteArray readRawResponse(QTcpSocket &socket, int timeoutMs);

} // namespace Lexecon::Test
