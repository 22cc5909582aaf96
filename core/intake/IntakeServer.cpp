#include "IntakeServer.h"

#include <cerrno>
#include <functional>
#include <cstring>
#include <string>

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Lexecon {

namespace {

thread_local bool t_closeAfterResponse = false;

// A response bigger than this goes out in parts (a /metrics scrape, a long proof); decisions
// and problems are far smaller and leave in one send.
constexpr size_t kFlushAt = 64 * 1024;
// One recv takes a whole decision request (headers and body are well under 1 KiB) and a few
// pipelined ones.
constexpr size_t kReadBuffer = 16 * 1024;

void peerName(int socket, bool remote, std::string &ip, int &port)
{
    sockaddr_storage address{};
    socklen_t length = sizeof(address);
    auto *raw = reinterpret_cast<sockaddr *>(&address);
    if ((remote ? ::getpeername(socket, raw, &length) : ::getsockname(socket, raw, &length)) != 0)
        return;
    if (address.ss_family == AF_INET)
        port = ntohs(reinterpret_cast<sockaddr_in *>(&address)->sin_port);
    else if (address.ss_family == AF_INET6)
        port = ntohs(reinterpret_cast<sockaddr_in6 *>(&address)->sin6_port);
    // The spelling cpp-httplib's own stream gives (numeric host, IPv6 scope kept).
    char host[NI_MAXHOST] = {};
    if (::getnameinfo(raw, length, host, sizeof(host), nullptr, 0, NI_NUMERICHOST) == 0)
        ip = host;
}

// The connection's stream: reads are served from one buffer that lives as long as the
// connection, writes collect until flush() (or kFlushAt), and the addresses are looked up once.
class BufferedSocketStream final : public httplib::Stream
{
public:
    BufferedSocketStream(int socket, int readTimeoutMs) : m_socket(socket), m_readTimeoutMs(readTimeoutMs)
    {
        m_out.reserve(4096);
    }

    bool is_readable() const override
    {
        if (m_begin < m_end)
            return true;
        pollfd p{m_socket, POLLIN, 0};
        return ::poll(&p, 1, m_readTimeoutMs) > 0;
    }
    bool is_writable() const override { return !m_failed; }

    ssize_t read(char *ptr, size_t size) override
    {
        if (m_begin == m_end) {
            // A reply the peer waits for (100 Continue) has to leave before we wait in turn.
            if (!m_out.empty() && !flush())
                return -1;
            const ssize_t got = fill();
            if (got <= 0)
                return got;
        }
        const size_t n = std::min(size, m_end - m_begin);
        std::memcpy(ptr, m_in + m_begin, n);
        m_begin += n;
        return ssize_t(n);
    }

    ssize_t write(const char *ptr, size_t size) override
    {
        if (m_failed)
            return -1;
        m_out.append(ptr, size);
        if (m_out.size() >= kFlushAt && !flush())
            return -1;
        return ssize_t(size);
    }

    void get_remote_ip_and_port(std::string &ip, int &port) const override
    {
        if (!m_haveRemote) {
            peerName(m_socket, true, m_remoteIp, m_remotePort);
            m_haveRemote = true;
        }
        ip = m_remoteIp;
        port = m_remotePort;
    }
    void get_local_ip_and_port(std::string &ip, int &port) const override
    {
        if (!m_haveLocal) {
            peerName(m_socket, false, m_localIp, m_localPort);
            m_haveLocal = true;
        }
        ip = m_localIp;
        port = m_localPort;
    }
    socket_t socket() const override { return m_socket; }

    bool buffered() const { return m_begin < m_end; }

    // One recv into the empty buffer, waiting up to SO_RCVTIMEO: > 0 bytes read, 0 the peer
    // closed, -1 error or timeout.
    ssize_t fill()
    {
        ssize_t got;
        do {
            got = ::recv(m_socket, m_in, sizeof(m_in), 0);
        } while (got < 0 && errno == EINTR);
        m_begin = 0;
        m_end = got > 0 ? size_t(got) : 0;
        return got;
    }

    // Sends what was written, waiting up to SO_SNDTIMEO for room; false once the peer is gone.
    bool flush()
    {
        size_t sent = 0;
        while (!m_failed && sent < m_out.size()) {
            const ssize_t n = ::send(m_socket, m_out.data() + sent, m_out.size() - sent, MSG_NOSIGNAL);
            if (n > 0)
                sent += size_t(n);
            else if (n < 0 && errno == EINTR)
                continue;
            else
                m_failed = true;
        }
        m_out.clear();
        return !m_failed;
    }

private:
    int m_socket;
    int m_readTimeoutMs;
    char m_in[kReadBuffer];
    size_t m_begin = 0;
    size_t m_end = 0;
    std::string m_out;
    bool m_failed = false;
    mutable bool m_haveRemote = false;
    mutable bool m_haveLocal = false;
    mutable std::string m_remoteIp;
    mutable std::string m_localIp;
    mutable int m_remotePort = 0;
    mutable int m_localPort = 0;
};

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

IntakeServer::IntakeServer() = default;

IntakeServer::~IntakeServer() = default;

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

void IntakeServer::closeIdleConnections()
{
    m_stopping.store(true);
    std::lock_guard lock(m_mutex);
    for (Connection *connection : m_connections) {
        // A connection that is not idle finishes its request and then sees the server stopped.
        if (connection->idle.load())
            ::shutdown(connection->socket, SHUT_RDWR);
    }
}

bool IntakeServer::process_and_close_socket(socket_t sock)
{
    Connection connection;
    connection.socket = sock;
    std::list<Connection *>::iterator registered;
    {
        std::lock_guard lock(m_mutex);
        registered = m_connections.insert(m_connections.end(), &connection);
    }
    const int readTimeoutMs = toMs(read_timeout_sec_, read_timeout_usec_);
    const int keepAliveMs = int(keep_alive_timeout_sec_ * 1000);
    // SO_RCVTIMEO and SO_SNDTIMEO (the read and write timeouts) are already set: cpp-httplib's
    // listener sets both on every socket it accepts (0.11; TestHttpIntake::dropsSlowClients
    // fails if a read could wait longer).

    auto stream = std::make_unique<BufferedSocketStream>(sock, readTimeoutMs);
    const std::function<void(httplib::Request &)> setup = identityEncoding;
    bool ok = false;
    for (size_t left = keep_alive_max_count_; left > 0 && svr_sock_ != INVALID_SOCKET; --left) {
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
