#pragma once

#include <httplib.h>

#include <QtGlobal>

#include <atomic>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace Lexecon {

class IntakeEventLoop;
class IntakeRoutes;
class IntakeTelemetry;

// cpp-httplib's plain-HTTP server with its own keep-alive loop (what SSLServer does for TLS).
// The library's loop costs about eight system calls a request (a poll before each request and
// each write, getpeername and getsockname, one send for the head and one for the body) and a
// fresh 4 KiB buffer; on this VM a system call is dear. Here a connection keeps one buffered
// stream for its life: one recv a request (none when a pipelined request is already buffered)
// and one send a response. Timeouts: SO_RCVTIMEO/SO_SNDTIMEO (the read and write timeouts)
// and, between requests, the keep-alive timeout. Parsing, routing, handlers and the response
// format stay cpp-httplib's (process_request).
//
// Responses are not compressed: the library gzips JSON and text for any client that sends
// Accept-Encoding: gzip (Python's requests and Go's net/http do by default), which nearly tripled
// the CPU of a decision (a deflate state per response) to save a few hundred bytes on loopback or
// a LAN. The header is dropped before routing, so every client gets identity, which every client
// accepts.
class IntakeServer : public httplib::Server
{
public:
    IntakeServer();
    ~IntakeServer() override;

    // After stop(): ends the connections waiting for their next request, so the listener's
    // threads join without waiting out the keep-alive timeout. Requests in flight are answered;
    // the event loops (if any) answer their decisions in flight and are joined.
    void closeIdleConnections();

    // Before listening (after the timeouts, keep-alive and default headers are set): serves
    // plain-HTTP connections from `loops` event loops (IntakeEventLoop: POST /v1/decisions
    // without a waiting thread); a connection whose next request is anything else continues
    // on a thread of its own running the keep-alive loop below.
    void enableEventLoops(int loops, IntakeRoutes &routes, IntakeTelemetry &telemetry, size_t maxBodyBytes,
                          const httplib::Headers &defaultHeaders);
    // Connections held by the event loops and the threads they handed connections to, for
    // ConnectionQueue's cap.
    std::atomic<qint64> *borrowedConnections() { return &m_borrowed; }

    // After bind: lets the kernel queue this many connections before accept. The library listens
    // with a backlog of 5, so a burst of clients connecting at once (32 workers starting) loses
    // SYNs and handshakes, and their first requests wait out TCP retransmission (200 ms, 1 s).
    bool setListenBacklog(int backlog);

    // From a handler: close the connection after this response, because what follows on the
    // socket is not a request (e.g. a 415 answered before routing left the body unread).
    static void closeAfterResponse();

    struct Connection
    {
        int socket = -1;
        std::atomic<bool> idle{false};
    };

private:
    struct HandedOff;
    bool process_and_close_socket(socket_t sock) override;
    // The blocking keep-alive loop: buffered bytes were read already, requests is how many the
    // connection may still make. Closes the socket.
    bool serve(int sock, std::string buffered, size_t requests);
    void handOff(int socket, std::string buffered, size_t left);
    void shutdownIdle();
    void stopEventLoops();

    std::mutex m_mutex;
    std::list<Connection *> m_connections;
    std::atomic<bool> m_stopping{false};
    std::vector<std::unique_ptr<IntakeEventLoop>> m_loops;
    std::atomic<size_t> m_nextLoop{0};
    std::atomic<qint64> m_borrowed{0};
    std::mutex m_handedMutex;
    std::list<std::unique_ptr<HandedOff>> m_handed;
};

} // namespace Lexecon
