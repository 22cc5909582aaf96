#include "HttpHead.h"

#include <cctype>

namespace Lexecon {

namespace {

bool sameName(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    }
    return true;
}

bool isTokenChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) || std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

} // namespace

HttpHead HttpHead::parse(std::string_view data, size_t maxHeadBytes)
{
    HttpHead head;
    const size_t end = data.find("\r\n\r\n");
    if (end == std::string_view::npos) {
        head.m_state = data.size() > maxHeadBytes ? State::Invalid : State::Incomplete;
        return head;
    }
    head.m_state = State::Invalid;
    if (end + 4 > maxHeadBytes)
        return head;
    head.m_size = end + 4;
    std::string_view rest = data.substr(0, end + 2); // every line ends with CRLF
    const size_t lineEnd = rest.find("\r\n");
    const std::string_view line = rest.substr(0, lineEnd);
    rest.remove_prefix(lineEnd + 2);
    const size_t sp1 = line.find(' ');
    const size_t sp2 = sp1 == std::string_view::npos ? sp1 : line.find(' ', sp1 + 1);
    if (sp2 == std::string_view::npos || line.find(' ', sp2 + 1) != std::string_view::npos)
        return head;
    head.m_method = line.substr(0, sp1);
    head.m_target = line.substr(sp1 + 1, sp2 - sp1 - 1);
    head.m_version = line.substr(sp2 + 1);
    while (!rest.empty()) {
        const size_t eol = rest.find("\r\n");
        const std::string_view field = rest.substr(0, eol);
        rest.remove_prefix(eol + 2);
        const size_t colon = field.find(':');
        if (colon == 0 || colon == std::string_view::npos)
            return head;
        const std::string_view name = field.substr(0, colon);
        for (char c : name) {
            if (!isTokenChar(c))
                return head;
        }
        const std::string_view value = trimmed(field.substr(colon + 1));
        for (char c : value) {
            if (c == '\r' || c == '\n' || c == '\0')
                return head;
        }
        head.m_fields.push_back({name, value});
    }
    head.m_state = State::Complete;
    return head;
}

int HttpHead::count(std::string_view name, std::string_view *value) const
{
    int n = 0;
    for (const Field &f : m_fields) {
        if (sameName(f.name, name)) {
            if (n == 0 && value)
                *value = f.value;
            ++n;
        }
    }
    return n;
}

bool HttpHead::isJsonContentType(std::string_view contentType)
{
    static constexpr std::string_view expected = "application/json";
    size_t matched = 0;
    for (char c : contentType) {
        if (c == ';')
            break;
        if (c == ' ' || c == '\t')
            continue;
        if (matched == expected.size() || std::tolower(static_cast<unsigned char>(c)) != expected[matched])
            return false;
        ++matched;
    }
    return matched == expected.size();
}

} // namespace Lexecon
