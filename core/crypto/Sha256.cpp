#include "Sha256.h"

#include <openssl/evp.h>

namespace Lexecon {

struct Sha256::Context
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256() : m_ctx(std::make_unique<Context>())
{
    EVP_DigestInit_ex(m_ctx->ctx, EVP_sha256(), nullptr);
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
    EVP_DigestInit_ex(m_ctx->ctx, EVP_sha256(), nullptr);
    return out;
}

void Sha256::hashInto(QByteArrayView data, unsigned char out[32])
{
    thread_local Context context;
    static const EVP_MD *md = EVP_sha256();
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
