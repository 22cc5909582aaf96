#pragma once

#include <httplib.h>

#include <string>
#include <string_view>

namespace Lexecon {

// A keep-alive connection's stream for IntakeServer's blocking loop: reads are served from one
// buffer that lives as long as the connection, writes collect until flush() (or 64 KiB), and
// the addresses are looked up once. The socket is blocking with SO_RCVTIMEO/SO_SNDTIMEO set.
class BufferedSocketStream final : public httplib::Stream
{
public:
    BufferedSocketStream(int socket, int readTimeoutMs);

    // Bytes read from the socket already (by the event loop that handed the connection over):
    // served before anything is read.
    void preload(std::string bytes);

    bool is_readable() const override;
    bool is_writable() const override { return !m_failed; }
    ssize_t read(char *ptr, size_t size) override;
    ssize_t write(const char *ptr, size_t size) override;
    void get_remote_ip_and_port(std::string &ip, int &port) const override;
    void get_local_ip_and_port(std::string &ip, int &port) const override;
    socket_t socket() const override { return m_socket; }

    bool buffered() const { return m_begin < m_end || m_preloadedAt < m_preloaded.size(); }
    // One recv into the empty buffer, waiting up to SO_RCVTIMEO: > 0 bytes read, 0 the peer
    // closed, -1 error or timeout.
    ssize_t fill();
    // Sends what was written, waiting up to SO_SNDTIMEO for room; false once the peer is gone.
    bool flush();

    // The numeric address (cpp-httplib's spelling) of the peer (remote) or of this end.
    static void peerName(int socket, bool remote, std::string &ip, int &port);

    static constexpr size_t ReadBuffer = 16 * 1024;

private:
    int m_socket;
    int m_readTimeoutMs;
    char m_in[ReadBuffer];
    size_t m_begin = 0;
    size_t m_end = 0;
    std::string m_preloaded;
    size_t m_preloadedAt = 0;
    std::string m_out;
    bool m_failed = false;
    mutable bool m_haveRemote = false;
    mutable bool m_haveLocal = false;
    mutable std::string m_remoteIp;
    mutable std::string m_localIp;
    mutable int m_remotePort = 0;
    mutable int m_localPort = 0;
};

} // namespace Lexecon
