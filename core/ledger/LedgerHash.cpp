#include "LedgerHash.h"

// SHA256_Init/Update/Final are deprecated in OpenSSL 3 in favour of EVP, but they remain, and
// they are the fast path this class exists for.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

#include <cstring>

namespace Lexecon {

void LedgerHash::entryHashInto(QByteArrayView canonical, unsigned char out[32])
{
    SHA256_CTX c;
    SHA256_Init(&c);
    SHA256_Update(&c, canonical.data(), size_t(canonical.size()));
    SHA256_Final(out, &c);
}

void LedgerHash::leafHashInto(QByteArrayView canonical, unsigned char out[32])
{
    static const unsigned char prefix = 0x00;
    SHA256_CTX c;
    SHA256_Init(&c);
    SHA256_Update(&c, &prefix, 1);
    SHA256_Update(&c, canonical.data(), size_t(canonical.size()));
    SHA256_Final(out, &c);
}

void LedgerHash::nodeHashInto(const unsigned char *left, const unsigned char *right, unsigned char out[32])
{
    unsigned char buffer[65];
    buffer[0] = 0x01;
    std::memcpy(buffer + 1, left, 32);
    std::memcpy(buffer + 33, right, 32);
    SHA256_CTX c;
    SHA256_Init(&c);
    SHA256_Update(&c, buffer, sizeof buffer);
    SHA256_Final(out, &c);
}

void LedgerHash::toHex(const unsigned char *hash, char out[64])
{
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < 32; ++i) {
        out[2 * i] = digits[hash[i] >> 4];
        out[2 * i + 1] = digits[hash[i] & 0xf];
    }
}

} // namespace Lexecon
