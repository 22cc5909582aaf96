#pragma once

#include <QByteArrayView>

namespace Lexecon {

// W3C Trace Context `traceparent` (version 00): "00-<32 hex trace id>-<16 hex parent id>-<2 hex
// flags>", lower-case hex, neither id all zeros. An invalid header is ignored, as the
// recommendation says, rather than refused.
class TraceParent
{
public:
    static bool isValid(QByteArrayView header);
};

} // namespace Lexecon
