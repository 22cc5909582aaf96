#include "Sha256.h"

#include <openssl/evp.h>

namespace Lexecon {

namespace {

// With EVP_sha256() OpenSSL 3 fetches the implementation again on every EVP_DigestInit_ex, which
// costs more than hashing a ledger entry; one explicit fetch, kept for the process, avoids that.
const EVP_MD *sha256Md()
{
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
    static const EVP_MD *md = [] {
        const EVP_MD *fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        return fetched ? fetched : EVP_sha256();
    }();
    return md;
#else
    return EVP_sha256();
#endif
}

} // namespace

struct Sha256::Context
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256() : m_ctx(std::make_unique<Context>())
{
    EVP_DigestInit_ex(m_ctx->ctx, sha256Md(), nullptr);
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    EVP_DigestUpdate(m_ctx->ctx, data.data(), size_t(data.size()));
}

QByteArray Sha256::result()
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_DigestFinal_ex(m_ctx->ctx, reinterpret_cast<unsigned char *>(out.data()), &len);
    EVP_DigestInit_ex(m_ctx->ctx, sha256Md(), nullptr);
    return out;
}

void Sha256::hashInto(QByteArrayView data, unsigned char out[32])
{
    thread_local Context context;
    static const EVP_MD *md = sha256Md();
    unsigned int len = 0;
    EVP_DigestInit_ex(context.ctx, md, nullptr);
    EVP_DigestUpdate(context.ctx, data.data(), size_t(data.size()));
    EVP_DigestFinal_ex(context.ctx, out, &len);
}

QByteArray Sha256::hash(QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    hashInto(data, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

QString Sha256::hex(QByteArrayView data)
{
    return QString::fromLatin1(hash(data).toHex());
}

} // namespace Lexecon
