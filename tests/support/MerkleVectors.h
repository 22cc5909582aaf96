#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

// RFC 6962 vectors from github.com/transparency-dev/merkle (testonly/constants.go and
// proof/verify_test.go); the file names its source. Shared by the Merkle tree and proof tests,
// which define LEXECON_TEST_DATA_DIR.
namespace Lexecon::Test {

inline QJsonObject merkleVectors()
{
    QFile f(QStringLiteral(LEXECON_TEST_DATA_DIR "/merkle/rfc6962-vectors.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the Merkle test vectors");
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline QList<QByteArray> hexList(const QJsonValue &array)
{
    QList<QByteArray> out;
    for (const QJsonValue &v : array.toArray())
        out.append(QByteArray::fromHex(v.toString().toLatin1()));
    return out;
}

} // namespace Lexecon::Test
