#pragma once

#include <httplib.h>

namespace Lexecon {

// cpp-httplib's TLS server with the listen backlog IntakeServer sets for plain HTTP (see there):
// the library listens with a backlog of 5 whatever the transport.
class IntakeTlsServer : public httplib::SSLServer
{
public:
    using httplib::SSLServer::SSLServer;

    // After bind: lets the kernel queue this many connections before accept.
    bool setListenBacklog(int backlog);
};

} // namespace Lexecon
