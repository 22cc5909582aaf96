#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace Lexecon {

// The head of one HTTP/1.x request in a buffer (request line and header fields up to the blank
// line), parsed in place for the intake's event loop. It is deliberately strict: whatever it is
// unsure of (folded lines, odd spacing, a field without a colon) counts as invalid, and the loop
// then leaves the request to cpp-httplib, which answers it as it always has.
class HttpHead
{
public:
    enum class State { Incomplete, Complete, Invalid };
    struct Field
    {
        std::string_view name;
        std::string_view value;
    };

    // Parses the head at the start of data; views point into data.
    static HttpHead parse(std::string_view data, size_t maxHeadBytes);

    State state() const { return m_state; }
    // Bytes of the head including its blank line (Complete only).
    size_t size() const { return m_size; }
    std::string_view method() const { return m_method; }
    std::string_view target() const { return m_target; }
    std::string_view version() const { return m_version; }
    const std::vector<Field> &fields() const { return m_fields; }
    // How many fields have this name (any case); the first one's value in *value.
    int count(std::string_view name, std::string_view *value = nullptr) const;

    // Whether a Content-Type value is JSON: "application/json" in any case, blanks ignored,
    // parameters (charset) allowed. The intake refuses anything else with 415, on either path.
    static bool isJsonContentType(std::string_view contentType);

private:
    State m_state = State::Incomplete;
    size_t m_size = 0;
    std::string_view m_method, m_target, m_version;
    std::vector<Field> m_fields;
};

} // namespace Lexecon
