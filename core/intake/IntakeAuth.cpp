#include "IntakeAuth.h"

#include "AuthFailureRecorder.h"
#include "IntakeOptions.h"
#include "RateLimiter.h"
#include "auth/ApiKeyStore.h"
#include "observability/Metrics.h"

namespace Lexecon {

IntakeAuth::IntakeAuth(ApiKeyStore &keys, RateLimiter &limiter, Metrics &metrics, AuthFailureRecorder &failures,
                       const IntakeOptions &options)
    : m_keys(keys), m_limiter(limiter), m_metrics(metrics), m_failures(failures), m_ipRate(options.ipRatePerSecond),
      m_ipBurst(options.ipBurst)
{
}

IntakeAuth::Verdict IntakeAuth::authorize(QByteArrayView authorization, const QString &remoteAddress,
                                          const QString &scope)
{
    static constexpr QByteArrayView bearer("bearer ");
    // The scheme name is case-insensitive (RFC 9110 section 11.1).
    if (authorization.size() <= bearer.size()
        || authorization.first(bearer.size()).compare(bearer, Qt::CaseInsensitive) != 0) {
        if (auto limited = limitAddress(remoteAddress))
            return {std::nullopt, limited};
        return {std::nullopt,
                refuse(remoteAddress, QStringLiteral("missing_key"),
                       QStringLiteral("Send an API key in the header Authorization: Bearer <key>; "
                                      "an operator creates one with lexecon-cli apikey create."))};
    }
    const std::optional<ApiKey> key = m_keys.authenticate(authorization.sliced(bearer.size()).trimmed());
    if (!key) {
        if (auto limited = limitAddress(remoteAddress))
            return {std::nullopt, limited};
        return {std::nullopt, refuse(remoteAddress, QStringLiteral("unknown_key"),
                                     QStringLiteral("The API key is unknown or revoked; send an active key in "
                                                    "Authorization: Bearer <key>."))};
    }
    const RateLimiter::Verdict taken =
        m_limiter.take(QStringLiteral("key:") + key->name, key->ratePerSecond, key->burst);
    if (!taken.allowed)
        return {std::nullopt, rateLimited(QStringLiteral("key"), taken.retryAfterSeconds)};
    if (!key->hasScope(scope)) {
        m_metrics.increment(QStringLiteral("lexecon_auth_failures_total"), {{QStringLiteral("reason"), QStringLiteral("missing_scope")}});
        m_failures.record(remoteAddress, QStringLiteral("missing_scope"));
        Problem p = Problem::make(403, QStringLiteral("missing-scope"), QStringLiteral("Forbidden"),
                                  QStringLiteral("The API key \"%1\" lacks the scope \"%2\"; use a key created with "
                                                 "--scopes including %2.")
                                      .arg(key->name, scope),
                                  QStringLiteral("Authorization"));
        return {std::nullopt, p};
    }
    return {key, std::nullopt};
}

std::optional<Problem> IntakeAuth::limitAddress(const QString &remoteAddress)
{
    const RateLimiter::Verdict taken = m_limiter.take(QStringLiteral("ip:") + remoteAddress, m_ipRate, m_ipBurst);
    if (taken.allowed)
        return std::nullopt;
    return rateLimited(QStringLiteral("ip"), taken.retryAfterSeconds);
}

Problem IntakeAuth::refuse(const QString &remoteAddress, const QString &reason, const QString &detail)
{
    m_metrics.increment(QStringLiteral("lexecon_auth_failures_total"), {{QStringLiteral("reason"), reason}});
    m_failures.record(remoteAddress, reason);
    return Problem::make(401, QStringLiteral("unauthorized"), QStringLiteral("Unauthorized"), detail,
                         QStringLiteral("Authorization"));
}

Problem IntakeAuth::rateLimited(const QString &limit, int retryAfterSeconds)
{
    m_metrics.increment(QStringLiteral("lexecon_rate_limited_total"), {{QStringLiteral("limit"), limit}});
    Problem p = Problem::make(429, QStringLiteral("rate-limited"), QStringLiteral("Too many requests"),
                              QStringLiteral("Over the request rate of this %1; retry after %2 s.")
                                  .arg(limit == QLatin1String("key") ? QStringLiteral("API key")
                                                                     : QStringLiteral("address"))
                                  .arg(qMax(1, retryAfterSeconds)));
    p.retryAfterSeconds = qMax(1, retryAfterSeconds);
    return p;
}

} // namespace Lexecon
