#pragma once

#include "Problem.h"
#include "auth/ApiKey.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Lexecon {

class ApiKeyStore;
class AuthFailureRecorder;
class Metrics;
class RateLimiter;
struct IntakeOptions;

// The gate in front of every /v1 endpoint: Bearer API key (401 with WWW-Authenticate without
// or with an unknown key), its scope (403), its token bucket (429 with Retry-After), and the
// per-address bucket for traffic without a valid key. Every refusal is counted in the metrics;
// authentication failures also go to the ledger through AuthFailureRecorder.
class IntakeAuth
{
public:
    struct Verdict
    {
        std::optional<ApiKey> key;      // set when allowed
        std::optional<Problem> problem; // set when refused
    };

    IntakeAuth(ApiKeyStore &keys, RateLimiter &limiter, Metrics &metrics, AuthFailureRecorder &failures,
               const IntakeOptions &options);

    Verdict authorize(QByteArrayView authorization, const QString &remoteAddress, const QString &scope);
    // The per-address bucket alone, for endpoints without authentication; nullopt = allowed.
    std::optional<Problem> limitAddress(const QString &remoteAddress);

    static constexpr const char *Challenge = "Bearer realm=\"lexecon\"";

private:
    Problem refuse(const QString &remoteAddress, const QString &reason, const QString &detail);
    Problem rateLimited(const QString &limit, int retryAfterSeconds);

    ApiKeyStore &m_keys;
    RateLimiter &m_limiter;
    Metrics &m_metrics;
    AuthFailureRecorder &m_failures;
    double m_ipRate;
    double m_ipBurst;
};

} // namespace Lexecon
