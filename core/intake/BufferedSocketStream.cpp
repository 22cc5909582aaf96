#include "BufferedSocketStream.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>

namespace Lexecon {

namespace {
// A response bigger than this goes out in parts (a /metrics scrape, a long proof); decisions
// and problems are far smaller and leave in one send.
constexpr size_t kFlushAt = 64 * 1024;
} // namespace

void BufferedSocketStream::peerName(int socket, bool remote, std::string &ip, int &port)
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

BufferedSocketStream::BufferedSocketStream(int socket, int readTimeoutMs)
    : m_socket(socket), m_readTimeoutMs(readTimeoutMs)
{
    m_out.reserve(4096);
}

void BufferedSocketStream::preload(std::string bytes)
{
    m_preloaded = std::move(bytes);
    m_preloadedAt = 0;
}

bool BufferedSocketStream::is_readable() const
{
    if (buffered())
        return true;
    pollfd p{m_socket, POLLIN, 0};
    return ::poll(&p, 1, m_readTimeoutMs) > 0;
}

ssize_t BufferedSocketStream::read(char *ptr, size_t size)
{
    if (m_preloadedAt < m_preloaded.size()) {
        const size_t n = std::min(size, m_preloaded.size() - m_preloadedAt);
        std::memcpy(ptr, m_preloaded.data() + m_preloadedAt, n);
        m_preloadedAt += n;
        return ssize_t(n);
    }
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

ssize_t BufferedSocketStream::write(const char *ptr, size_t size)
{
    if (m_failed)
        return -1;
    m_out.append(ptr, size);
    if (m_out.size() >= kFlushAt && !flush())
        return -1;
    return ssize_t(size);
}

void BufferedSocketStream::get_remote_ip_and_port(std::string &ip, int &port) const
{
    if (!m_haveRemote) {
        peerName(m_socket, true, m_remoteIp, m_remotePort);
        m_haveRemote = true;
    }
    ip = m_remoteIp;
    port = m_remotePort;
}

void BufferedSocketStream::get_local_ip_and_port(std::string &ip, int &port) const
{
    if (!m_haveLocal) {
        peerName(m_socket, false, m_localIp, m_localPort);
        m_haveLocal = true;
    }
    ip = m_localIp;
    port = m_localPort;
}

ssize_t BufferedSocketStream::fill()
{
    ssize_t got;
    do {
        got = ::recv(m_socket, m_in, sizeof(m_in), 0);
    } while (got < 0 && errno == EINTR);
    m_begin = 0;
    m_end = got > 0 ? size_t(got) : 0;
    return got;
}

bool BufferedSocketStream::flush()
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

} // namespace Lexecon
