#include "TlogProof.h"

namespace Lexecon {

namespace {

Error bad(const QString &why)
{
    return Error::integrity(QStringLiteral("this is not a valid tlog-proof: %1").arg(why));
}

bool isDecimal(QByteArrayView s)
{
    if (s.isEmpty() || s.size() > 18 || (s.size() > 1 && s.front() == '0'))
        return false;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

QByteArray TlogProof::toText() const
{
    QByteArray out = QByteArray(Header) + '\n';
    if (!extra.isEmpty())
        out += "extra " + extra.toBase64() + '\n';
    out += "index " + QByteArray::number(index) + '\n';
    for (const QByteArray &h : hashes)
        out += h.toBase64() + '\n';
    out += '\n';
    out += checkpointNote;
    return out;
}

Result<TlogProof> TlogProof::parse(QByteArrayView text)
{
    TlogProof proof;
    qsizetype pos = 0;
    // Returns the next line without its newline; a missing newline means the file was cut short.
    auto nextLine = [&](QByteArrayView &line) {
        const qsizetype nl = text.indexOf('\n', pos);
        if (nl < 0)
            return false;
        line = text.sliced(pos, nl - pos);
        pos = nl + 1;
        return true;
    };
    QByteArrayView line;
    if (!nextLine(line) || line != QByteArrayView(Header))
        return bad(QStringLiteral("its first line is not \"%1\"").arg(QLatin1String(Header)));
    if (!nextLine(line))
        return bad(QStringLiteral("it ends after the first line (was it truncated?)"));
    if (line.startsWith("extra ")) {
        auto decoded =
            QByteArray::fromBase64Encoding(line.sliced(6).toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
        // Only the canonical encoding: no two texts of one proof.
        if (!decoded || decoded.decoded.isEmpty() || decoded.decoded.toBase64() != line.sliced(6))
            return bad(QStringLiteral("its extra line is not base64"));
        proof.extra = decoded.decoded;
        if (!nextLine(line))
            return bad(QStringLiteral("it ends before the index line (was it truncated?)"));
    }
    if (!line.startsWith("index ") || !isDecimal(line.sliced(6)))
        return bad(
            QStringLiteral("the index line must be \"index\", a space and a decimal number without leading zeros"));
    proof.index = line.sliced(6).toLongLong();
    for (;;) {
        if (!nextLine(line))
            return bad(QStringLiteral("it ends inside the inclusion proof, before the checkpoint (was it truncated?)"));
        if (line.isEmpty())
            break;
        auto hash = QByteArray::fromBase64Encoding(line.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
        if (!hash || hash.decoded.size() != 32 || hash.decoded.toBase64() != line)
            return bad(QStringLiteral("inclusion proof line %1 is not the base64 of a 32-byte hash")
                           .arg(proof.hashes.size() + 1));
        if (proof.hashes.size() >= 64)
            return bad(QStringLiteral("its inclusion proof has more than 64 hashes"));
        proof.hashes.append(hash.decoded);
    }
    proof.checkpointNote = text.sliced(pos).toByteArray();
    if (proof.checkpointNote.isEmpty())
        return bad(QStringLiteral("it has no checkpoint after the inclusion proof (was it truncated?)"));
    return proof;
}

} // namespace Lexecon
