#include "TraceParent.h"

namespace Lexecon {

namespace {

bool lowerHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

bool hexRun(QByteArrayView text, qsizetype from, qsizetype length, bool *allZero)
{
    *allZero = true;
    for (qsizetype i = from; i < from + length; ++i) {
        if (!lowerHex(text[i]))
            return false;
        if (text[i] != '0')
            *allZero = false;
    }
    return true;
}

} // namespace

bool TraceParent::isValid(QByteArrayView header)
{
    // 2 + 1 + 32 + 1 + 16 + 1 + 2
    if (header.size() != 55 || header[2] != '-' || header[35] != '-' || header[52] != '-')
        return false;
    bool zero = false;
    if (!hexRun(header, 0, 2, &zero) || header.first(2) == QByteArrayView("ff"))
        return false;
    // Version 00 has exactly this length; later versions may add fields, which we do not accept.
    if (header.first(2) != QByteArrayView("00"))
        return false;
    if (!hexRun(header, 3, 32, &zero) || zero)
        return false;
    if (!hexRun(header, 36, 16, &zero) || zero)
        return false;
    return hexRun(header, 53, 2, &zero);
}

} // namespace Lexecon
