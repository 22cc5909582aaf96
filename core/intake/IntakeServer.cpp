#include "IntakeServer.h"

#include "BufferedSocketStream.h"
#include "ConnectionQueue.h"
#include "IntakeEventLoop.h"

#include <algorithm>
#include <functional>
#include <string>

#include <sys/socket.h>
#include <poll.h>
#include <unistd.h>

namespace Lexecon {

namespace {

thread_local bool t_closeAfterResponse = false;

// How long a connection over the cap may take to send its request (serve()).
constexpr int kOverflowWaitMs = 1000;

// See the class comment: no gzip for anyone.
void identityEncoding(httplib::Request &req)
{
    req.headers.erase("Accept-Encoding");
}

int toMs(time_t seconds, time_t microseconds)
{
    return int(seconds * 1000 + microseconds / 1000);
}

} // namespace

struct IntakeServer::HandedOff
{
    std::thread thread;
    std::atomic<bool> done{false};
};

IntakeServer::IntakeServer() = default;

IntakeServer::~IntakeServer()
{
    stopEventLoops();
}

bool IntakeServer::setListenBacklog(int backlog)
{
    // listen() again on a listening socket only changes its backlog (Linux, BSD).
    const int socket = svr_sock_;
    return socket != INVALID_SOCKET && ::listen(socket, backlog) == 0;
}

void IntakeServer::closeAfterResponse()
{
    t_closeAfterResponse = true;
}

void IntakeServer::enableEventLoops(int loops, IntakeRoutes &routes, IntakeTelemetry &telemetry,
                                    size_t maxBodyBytes, const httplib::Headers &defaultHeaders)
{
    IntakeEventLoop::Config config;
    config.keepAliveSeconds = int(keep_alive_timeout_sec_);
    config.readTimeoutMs = toMs(read_timeout_sec_, read_timeout_usec_);
    config.writeTimeoutMs = toMs(write_timeout_sec_, write_timeout_usec_);
    config.keepAliveMax = keep_alive_max_count_;
    config.maxBodyBytes = maxBodyBytes;
    config.defaultHeaders = defaultHeaders; // the ones given to set_default_headers
    for (int i = 0; i < loops; ++i) {
        m_loops.push_back(std::make_unique<IntakeEventLoop>(
            config, routes, telemetry,
            [this](int socket, std::string buffered, size_t left) { handOff(socket, std::move(buffered), left); },
            [this] { --m_borrowed; }));
    }
}

void IntakeServer::handOff(int socket, std::string buffered, size_t left)
{
    // The connection stays borrowed (counted against the cap) until its thread ends.
    std::lock_guard lock(m_handedMutex);
    for (auto it = m_handed.begin(); it != m_handed.end();) {
        if ((*it)->done.load()) {
            (*it)->thread.join();
            it = m_handed.erase(it);
        } else {
            ++it;
        }
    }
    auto handed = std::make_unique<HandedOff>();
    HandedOff *raw = handed.get();
    raw->thread = std::thread([this, raw, socket, buffered = std::move(buffered), left]() mutable {
        serve(socket, std::move(buffered), left);
        --m_borrowed;
        raw->done.store(true);
    });
    m_handed.push_back(std::move(handed));
}

void IntakeServer::stopEventLoops()
{
    m_stopping.store(true);
    // The loops answer their decisions in flight and close; they hand nothing over any more.
    for (auto &loop : m_loops)
        loop->stop();
    std::list<std::unique_ptr<HandedOff>> handed;
    {
        std::lock_guard lock(m_handedMutex);
        handed.swap(m_handed);
    }
    shutdownIdle();
    for (auto &h : handed)
        h->thread.join();
}

void IntakeServer::closeIdleConnections()
{
    m_stopping.store(true);
    shutdownIdle();
    stopEventLoops();
}

void IntakeServer::shutdownIdle()
{
    std::lock_guard lock(m_mutex);
    for (Connection *connection : m_connections) {
        // A connection that is not idle finishes its request and then sees the server stopped.
        if (connection->idle.load())
            ::shutdown(connection->socket, SHUT_RDWR);
    }
}

bool IntakeServer::process_and_close_socket(socket_t sock)
{
    // Lent to a loop, the connection counts as borrowed before the loop may close it, and in the
    // same step no longer as this thread's (else a connection arriving meanwhile sees it twice and
    // is refused as over the cap). Only a main-lane thread can lend: on the overflow thread the
    // connection stays here and is answered 503.
    if (!m_loops.empty() && !m_stopping.load() && ConnectionQueue::lendCurrent()) {
        std::string ip;
        int port = 0;
        BufferedSocketStream::peerName(sock, true, ip, port);
        IntakeEventLoop &loop = *m_loops[m_nextLoop.fetch_add(1) % m_loops.size()];
        if (loop.adopt(sock, std::move(ip)))
            return true;
        ConnectionQueue::reclaimCurrent();
    }
    return serve(sock, std::string(), keep_alive_max_count_);
}

bool IntakeServer::serve(int sock, std::string buffered, size_t requests)
{
    Connection connection;
    connection.socket = sock;
    std::list<Connection *>::iterator registered;
    {
        std::lock_guard lock(m_mutex);
        registered = m_connections.insert(m_connections.end(), &connection);
    }
    const int readTimeoutMs = toMs(read_timeout_sec_, read_timeout_usec_);
    int keepAliveMs = int(keep_alive_timeout_sec_ * 1000);
    // Over the cap: the one overflow thread answers each such connection's first request with
    // 503, so one that sends nothing may hold it only briefly, not for the keep-alive.
    if (ConnectionQueue::overflowing()) {
        keepAliveMs = std::min(keepAliveMs, kOverflowWaitMs);
        requests = 1;
    }
    // SO_RCVTIMEO and SO_SNDTIMEO (the read and write timeouts) are already set: cpp-httplib's
    // listener sets both on every socket it accepts (0.11; TestHttpIntake::dropsSlowClients
    // fails if a read could wait longer).

    auto stream = std::make_unique<BufferedSocketStream>(sock, readTimeoutMs);
    if (!buffered.empty())
        stream->preload(std::move(buffered));
    const std::function<void(httplib::Request &)> setup = identityEncoding;
    bool ok = false;
    for (size_t left = requests; left > 0 && svr_sock_ != INVALID_SOCKET; --left) {
        if (!stream->buffered()) {
            // Idle: the one place closeIdleConnections() may cut the connection (checked in
            // this order against its order, so one of the two always sees the other).
            connection.idle.store(true);
            if (m_stopping.load())
                break;
            if (keepAliveMs != readTimeoutMs) {
                pollfd p{sock, POLLIN, 0};
                if (::poll(&p, 1, keepAliveMs) <= 0)
                    break;
            }
            const ssize_t got = stream->fill();
            connection.idle.store(false);
            if (got <= 0)
                break;
        }
        t_closeAfterResponse = false;
        bool closed = false;
        ok = process_request(*stream, left == 1, closed, setup);
        const bool sent = stream->flush();
        if (!ok || !sent || closed || t_closeAfterResponse)
            break;
    }
    {
        std::lock_guard lock(m_mutex);
        m_connections.erase(registered);
    }
    ::shutdown(sock, SHUT_RDWR);
    ::close(sock);
    return ok;
}

} // namespace Lexecon
