#pragma once

#include "common/Result.h"
#include "decision/DecisionRecord.h"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace Lexecon {

class IntakeRoutes;
class IntakeTelemetry;

// One thread serving plain-HTTP keep-alive connections with epoll (Linux), for the one request
// that matters for throughput: POST /v1/decisions. The loop reads, parses the head (HttpHead),
// and for a plain decision request (HTTP/1.1, JSON, Content-Length within the limit, nothing
// unusual) authenticates, parses and starts DecisionService::decideAsync right here; the
// ledger writer's completion queues the record and wakes the loop (an eventfd, once per batch),
// which renders and sends the response. No thread waits for the ledger, and a request costs one
// recv and one send. Anything else (other routes, long polls, Expect, chunked bodies, 413/415,
// odd heads) goes back to IntakeServer's blocking keep-alive loop on a worker thread (handOff),
// with the bytes read so far, once the responses before it have left: cpp-httplib answers it
// as it always has. Responses on both paths are byte for byte the same (ResponseBytes).
// Timeouts are today's: keep-alive between requests, the read timeout for a partial request,
// the write timeout for a response the peer does not take.
class IntakeEventLoop
{
public:
    struct Config
    {
        int keepAliveSeconds = 5;
        int readTimeoutMs = 5000;
        int writeTimeoutMs = 5000;
        size_t keepAliveMax = 5;
        size_t maxBodyBytes = 64 * 1024;
        httplib::Headers defaultHeaders;
    };
    // The connection with the bytes read so far and the requests it may still make, for the
    // blocking loop; the socket is blocking again.
    using HandOff = std::function<void(int socket, std::string buffered, size_t requestsLeft)>;
    // A connection this loop held is closed (the connection cap's count).
    using Closed = std::function<void()>;

    IntakeEventLoop(Config config, IntakeRoutes &routes, IntakeTelemetry &telemetry, HandOff handOff, Closed closed);
    // Stops (see stop()).
    ~IntakeEventLoop();

    // Takes a connection (from a worker thread); false once stopping: the caller keeps it.
    bool adopt(int socket, std::string remoteIp);
    // Closes the idle connections at once, answers the decisions in flight, then closes the rest
    // and joins the thread. Idempotent.
    void stop();

private:
    using Clock = std::chrono::steady_clock;
    struct Connection;
    struct Completion
    {
        std::uint64_t id;
        Result<DecisionRecord> record;
    };

    void run();
    void wake();
    void drainIncoming();
    void drainCompletions();
    void markDirty(Connection &c);
    void onReadable(Connection &c);
    void advance(Connection &c);
    bool startRequest(Connection &c);
    void respond(Connection &c, httplib::Response &res, Clock::time_point started);
    void flush(Connection &c);
    void watch(Connection &c, bool out);
    void handOff(Connection &c);
    void close(Connection &c);
    void sweep(Clock::time_point now);
    void complete(std::uint64_t id, Result<DecisionRecord> &&record);

    Config m_config;
    IntakeRoutes &m_routes;
    IntakeTelemetry &m_telemetry;
    HandOff m_handOff;
    Closed m_closed;
    int m_epoll = -1;
    int m_wake = -1;
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
    std::atomic<bool> m_woken{false};

    std::mutex m_mutex; // guards the two queues below
    std::vector<std::pair<int, std::string>> m_incoming;
    std::vector<Completion> m_completions;

    // Loop thread only.
    std::unordered_map<std::uint64_t, std::unique_ptr<Connection>> m_connections;
    std::uint64_t m_nextId = 1;
    qint64 m_inFlight = 0; // decisions started and not yet completed (their connections may be gone)
    std::vector<std::uint64_t> m_dirty; // connections to advance at the end of this round
};

} // namespace Lexecon
