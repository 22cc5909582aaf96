#pragma once

#include "PacketVerification.h"
#include "common/Result.h"

#include <QString>

#include <functional>

namespace Lexecon {

// Checks an audit packet offline with nothing but the packet (SPEC section 8): SHA256SUMS
// against every file, no listed file missing, no file added that is not listed (SHA256SUMS.sig
// aside), the Ed25519 signature over SHA256SUMS with the packet's key, that key's fingerprint
// against a trusted one when given, the signed checkpoint, every tlog-proof against the
// checkpoint's root, and the manifest against all of that. Every check runs; each failure is named.
class PacketVerifier
{
public:
    // fraction 0..1 as the files are read.
    using Progress = std::function<void(double fraction)>;

    // An error only when path is not a readable zip (bad input); a packet that fails its checks
    // is a PacketVerification whose ok() is false. trustedFingerprint: hex SHA-256 of the node
    // key's DER (colons and case ignored); empty skips that check.
    static Result<PacketVerification> verify(const QString &path, const QString &trustedFingerprint = {},
                                             const Progress &progress = {});
};

} // namespace Lexecon
