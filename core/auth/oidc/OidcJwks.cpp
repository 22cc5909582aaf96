#include "OidcJwks.h"

#include "OidcPkce.h"

#include <QJsonArray>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <memory>

namespace Lexecon {

namespace {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using ParamBld = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using Bignum = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using EcSig = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG, ECDSA_SIG_free>>;

std::shared_ptr<void> wrap(EVP_PKEY *key)
{
    if (!key)
        return {};
    return std::shared_ptr<void>(key, [](void *p) { EVP_PKEY_free(static_cast<EVP_PKEY *>(p)); });
}

QByteArray member(const QJsonObject &jwk, const char *name)
{
    return OidcPkce::fromBase64Url(jwk.value(QLatin1String(name)).toString().toLatin1());
}

EVP_PKEY *fromData(const char *type, OSSL_PARAM *params)
{
    PkeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0 ||
        EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params) <= 0)
        return nullptr;
    return key;
}

EVP_PKEY *rsaKey(const QJsonObject &jwk)
{
    const QByteArray n = member(jwk, "n"), e = member(jwk, "e");
    if (n.isEmpty() || e.isEmpty())
        return nullptr;
    Bignum bn(BN_bin2bn(reinterpret_cast<const unsigned char *>(n.data()), int(n.size()), nullptr));
    Bignum be(BN_bin2bn(reinterpret_cast<const unsigned char *>(e.data()), int(e.size()), nullptr));
    ParamBld bld(OSSL_PARAM_BLD_new());
    if (!bn || !be || !bld || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, bn.get()) ||
        !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, be.get()))
        return nullptr;
    Params params(OSSL_PARAM_BLD_to_param(bld.get()));
    return params ? fromData("RSA", params.get()) : nullptr;
}

EVP_PKEY *ecKey(const QJsonObject &jwk)
{
    if (jwk.value(QStringLiteral("crv")).toString() != QLatin1String("P-256"))
        return nullptr;
    const QByteArray x = member(jwk, "x"), y = member(jwk, "y");
    if (x.size() != 32 || y.size() != 32)
        return nullptr;
    QByteArray point = QByteArray(1, '\x04') + x + y; // uncompressed SEC1 point
    ParamBld bld(OSSL_PARAM_BLD_new());
    if (!bld || !OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0) ||
        !OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(), size_t(point.size())))
        return nullptr;
    Params params(OSSL_PARAM_BLD_to_param(bld.get()));
    return params ? fromData("EC", params.get()) : nullptr; // fromdata checks the point is on the curve
}

EVP_PKEY *okpKey(const QJsonObject &jwk)
{
    if (jwk.value(QStringLiteral("crv")).toString() != QLatin1String("Ed25519"))
        return nullptr;
    const QByteArray x = member(jwk, "x");
    if (x.size() != 32)
        return nullptr;
    return EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(x.data()),
                                       size_t(x.size()));
}

// JOSE ES256 signatures are r||s (32 bytes each, RFC 7518 section 3.4); OpenSSL wants DER.
QByteArray joseToDer(const QByteArray &signature)
{
    if (signature.size() != 64)
        return {};
    const auto *raw = reinterpret_cast<const unsigned char *>(signature.constData());
    EcSig sig(ECDSA_SIG_new());
    BIGNUM *r = BN_bin2bn(raw, 32, nullptr);
    BIGNUM *s = BN_bin2bn(raw + 32, 32, nullptr);
    if (!sig || !r || !s || !ECDSA_SIG_set0(sig.get(), r, s)) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    const int length = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_ECDSA_SIG(sig.get(), &out);
    return der;
}

} // namespace

Result<OidcJwks> OidcJwks::fromJson(const QJsonObject &jwks)
{
    if (!jwks.value(QStringLiteral("keys")).isArray())
        return Error::integrity(QStringLiteral("the provider's JWKS has no \"keys\" array"));
    OidcJwks set;
    for (const auto &value : jwks.value(QStringLiteral("keys")).toArray()) {
        const QJsonObject jwk = value.toObject();
        const QString use = jwk.value(QStringLiteral("use")).toString();
        if (!use.isEmpty() && use != QLatin1String("sig"))
            continue;
        Key key;
        key.kid = jwk.value(QStringLiteral("kid")).toString();
        key.kty = jwk.value(QStringLiteral("kty")).toString();
        key.alg = jwk.value(QStringLiteral("alg")).toString();
        if (key.kty == QLatin1String("RSA"))
            key.pkey = wrap(rsaKey(jwk));
        else if (key.kty == QLatin1String("EC"))
            key.pkey = wrap(ecKey(jwk));
        else if (key.kty == QLatin1String("OKP"))
            key.pkey = wrap(okpKey(jwk));
        if (key.pkey)
            set.m_keys.append(key);
    }
    return set;
}

bool OidcJwks::hasKid(const QString &kid) const
{
    for (const Key &k : m_keys)
        if (k.kid == kid)
            return true;
    return false;
}

static bool fits(const OidcJwks::Key &key, const QString &alg)
{
    if (!key.alg.isEmpty() && key.alg != alg)
        return false;
    if (alg == QLatin1String("RS256"))
        return key.kty == QLatin1String("RSA");
    if (alg == QLatin1String("ES256"))
        return key.kty == QLatin1String("EC");
    if (alg == QLatin1String("EdDSA"))
        return key.kty == QLatin1String("OKP");
    return false;
}

Result<OidcJwks::Key> OidcJwks::select(const QString &kid, const QString &alg) const
{
    QList<Key> candidates;
    for (const Key &k : m_keys)
        if ((kid.isEmpty() || k.kid == kid) && fits(k, alg))
            candidates.append(k);
    if (candidates.isEmpty())
        return Error::notFound(kid.isEmpty()
                                   ? QStringLiteral("the provider publishes no %1 signing key").arg(alg)
                                   : QStringLiteral("the provider publishes no %1 key with kid \"%2\"").arg(alg, kid));
    if (candidates.size() > 1 && kid.isEmpty())
        return Error::integrity(
            QStringLiteral("the ID token names no kid and the provider publishes several %1 keys").arg(alg));
    return candidates.first();
}

Result<void> OidcJwks::verify(const Key &key, const QString &alg, const QByteArray &signingInput,
                              const QByteArray &signature)
{
    auto *pkey = static_cast<EVP_PKEY *>(key.pkey.get());
    if (!pkey || !fits(key, alg))
        return Error::integrity(QStringLiteral("the key \"%1\" cannot verify %2 signatures").arg(key.kid, alg));
    const EVP_MD *md = nullptr;
    QByteArray sig = signature;
    if (alg == QLatin1String("RS256")) {
        if (EVP_PKEY_get_bits(pkey) < 2048)
            return Error::integrity(QStringLiteral("the provider's RSA key \"%1\" is shorter than 2048 bits").arg(key.kid));
        md = EVP_sha256();
    } else if (alg == QLatin1String("ES256")) {
        md = EVP_sha256();
        sig = joseToDer(signature);
        if (sig.isEmpty())
            return Error::integrity(QStringLiteral("the ES256 signature is not 64 bytes (r||s)"));
    } else if (alg != QLatin1String("EdDSA")) {
        return Error::integrity(QStringLiteral("the signature algorithm %1 is not accepted").arg(alg));
    }
    MdCtx ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, md, nullptr, pkey) <= 0)
        return Error::internal(QStringLiteral("OpenSSL could not start verifying a %1 signature").arg(alg));
    const int verified = EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(sig.constData()),
                                          size_t(sig.size()),
                                          reinterpret_cast<const unsigned char *>(signingInput.constData()),
                                          size_t(signingInput.size()));
    if (verified != 1)
        return Error::integrity(QStringLiteral("the %1 signature does not verify with the provider's key "
                                               "\"%2\"; it was altered or not issued by this provider")
                                    .arg(alg, key.kid));
    return {};
}

} // namespace Lexecon
