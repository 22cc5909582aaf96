#include "Checkpoint.h"

#include <QList>

namespace Lexecon {

namespace {

Error bad(const QString &why)
{
    return Error::integrity(QStringLiteral("the checkpoint is not a valid tlog-checkpoint: %1").arg(why));
}

} // namespace

QByteArray Checkpoint::body() const
{
    return origin.toUtf8() + '\n' + QByteArray::number(treeSize) + '\n' + rootHash.toBase64() + '\n';
}

Result<Checkpoint> Checkpoint::parse(QByteArrayView text)
{
    if (!text.endsWith('\n'))
        return bad(QStringLiteral("its text does not end in a newline"));
    const QList<QByteArray> lines = text.first(text.size() - 1).toByteArray().split('\n');
    if (lines.size() < 3)
        return bad(QStringLiteral("it needs an origin, a tree size and a root hash line"));
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            return bad(QStringLiteral("it has an empty line"));
    }
    Checkpoint c;
    c.origin = QString::fromUtf8(lines[0]);
    const QByteArray &size = lines[1];
    bool sizeOk = !size.isEmpty() && size.size() <= 18;
    for (const char ch : size)
        sizeOk = sizeOk && ch >= '0' && ch <= '9';
    if (!sizeOk || (size.size() > 1 && size.startsWith('0')))
        return bad(QStringLiteral("the tree size line \"%1\" is not a decimal number without leading zeros")
                       .arg(QString::fromUtf8(size)));
    c.treeSize = size.toLongLong();
    auto root = QByteArray::fromBase64Encoding(lines[2], QByteArray::AbortOnBase64DecodingErrors);
    if (!root || root.decoded.size() != 32 || root.decoded.toBase64() != lines[2])
        return bad(QStringLiteral("the root hash line is not the base64 of a 32-byte SHA-256 hash"));
    c.rootHash = root.decoded;
    return c;
}

} // namespace Lexecon
