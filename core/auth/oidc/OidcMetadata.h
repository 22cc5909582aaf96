#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace Lexecon {

// The parts of a provider's discovery document (/.well-known/openid-configuration) we use.
struct OidcMetadata
{
    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl jwksUri;
    QUrl userinfoEndpoint;
    QStringList tokenEndpointAuthMethods; // token_endpoint_auth_methods_supported
    QStringList codeChallengeMethods;     // code_challenge_methods_supported
    QStringList signingAlgorithms;        // id_token_signing_alg_values_supported

    // The document's URL for an issuer (OpenID Connect Discovery 1.0 section 4).
    static QUrl discoveryUrl(const QString &issuer);
    // Parses and checks the document: its issuer must equal expectedIssuer exactly (section
    // 4.3, against mix-up attacks), and the endpoints must be present and https (or http on
    // loopback). An Integrity error names what did not match.
    static Result<OidcMetadata> fromJson(const QJsonObject &json, const QString &expectedIssuer);
};

} // namespace Lexecon
