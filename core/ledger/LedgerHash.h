#pragma once

#include <QByteArrayView>

namespace Lexecon {

// The three SHA-256 uses of the ledger (SPEC section 5) on OpenSSL's SHA256_* functions. They go
// straight to the CPU's SHA extensions; EVP_Digest* through the OpenSSL 3 provider layer costs
// about three times as much for a 330-byte entry (709 ns against 247 ns measured on the dev VM),
// which was most of what verification and the writer spent per entry.
class LedgerHash
{
public:
    // SHA-256(canonical): the entry hash.
    static void entryHashInto(QByteArrayView canonical, unsigned char out[32]);
    // SHA-256(0x00 || canonical): the Merkle leaf hash.
    static void leafHashInto(QByteArrayView canonical, unsigned char out[32]);
    // SHA-256(0x01 || left || right): a Merkle node hash; out may alias left or right.
    static void nodeHashInto(const unsigned char *left, const unsigned char *right, unsigned char out[32]);
    // out[64] receives the lowercase hex of hash[32].
    static void toHex(const unsigned char *hash, char out[64]);
};

} // namespace Lexecon
