#pragma once

#include <httplib.h>

#include <string>

namespace Lexecon {

// A response as cpp-httplib 0.11's Server writes it (write_response_core), for the intake's event
// loop: the server's default headers, Connection: close or Keep-Alive: timeout=T, max=N,
// Content-Length, then the status line and every header in the library's (case-insensitive
// sorted) order. TestIntakeEventLoop compares these bytes with the library's own for the same
// requests.
class ResponseBytes
{
public:
    struct Connection
    {
        bool close = false;
        int keepAliveSeconds = 5;
        size_t keepAliveMax = 0;
    };

    // Appends the response to out.
    static void append(std::string &out, httplib::Response &res, const httplib::Headers &defaults,
                       const Connection &connection);
    static const char *reason(int status);
};

} // namespace Lexecon
