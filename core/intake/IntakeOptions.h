#pragma once

#include "common/Result.h"

#include <QString>

namespace Lexecon {

// How the HTTP intake listens (SPEC section 6, DESIGN "Security stance"). The defaults are the
// safe ones: loopback only, plain HTTP is then fine because nothing leaves the machine.
struct IntakeOptions
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 8787; // 0 picks a free port (tests)
    QString tlsCertFile;
    QString tlsKeyFile;
    bool insecureLan = false; // plain HTTP on a non-loopback address, by explicit choice

    int threads = 96;            // one per keep-alive connection: above the expected connection count
    int maxQueuedConnections = 512; // beyond threads + this, connections get 503 (the connection cap)
    // Plain HTTP only: threads serving POST /v1/decisions from epoll (IntakeEventLoop); 0 serves
    // every connection on a thread of its own. AutoEventLoops: one per core but the one the ledger
    // writer keeps busy, at least one (eventLoopCount()). LEXECON_INTAKE_EVENT_LOOPS overrides.
    static constexpr int AutoEventLoops = -1;
    int eventLoops = AutoEventLoops;
    int readTimeoutSeconds = 5;  // a slow client cannot hold a thread longer than this per read
    int writeTimeoutSeconds = 5;
    int keepAliveSeconds = 5;
    qint64 maxBodyBytes = 64 * 1024;
    int maxWaitSeconds = 60; // long-poll cap of GET /v1/decisions/{id}?wait=S
    double ipRatePerSecond = 20; // unauthenticated traffic per source address
    double ipBurst = 40;

    bool tls() const { return !tlsCertFile.isEmpty() || !tlsKeyFile.isEmpty(); }
    // How many event loops to run: LEXECON_INTAKE_EVENT_LOOPS if set, else eventLoops, with
    // AutoEventLoops worked out from the cores.
    int eventLoopCount() const;
    bool loopback() const;
    // "HOST:PORT", "[::1]:PORT" or ":PORT"; errors name the field "listen".
    static Result<void> parseListen(const QString &text, IntakeOptions *options);
    // Refuses a LAN address without TLS or --insecure-lan, half a TLS pair, unreadable files.
    Result<void> validate() const;
    // "http://127.0.0.1:8787" or "https://..." for a given bound port.
    QString url(int boundPort) const;
};

} // namespace Lexecon
