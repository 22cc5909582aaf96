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

int base64Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

// Decodes the canonical standard base64 of a 32-byte hash: 43 alphabet characters and one '=',
// the last character's two padding bits zero. Anything else (another length, URL-safe letters,
// whitespace, non-zero padding bits, a second spelling of the same bytes) is refused. Written out
// because a packet verification parses 100,000 proofs of ~17 such lines, and a decode plus a
// re-encode to check canonical form through QByteArray cost several allocations each.
bool decodeHash(QByteArrayView line, QByteArray &out)
{
    if (line.size() != 44 || line[43] != '=')
        return false;
    out.resize(32);
    char *dst = out.data();
    quint32 acc = 0;
    int bits = 0;
    int written = 0;
    for (qsizetype i = 0; i < 43; ++i) {
        const int v = base64Value(line[i]);
        if (v < 0)
            return false;
        acc = (acc << 6) | quint32(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            dst[written++] = char((acc >> bits) & 0xff);
        }
    }
    // 43 characters carry 258 bits: 256 of data and two that must be zero.
    return written == 32 && bits == 2 && (acc & 0x3) == 0;
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
        QByteArray hash;
        if (!decodeHash(line, hash))
            return bad(QStringLiteral("inclusion proof line %1 is not the base64 of a 32-byte hash")
                           .arg(proof.hashes.size() + 1));
        if (proof.hashes.size() >= 64)
            return bad(QStringLiteral("its inclusion proof has more than 64 hashes"));
        proof.hashes.append(hash);
    }
    proof.checkpointNote = text.sliced(pos).toByteArray();
    if (proof.checkpointNote.isEmpty())
        return bad(QStringLiteral("it has no checkpoint after the inclusion proof (was it truncated?)"));
    return proof;
}

} // namespace Lexecon
