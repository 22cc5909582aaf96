-- wrk script: POST /v1/decisions with an API key from LEXECON_API_KEY.
-- Usage: LEXECON_API_KEY=lxk_... wrk -t2 -c32 -d10s -s wrk-decisions.lua http://127.0.0.1:8787
-- The last line printed is one JSON object (SPEC section 9 style) with the figures.
wrk.method = "POST"
wrk.path = "/v1/decisions"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("LEXECON_API_KEY") or "")
-- LEXECON_BENCH_ACCEPT_ENCODING=gzip asks for what Python's requests and Go's net/http ask for.
if os.getenv("LEXECON_BENCH_ACCEPT_ENCODING") then
  wrk.headers["Accept-Encoding"] = os.getenv("LEXECON_BENCH_ACCEPT_ENCODING")
end
wrk.body = '{"actor":"assistant","action":"read","context":{"ticket":"T-1"}}'

local non200 = 0
response = function(status, headers, body)
  if status ~= 200 then non200 = non200 + 1 end
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format(
    '{"requests": %d, "requests_per_s": %.0f, "p50_ms": %.3f, "p99_ms": %.3f, "max_ms": %.3f, ' ..
    '"errors": %d, "non_200": %d}\n',
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout +
    summary.errors.status, non200))
end
