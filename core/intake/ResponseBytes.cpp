#include "ResponseBytes.h"

namespace Lexecon {

void ResponseBytes::append(std::string &out, httplib::Response &res, const httplib::Headers &defaults,
                           const Connection &connection)
{
    for (const auto &header : defaults) {
        if (res.headers.find(header.first) == res.headers.end())
            res.headers.insert(header);
    }
    if (connection.close)
        res.set_header("Connection", "close");
    else
        res.set_header("Keep-Alive", "timeout=" + std::to_string(connection.keepAliveSeconds)
                                         + ", max=" + std::to_string(connection.keepAliveMax));
    if (!res.has_header("Content-Type") && !res.body.empty())
        res.set_header("Content-Type", "text/plain");
    if (!res.has_header("Content-Length"))
        res.set_header("Content-Length", std::to_string(res.body.size()));
    out.append("HTTP/1.1 ").append(std::to_string(res.status)).append(" ").append(reason(res.status)).append("\r\n");
    for (const auto &[name, value] : res.headers)
        out.append(name).append(": ").append(value).append("\r\n");
    out.append("\r\n");
    out.append(res.body);
}

const char *ResponseBytes::reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Internal Server Error";
    }
}

} // namespace Lexecon
