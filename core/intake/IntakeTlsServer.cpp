#include "IntakeTlsServer.h"

#include <sys/socket.h>

namespace Lexecon {

bool IntakeTlsServer::setListenBacklog(int backlog)
{
    // listen() again on a listening socket only changes its backlog (Linux, BSD).
    const int socket = svr_sock_;
    return socket != INVALID_SOCKET && ::listen(socket, backlog) == 0;
}

} // namespace Lexecon
