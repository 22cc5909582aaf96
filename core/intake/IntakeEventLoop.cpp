#include "IntakeEventLoop.h"

#ifdef __linux__

#include "HttpHead.h"
#include "IntakeRoutes.h"
#include "IntakeTelemetry.h"
#include "Problem.h"
#include "ResponseBytes.h"
#include "decision/DecisionRecord.h"

#include <cerrno>

#include <fcntl.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Lexecon {

namespace {

// cpp-httplib's limit on a request's head; a longer one is the library's to refuse.
constexpr size_t kMaxHead = 8192;
// Unprocessed bytes a connection may buffer before the loop stops reading it (pipelining).
constexpr size_t kMaxBuffered = 256 * 1024;
constexpr size_t kReadChunk = 16 * 1024;
constexpr int kSweepMs = 100;
constexpr std::uint64_t kWakeId = 0;

bool parseLength(std::string_view text, size_t *length)
{
    if (text.empty() || text.size() > 12)
        return false;
    size_t n = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        n = n * 10 + size_t(c - '0');
    }
    *length = n;
    return true;
}

QByteArrayView view(std::string_view s)
{
    return QByteArrayView(s.data(), qsizetype(s.size()));
}

} // namespace

struct IntakeEventLoop::Connection
{
    std::uint64_t id = 0;
    int socket = -1;
    std::string remoteIp;
    std::string in;
    size_t inPos = 0;
    std::string out;
    size_t outPos = 0;
    size_t left = 0;           // requests it may still make (keep-alive max count)
    bool inFlight = false;     // a decision is being made for it
    bool closeThis = false;    // the request in flight is its last
    bool closeAfter = false;   // close once the responses have left
    bool eof = false;          // the peer sent everything it will send
    bool failed = false;       // a send failed
    bool wantsHandOff = false; // the next request is the blocking loop's
    bool dirty = false;
    uint32_t events = 0;
    Clock::time_point lastActivity;
    Clock::time_point started;
};

IntakeEventLoop::IntakeEventLoop(Config config, IntakeRoutes &routes, IntakeTelemetry &telemetry, HandOff handOff,
                                 Closed closed)
    : m_config(std::move(config)), m_routes(routes), m_telemetry(telemetry), m_handOff(std::move(handOff)),
      m_closed(std::move(closed))
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    m_wake = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.u64 = kWakeId;
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &ev);
    m_thread = std::thread([this] { run(); });
}

IntakeEventLoop::~IntakeEventLoop()
{
    stop();
    ::close(m_wake);
    ::close(m_epoll);
}

bool IntakeEventLoop::adopt(int socket, std::string remoteIp)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping.load())
            return false;
        const int flags = ::fcntl(socket, F_GETFL, 0);
        ::fcntl(socket, F_SETFL, flags | O_NONBLOCK);
        m_incoming.emplace_back(socket, std::move(remoteIp));
    }
    wake();
    return true;
}

void IntakeEventLoop::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping.store(true);
    }
    wake();
    if (m_thread.joinable())
        m_thread.join();
}

void IntakeEventLoop::wake()
{
    if (!m_woken.exchange(true)) {
        const std::uint64_t one = 1;
        [[maybe_unused]] const ssize_t n = ::write(m_wake, &one, sizeof(one));
    }
}

void IntakeEventLoop::complete(std::uint64_t id, Result<DecisionRecord> &&record)
{
    // On the ledger's sync or writer thread (or inside decideAsync): queue and wake, nothing more.
    {
        std::lock_guard lock(m_mutex);
        m_completions.push_back(Completion{id, std::move(record)});
    }
    wake();
}

void IntakeEventLoop::run()
{
    epoll_event events[64];
    auto nextSweep = Clock::now() + std::chrono::milliseconds(kSweepMs);
    bool stopped = false;
    for (;;) {
        if (stopped && m_connections.empty() && m_inFlight == 0)
            break;
        const int timeout = m_connections.empty() && m_inFlight == 0 ? -1 : kSweepMs;
        const int n = ::epoll_wait(m_epoll, events, 64, timeout);
        for (int i = 0; i < n; ++i) {
            const std::uint64_t id = events[i].data.u64;
            if (id == kWakeId) {
                // Read first, then clear the flag, then drain: a wake() before the clear has its
                // item drained below, one after it writes the eventfd again. (Clearing before the
                // read could swallow that write and leave the flag set with nothing to wake us.)
                std::uint64_t count;
                [[maybe_unused]] const ssize_t r = ::read(m_wake, &count, sizeof(count));
                m_woken.store(false);
                drainIncoming();
                drainCompletions();
                if (m_stopping.load() && !stopped) {
                    stopped = true;
                    // Idle connections end now; those with a decision in flight after its answer.
                    std::vector<Connection *> all;
                    for (auto &[cid, c] : m_connections)
                        all.push_back(c.get());
                    for (Connection *c : all) {
                        c->closeAfter = true;
                        if (!c->inFlight) {
                            flush(*c);
                            close(*c);
                        } else {
                            c->eof = true; // read nothing more: its next requests go unanswered
                            watch(*c, c->outPos < c->out.size());
                        }
                    }
                }
                continue;
            }
            auto it = m_connections.find(id);
            if (it == m_connections.end())
                continue;
            Connection &c = *it->second;
            if (events[i].events & EPOLLOUT)
                flush(c);
            if (events[i].events & EPOLLIN)
                onReadable(c);
            // Both directions gone (or an error): nothing can be answered any more.
            if (events[i].events & (EPOLLHUP | EPOLLERR)) {
                c.eof = true;
                c.failed = true;
            }
            markDirty(c);
        }
        std::vector<std::uint64_t> dirty;
        dirty.swap(m_dirty);
        // Answers first: their clients can send the next request while this thread works on
        // the requests that arrived with them (a decision's preparation is the expensive part).
        for (std::uint64_t id : dirty) {
            auto it = m_connections.find(id);
            if (it != m_connections.end() && it->second->outPos < it->second->out.size())
                flush(*it->second);
        }
        for (std::uint64_t id : dirty) {
            auto it = m_connections.find(id);
            if (it == m_connections.end())
                continue;
            it->second->dirty = false;
            advance(*it->second); // may close (and free) it
        }
        const auto now = Clock::now();
        if (now >= nextSweep) {
            sweep(now);
            nextSweep = now + std::chrono::milliseconds(kSweepMs);
        }
    }
}

void IntakeEventLoop::drainIncoming()
{
    std::vector<std::pair<int, std::string>> incoming;
    {
        std::lock_guard lock(m_mutex);
        incoming.swap(m_incoming);
    }
    for (auto &[socket, ip] : incoming) {
        auto c = std::make_unique<Connection>();
        c->id = m_nextId++;
        c->socket = socket;
        c->remoteIp = std::move(ip);
        c->left = m_config.keepAliveMax;
        c->lastActivity = Clock::now();
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.u64 = c->id;
        c->events = EPOLLIN;
        ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, socket, &ev);
        m_connections.emplace(c->id, std::move(c));
    }
}

void IntakeEventLoop::drainCompletions()
{
    std::vector<Completion> done;
    {
        std::lock_guard lock(m_mutex);
        done.swap(m_completions);
    }
    for (Completion &completion : done) {
        --m_inFlight;
        auto it = m_connections.find(completion.id);
        if (it == m_connections.end())
            continue; // the client went away; the decision is recorded all the same
        Connection &c = *it->second;
        c.inFlight = false;
        httplib::Response res;
        try {
            m_routes.endDecision(std::move(completion.record), res);
        } catch (const std::exception &e) {
            res = httplib::Response();
            m_telemetry.log().write(JsonLog::Level::Error, QStringLiteral("request failed"),
                                    {{QStringLiteral("error"), QString::fromUtf8(e.what())}});
            IntakeRoutes::sendProblem(res, Problem::fromError(Error::internal(QString::fromUtf8(e.what()))));
        }
        respond(c, res, c.started);
        markDirty(c);
    }
}

void IntakeEventLoop::markDirty(Connection &c)
{
    if (!c.dirty) {
        c.dirty = true;
        m_dirty.push_back(c.id);
    }
}

void IntakeEventLoop::onReadable(Connection &c)
{
    if (c.eof || m_stopping.load())
        return;
    char buffer[kReadChunk];
    ssize_t got;
    do {
        got = ::recv(c.socket, buffer, sizeof(buffer), 0);
    } while (got < 0 && errno == EINTR);
    if (got > 0) {
        c.in.append(buffer, size_t(got));
        c.lastActivity = Clock::now();
    } else if (got == 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) {
        c.eof = true;
        if (got < 0)
            c.failed = true; // reset: nothing can be answered
    }
}

void IntakeEventLoop::advance(Connection &c)
{
    while (!c.inFlight && !c.closeAfter && !c.wantsHandOff && !c.failed && c.inPos < c.in.size()) {
        if (!startRequest(c))
            break;
    }
    if (c.inPos == c.in.size()) {
        c.in.clear();
        c.inPos = 0;
    } else if (c.inPos >= kReadChunk) {
        c.in.erase(0, c.inPos);
        c.inPos = 0;
    }
    if (c.outPos < c.out.size())
        flush(c);
    if (c.failed)
        return close(c);
    const bool sent = c.outPos == c.out.size();
    if (c.inFlight || !sent) {
        watch(c, !sent);
        return;
    }
    if (c.closeAfter)
        return close(c);
    if (c.wantsHandOff)
        return m_stopping.load() ? close(c) : handOff(c);
    // Half a request and nothing more coming: nothing to answer (the blocking loop's way too).
    if (c.eof)
        return close(c);
    watch(c, false);
}

bool IntakeEventLoop::startRequest(Connection &c)
{
    const std::string_view data = std::string_view(c.in).substr(c.inPos);
    const HttpHead head = HttpHead::parse(data, kMaxHead);
    if (head.state() == HttpHead::State::Incomplete)
        return false;
    std::string_view length, contentType, connection, authorization, traceparent;
    size_t bodyBytes = 0;
    const bool ours = head.state() == HttpHead::State::Complete && head.method() == "POST"
                      && head.target() == "/v1/decisions" && head.version() == "HTTP/1.1"
                      && head.count("Transfer-Encoding") == 0 && head.count("Expect") == 0
                      && head.count("Content-Length", &length) == 1 && parseLength(length, &bodyBytes)
                      && bodyBytes > 0 && bodyBytes <= m_config.maxBodyBytes
                      && head.count("Content-Type", &contentType) == 1 && HttpHead::isJsonContentType(contentType)
                      && head.count("Connection", &connection) <= 1 && head.count("Authorization", &authorization) <= 1
                      && head.count("traceparent", &traceparent) <= 1;
    if (!ours) {
        c.wantsHandOff = true;
        return false;
    }
    if (data.size() < head.size() + bodyBytes)
        return false; // the body is on its way
    c.started = Clock::now();
    --c.left;
    c.closeThis = c.left == 0 || connection == "close";
    const IntakeRoutes::DecisionCall call{view(authorization), view(traceparent),
                                          view(data.substr(head.size(), bodyBytes)), QString::fromStdString(c.remoteIp)};
    c.inFlight = true;
    ++m_inFlight;
    httplib::Response res;
    bool started = false;
    try {
        const std::uint64_t id = c.id;
        started = m_routes.beginDecision(call, res, [this, id](Result<DecisionRecord> &&record) {
            complete(id, std::move(record));
        });
    } catch (const std::exception &e) {
        res = httplib::Response();
        m_telemetry.log().write(JsonLog::Level::Error, QStringLiteral("request failed"),
                                {{QStringLiteral("error"), QString::fromUtf8(e.what())}});
        IntakeRoutes::sendProblem(res, Problem::fromError(Error::internal(QString::fromUtf8(e.what()))));
    }
    c.inPos += head.size() + bodyBytes;
    if (!started) {
        c.inFlight = false;
        --m_inFlight;
        respond(c, res, c.started);
    }
    return true;
}

void IntakeEventLoop::respond(Connection &c, httplib::Response &res, Clock::time_point started)
{
    ResponseBytes::append(c.out, res, m_config.defaultHeaders,
                          {c.closeThis, m_config.keepAliveSeconds, m_config.keepAliveMax});
    if (c.closeThis)
        c.closeAfter = true;
    const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
    static const QString &route = IntakeTelemetry::routeOf("/v1/decisions");
    m_telemetry.requestDone("POST", route, res.status, seconds, c.remoteIp);
}

void IntakeEventLoop::flush(Connection &c)
{
    while (c.outPos < c.out.size() && !c.failed) {
        const ssize_t n = ::send(c.socket, c.out.data() + c.outPos, c.out.size() - c.outPos, MSG_NOSIGNAL);
        if (n > 0) {
            c.outPos += size_t(n);
            c.lastActivity = Clock::now();
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            return; // the rest when the socket has room (EPOLLOUT)
        } else {
            c.failed = true;
        }
    }
    if (c.outPos == c.out.size()) {
        c.out.clear();
        c.outPos = 0;
    }
}

void IntakeEventLoop::watch(Connection &c, bool out)
{
    uint32_t events = 0;
    if (!c.eof && c.in.size() - c.inPos < kMaxBuffered)
        events |= EPOLLIN;
    if (out)
        events |= EPOLLOUT;
    if (events == c.events)
        return;
    epoll_event ev{};
    ev.events = events;
    ev.data.u64 = c.id;
    ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.socket, &ev);
    c.events = events;
}

void IntakeEventLoop::handOff(Connection &c)
{
    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, c.socket, nullptr);
    const int flags = ::fcntl(c.socket, F_GETFL, 0);
    ::fcntl(c.socket, F_SETFL, flags & ~O_NONBLOCK);
    const int socket = c.socket;
    std::string rest = c.in.substr(c.inPos);
    const size_t left = c.left;
    m_connections.erase(c.id);
    m_handOff(socket, std::move(rest), left);
}

void IntakeEventLoop::close(Connection &c)
{
    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, c.socket, nullptr);
    ::shutdown(c.socket, SHUT_RDWR);
    ::close(c.socket);
    m_connections.erase(c.id);
    m_closed();
}

void IntakeEventLoop::sweep(Clock::time_point now)
{
    std::vector<Connection *> expired;
    for (auto &[id, c] : m_connections) {
        if (c->inFlight || c->dirty)
            continue;
        int limitMs = m_config.keepAliveSeconds * 1000; // idle between requests
        if (c->outPos < c->out.size())
            limitMs = m_config.writeTimeoutMs; // the peer takes no more of a response
        else if (c->inPos < c->in.size())
            limitMs = m_config.readTimeoutMs; // half a request, and silence
        if (now - c->lastActivity >= std::chrono::milliseconds(limitMs))
            expired.push_back(c.get());
    }
    for (Connection *c : expired)
        close(*c);
}

} // namespace Lexecon

#else // no epoll: HttpIntake enables no loops; these keep the build whole.

namespace Lexecon {

struct IntakeEventLoop::Connection
{
};

IntakeEventLoop::IntakeEventLoop(Config config, IntakeRoutes &routes, IntakeTelemetry &telemetry, HandOff handOff,
                                 Closed closed)
    : m_config(std::move(config)), m_routes(routes), m_telemetry(telemetry), m_handOff(std::move(handOff)),
      m_closed(std::move(closed))
{
}

IntakeEventLoop::~IntakeEventLoop() = default;

bool IntakeEventLoop::adopt(int, std::string)
{
    return false;
}

void IntakeEventLoop::stop()
{
}

} // namespace Lexecon

#endif
