#include "PacketVerifier.h"

#include "PacketInclusionCheck.h"
#include "PacketReader.h"
#include "crypto/Ed25519.h"
#include "crypto/Sha256.h"
#include "ledger/Checkpoint.h"
#include "ledger/MerkleProof.h"
#include "ledger/MerkleTree.h"
#include "ledger/SignedNote.h"
#include "ledger/SignedNoteKey.h"
#include "ledger/TlogProof.h"
#include "ledger/TlogProofVerifier.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <optional>
#include <thread>

namespace Lexecon {

namespace {

constexpr int kMaxProblems = 20;
constexpr int kProofBatch = 4096;
constexpr qint64 kLargeFile = 256 * 1024;
const QString kSums = QStringLiteral("SHA256SUMS");
const QString kSig = QStringLiteral("SHA256SUMS.sig");
const QString kKey = QStringLiteral("node-public-key.pem");
const QString kCheckpoint = QStringLiteral("ledger/checkpoint");
const QString kManifest = QStringLiteral("manifest.json");
const QString kProofPrefix = QStringLiteral("ledger/proofs/");

void fail(PacketCheck &check, const QString &problem)
{
    check.ok = false;
    if (check.problems.size() < kMaxProblems)
        check.problems << problem;
}

// The checkpoint every proof is checked against, verified once.
struct TrustedCheckpoint
{
    QByteArray note;
    Checkpoint body;
    std::optional<SignedNoteKey> key;
};

struct ProofItem
{
    QString name;
    qint64 fileIndex = -1; // from the file name
    QByteArray text;
};

// The "index" of a ledger entry's canonical JSON (SPEC section 5: keys sorted, so it reads
// {"actor":"...","index":N,...}). That shape is read directly; anything else is parsed in full.
qint64 carriedIndex(const QByteArray &canonical)
{
    static const QByteArray head = QByteArrayLiteral("{\"actor\":\"");
    static const QByteArray key = QByteArrayLiteral(",\"index\":");
    if (canonical.startsWith(head)) {
        qsizetype i = head.size();
        while (i < canonical.size() && canonical.at(i) != '"')
            i += canonical.at(i) == '\\' ? 2 : 1;
        if (QByteArrayView(canonical).sliced(qMin(i + 1, canonical.size())).startsWith(key)) {
            qsizetype j = i + 1 + key.size(), start = j;
            qint64 n = 0;
            while (j < canonical.size() && j - start < 18 && canonical.at(j) >= '0' && canonical.at(j) <= '9')
                n = n * 10 + (canonical.at(j++) - '0');
            if (j > start && j < canonical.size() && (canonical.at(j) == ',' || canonical.at(j) == '}')
                && (canonical.at(start) != '0' || j == start + 1))
                return n;
        }
    }
    const QJsonValue v = QJsonDocument::fromJson(canonical).object().value(QStringLiteral("index"));
    return v.isDouble() ? v.toInteger(-1) : -1;
}

// One line of evidence/inline.jsonl as the builder writes it: {"content_base64":"...","sha256":"..."}.
// Other spellings of the same JSON are parsed in full.
bool inlineLineHashes(QByteArrayView line)
{
    static const QByteArray head = QByteArrayLiteral("{\"content_base64\":\"");
    static const QByteArray mid = QByteArrayLiteral("\",\"sha256\":\"");
    QByteArray content, sha;
    const qsizetype m = line.indexOf(mid);
    if (line.startsWith(head) && m > 0 && line.endsWith("\"}") && line.size() == m + mid.size() + 64 + 2) {
        auto decoded = QByteArray::fromBase64Encoding(line.sliced(head.size(), m - head.size()).toByteArray(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return false;
        content = decoded.decoded;
        sha = line.sliced(m + mid.size(), 64).toByteArray();
    } else {
        const QJsonObject o = QJsonDocument::fromJson(line.toByteArray()).object();
        sha = o.value(QStringLiteral("sha256")).toString().toLatin1();
        content = QByteArray::fromBase64(o.value(QStringLiteral("content_base64")).toString().toLatin1());
    }
    return !sha.isEmpty() && Sha256::hash(content).toHex() == sha;
}

// The entry index in "ledger/proofs/<index>.tlog-proof" (decimal, no leading zeros), or -1.
qint64 proofFileIndex(const QString &name)
{
    static const QString prefix = QStringLiteral("ledger/proofs/");
    static const QString suffix = QStringLiteral(".tlog-proof");
    if (!name.startsWith(prefix) || !name.endsWith(suffix))
        return -1;
    const QStringView digits = QStringView(name).sliced(prefix.size(), name.size() - prefix.size() - suffix.size());
    if (digits.isEmpty() || digits.size() > 18 || (digits.size() > 1 && digits.front() == QLatin1Char('0')))
        return -1;
    qint64 n = 0;
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        n = n * 10 + (c.unicode() - '0');
    }
    return n;
}

// A proof's checks that need no other proof; the inclusion path against the packet's own
// checkpoint is left to PacketInclusionCheck (run in order, as it learns from each proof).
struct ProofCheck
{
    QString problem;
    bool inclusionPending = false;
    qint64 index = -1;
    QByteArray leafHash;
    QList<QByteArray> hashes;
};

ProofCheck checkProof(const ProofItem &item, const TrustedCheckpoint &cp)
{
    auto proof = TlogProof::parse(item.text);
    if (!proof)
        return ProofCheck{QStringLiteral("%1: %2").arg(item.name, proof.error().message)};
    if (proof->index != item.fileIndex)
        return ProofCheck{QStringLiteral("%1 holds the proof of entry %2").arg(item.name).arg(proof->index)};
    if (proof->checkpointNote != cp.note) {
        // Another checkpoint than the packet's: still valid if the node signed it.
        if (!cp.key)
            return ProofCheck{QStringLiteral("%1: its checkpoint differs from ledger/checkpoint and no key checks it").arg(item.name)};
        auto full = TlogProofVerifier::verify(item.text, *cp.key);
        return ProofCheck{full ? QString() : QStringLiteral("%1: %2").arg(item.name, full.error().message)};
    }
    if (cp.body.treeSize <= 0 || proof->index >= cp.body.treeSize)
        return ProofCheck{QStringLiteral("%1: entry %2 is beyond the checkpoint's %3 entries").arg(item.name).arg(proof->index).arg(cp.body.treeSize)};
    if (carriedIndex(proof->extra) != proof->index)
        return ProofCheck{QStringLiteral("%1: the entry it carries is not ledger entry %2").arg(item.name).arg(proof->index)};
    return ProofCheck{{}, true, proof->index, MerkleTree::leafHash(proof->extra), proof->hashes};
}

// The large files (the sections, packed evidence): inflated, hashed and, for the packed
// evidence, checked line by line.
struct LargeFile
{
    PacketEntry entry;
    QByteArray expectedHex; // empty: not listed (only hashed for its evidence lines)
    bool isInline = false;
};

struct LargeResult
{
    QStringList hashProblems;
    QStringList evidenceProblems;
    qint64 inlineArtifacts = 0;
};

LargeResult hashLargeFiles(const PacketReader *reader, const QList<LargeFile> &files)
{
    LargeResult out;
    // evidence/inline.jsonl packs small artifacts one per line; each must hash to its sha256.
    auto checkLine = [&](QByteArrayView line) {
        if (line.trimmed().isEmpty())
            return;
        ++out.inlineArtifacts;
        if (!inlineLineHashes(line))
            out.evidenceProblems << QStringLiteral("evidence/inline.jsonl line %1: the content does not hash to its sha256")
                                        .arg(out.inlineArtifacts);
    };
    for (const LargeFile &f : files) {
        Sha256 hasher;
        QByteArray pending;
        auto read = reader->readChunks(f.entry.index, [&](QByteArrayView chunk) {
            hasher.addData(chunk);
            if (!f.isInline)
                return;
            pending.append(chunk);
            qsizetype from = 0, nl;
            while ((nl = pending.indexOf('\n', from)) >= 0) {
                checkLine(QByteArrayView(pending.constData() + from, nl - from));
                from = nl + 1;
            }
            pending.remove(0, from);
        });
        if (f.isInline)
            checkLine(pending);
        if (!read)
            out.hashProblems << read.error().message; // names the file
        else if (!f.expectedHex.isEmpty() && hasher.result().toHex() != f.expectedHex)
            out.hashProblems << QStringLiteral("%1 does not match its SHA-256 in SHA256SUMS").arg(f.entry.name);
    }
    return out;
}

QString normalizedFingerprint(const QString &s)
{
    QString out = s.trimmed().toLower();
    out.remove(QLatin1Char(':'));
    if (out.startsWith(QLatin1String("sha256:")))
        out = out.mid(7);
    return out;
}

} // namespace

Result<PacketVerification> PacketVerifier::verify(const QString &path, const QString &trustedFingerprint,
                                                  const Progress &progress)
{
    auto opened = PacketReader::open(path);
    if (!opened)
        return opened.error();
    const PacketReader &zip = **opened;
    PacketVerification v;
    v.path = path;
    v.files = zip.entries().size();

    PacketCheck sums{QStringLiteral("sha256sums"), true, false, {}, {}};
    PacketCheck hashes{QStringLiteral("file_hashes"), true, false, {}, {}};
    PacketCheck missing{QStringLiteral("no_missing_files"), true, false, {}, {}};
    PacketCheck unlisted{QStringLiteral("no_unlisted_files"), true, false, {}, {}};
    PacketCheck signature{QStringLiteral("signature"), true, false, {}, {}};
    PacketCheck trusted{QStringLiteral("trusted_key"), true, false, {}, {}};
    PacketCheck checkpoint{QStringLiteral("checkpoint"), true, false, {}, {}};
    PacketCheck proofs{QStringLiteral("proofs"), true, false, {}, {}};
    PacketCheck manifestCheck{QStringLiteral("manifest"), true, false, {}, {}};
    PacketCheck evidence{QStringLiteral("evidence"), true, false, {}, {}};
    // SHA256SUMS: "<64 hex>  <name>" per line, as sha256sum writes it.
    QHash<QString, QByteArray> listed;
    QStringList listedOrder;
    auto sumsBytes = zip.read(kSums);
    if (!sumsBytes) {
        fail(sums, QStringLiteral("SHA256SUMS is missing or unreadable: %1").arg(sumsBytes.error().message));
    } else {
        // "<64 lowercase hex> <' ' or '*'><name>", read directly (100,000 lines).
        const auto isHex = [](QByteArrayView h) {
            for (const char c : h)
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
                    return false;
            return true;
        };
        int lineNo = 0;
        const QByteArrayView all(*sumsBytes);
        listed.reserve(all.count('\n') + 1);
        for (qsizetype at = 0; at < all.size();) {
            qsizetype nl = all.indexOf('\n', at);
            if (nl < 0)
                nl = all.size();
            const QByteArrayView raw = all.sliced(at, nl - at);
            at = nl + 1;
            ++lineNo;
            if (raw.isEmpty())
                continue;
            if (raw.size() < 67 || !isHex(raw.first(64)) || raw.at(64) != ' ' || (raw.at(65) != ' ' && raw.at(65) != '*')) {
                fail(sums, QStringLiteral("SHA256SUMS line %1 is not \"<sha256>  <file>\"").arg(lineNo));
                continue;
            }
            const QString name = QString::fromUtf8(raw.sliced(66));
            if (listed.contains(name))
                fail(sums, QStringLiteral("SHA256SUMS lists %1 twice").arg(name));
            listed.insert(name, raw.first(64).toByteArray());
            listedOrder << name;
        }
    }
    sums.detail = sums.ok ? QStringLiteral("SHA256SUMS lists %1 files.").arg(listed.size())
                          : QStringLiteral("SHA256SUMS is missing or malformed.");

    // The key, its fingerprint, and the signature over SHA256SUMS.
    QByteArray publicKey;
    if (auto pem = zip.read(kKey, 1 << 16); !pem) {
        fail(signature, QStringLiteral("node-public-key.pem is missing"));
    } else if (auto raw = Ed25519::parsePublicKeyPem(*pem); !raw) {
        fail(signature, QStringLiteral("node-public-key.pem is not an Ed25519 public key: %1").arg(raw.error().message));
    } else {
        publicKey = *raw;
        v.fingerprint = Ed25519::fingerprint(publicKey);
    }
    if (!publicKey.isEmpty() && sumsBytes) {
        auto sig = zip.read(kSig, 1024);
        if (!sig)
            fail(signature, QStringLiteral("SHA256SUMS.sig is missing"));
        else if (sig->size() != Ed25519::SignatureSize)
            fail(signature, QStringLiteral("SHA256SUMS.sig has %1 bytes, not a raw 64-byte Ed25519 signature").arg(sig->size()));
        else if (!Ed25519::verify(publicKey, *sumsBytes, *sig))
            fail(signature, QStringLiteral("SHA256SUMS.sig is not the signature of SHA256SUMS by node-public-key.pem"));
    } else if (!sumsBytes) {
        fail(signature, QStringLiteral("there is no SHA256SUMS to check the signature over"));
    }
    signature.detail = signature.ok ? QStringLiteral("SHA256SUMS is signed by the key with fingerprint %1.").arg(v.fingerprint)
                                    : QStringLiteral("The signature over SHA256SUMS does not verify.");
    if (trustedFingerprint.isEmpty()) {
        trusted.skipped = true;
        trusted.detail = QStringLiteral("No --trusted-key was given: the packet proves only that the key inside it "
                                        "signed it. Compare %1 with the node's fingerprint from its operator.")
                             .arg(v.fingerprint.isEmpty() ? QStringLiteral("its fingerprint") : v.fingerprint);
    } else if (normalizedFingerprint(trustedFingerprint) != v.fingerprint) {
        fail(trusted, QStringLiteral("the packet's key has fingerprint %1, not the trusted %2")
                          .arg(v.fingerprint.isEmpty() ? QStringLiteral("(none)") : v.fingerprint, trustedFingerprint));
        trusted.detail = QStringLiteral("The packet was not signed by the trusted key.");
    } else {
        trusted.detail = QStringLiteral("The packet's key is the trusted key %1.").arg(v.fingerprint);
    }

    // The signed checkpoint.
    TrustedCheckpoint cp;
    if (auto note = zip.read(kCheckpoint, 1 << 16); !note) {
        fail(checkpoint, QStringLiteral("ledger/checkpoint is missing"));
    } else {
        cp.note = *note;
        auto parsed = SignedNote::parse(*note);
        auto body = parsed ? Checkpoint::parse(parsed->text()) : Result<Checkpoint>(parsed.error());
        if (!body) {
            fail(checkpoint, QStringLiteral("ledger/checkpoint: %1").arg(body.error().message));
        } else {
            cp.body = *body;
            if (!publicKey.isEmpty() && SignedNoteKey::isValidName(body->origin)) {
                cp.key = SignedNoteKey::fromPublicKey(body->origin, publicKey);
                if (auto ok = parsed->verify(*cp.key); !ok) {
                    fail(checkpoint, QStringLiteral("ledger/checkpoint: %1").arg(ok.error().message));
                    cp.key.reset();
                }
            } else {
                fail(checkpoint, QStringLiteral("ledger/checkpoint cannot be checked without the node's public key"));
            }
        }
    }
    checkpoint.detail = checkpoint.ok ? QStringLiteral("The checkpoint of %1 entries (%2) is signed by the node key.")
                                            .arg(cp.body.treeSize)
                                            .arg(cp.body.origin)
                                      : QStringLiteral("The ledger checkpoint does not verify.");

    // One pass over the archive: hash every file, collect the proofs, check them in batches.
    QHash<QString, int> seen;
    QSet<qint64> proofIndexes;
    QList<ProofItem> batch;
    // A batch is checked in contiguous runs, one per task, each with its own inclusion cache (a
    // run's first proof is followed to the root, the rest mostly join it).
    auto flush = [&] {
        QList<QPair<qsizetype, qsizetype>> runs;
        const qsizetype step = qMax<qsizetype>(256, (batch.size() + 7) / 8);
        for (qsizetype from = 0; from < batch.size(); from += step)
            runs.append({from, qMin(batch.size(), from + step)});
        const QList<QStringList> results = QtConcurrent::blockingMapped<QList<QStringList>>(
            runs, [&cp, &batch](const QPair<qsizetype, qsizetype> &run) {
                PacketInclusionCheck inclusion(cp.body.treeSize, cp.body.rootHash);
                QStringList problems;
                for (qsizetype i = run.first; i < run.second; ++i) {
                    const ProofCheck r = checkProof(batch.at(i), cp);
                    if (!r.problem.isEmpty())
                        problems << r.problem;
                    else if (r.inclusionPending)
                        if (auto ok = inclusion.verify(r.leafHash, r.index, r.hashes); !ok)
                            problems << QStringLiteral("%1: %2").arg(batch.at(i).name, ok.error().message);
                }
                return problems;
            });
        for (const QStringList &problems : results)
            for (const QString &problem : problems)
                fail(proofs, problem);
        batch.clear();
    };
    // The large listed files (sections, packed evidence) are picked from the directory first and
    // read in one run after the proofs.
    QList<LargeFile> large;
    QSet<qint64> largeIndexes;
    for (const PacketEntry &e : zip.entries()) {
        const bool isInline = e.name == QLatin1String("evidence/inline.jsonl");
        if (!listed.contains(e.name) || e.name.startsWith(kProofPrefix) || !(isInline || e.size >= kLargeFile))
            continue;
        large.append(LargeFile{e, listed.value(e.name), isInline});
        largeIndexes.insert(e.index);
    }
    // The large files are inflated and hashed on their own thread while this one reads the
    // proofs and the pool checks them: the reader has no lock for stored and deflated members.
    LargeResult largeResult;
    std::thread largeReader([&] { largeResult = hashLargeFiles(&zip, large); });
    qint64 done = 0;
    for (const PacketEntry &e : zip.entries()) {
        if (progress && (++done % 1024) == 0)
            progress(double(done) / double(v.files));
        // Directory entries (zip -r adds them) hold no bytes and are not files of the packet.
        if (e.name.endsWith(QLatin1Char('/')) && e.size == 0)
            continue;
        if (++seen[e.name] == 2)
            fail(unlisted, QStringLiteral("%1 occurs twice in the archive").arg(e.name));
        const bool isListed = listed.contains(e.name);
        if (!isListed && e.name != kSums && e.name != kSig)
            fail(unlisted, QStringLiteral("%1 is not listed in SHA256SUMS").arg(e.name));
        const qint64 proofIndex = e.name.startsWith(kProofPrefix) ? proofFileIndex(e.name) : -1;
        const bool isProof = proofIndex >= 0 && e.size < (1 << 20);
        if (!isListed && !isProof)
            continue;
        if (largeIndexes.contains(e.index))
            continue;
        Sha256 hasher;
        QByteArray keep;
        auto read = zip.readChunks(e.index, [&](QByteArrayView chunk) {
            hasher.addData(chunk);
            if (isProof)
                keep.append(chunk);
        });
        if (!read) {
            fail(hashes, read.error().message); // names the file
            continue;
        }
        if (isListed && hasher.result().toHex() != listed.value(e.name))
            fail(hashes, QStringLiteral("%1 does not match its SHA-256 in SHA256SUMS").arg(e.name));
        if (isProof) {
            ++v.proofs;
            proofIndexes.insert(proofIndex);
            batch.append(ProofItem{e.name, proofIndex, keep});
            if (batch.size() >= kProofBatch)
                flush();
        }
    }
    flush();
    largeReader.join();
    for (const QString &problem : largeResult.hashProblems)
        fail(hashes, problem);
    for (const QString &problem : largeResult.evidenceProblems)
        fail(evidence, problem);
    const qint64 inlineArtifacts = largeResult.inlineArtifacts;
    for (const QString &name : listedOrder)
        if (!seen.contains(name))
            fail(missing, QStringLiteral("%1 is listed in SHA256SUMS but not in the packet").arg(name));
    if (!cp.key && v.proofs > 0)
        fail(proofs, QStringLiteral("the proofs cannot be checked without a verified checkpoint"));
    hashes.detail = hashes.ok ? QStringLiteral("Every listed file matches its SHA-256.")
                              : QStringLiteral("Some files do not match their SHA-256 in SHA256SUMS.");
    missing.detail = missing.ok ? QStringLiteral("No listed file is missing.") : QStringLiteral("Listed files are missing.");
    unlisted.detail = unlisted.ok ? QStringLiteral("Every file in the packet is listed in SHA256SUMS.")
                                  : QStringLiteral("The packet holds files that SHA256SUMS does not list.");
    proofs.detail = proofs.ok ? QStringLiteral("%1 ledger proofs lead to the checkpoint's root.").arg(v.proofs)
                              : QStringLiteral("Some ledger proofs do not verify against the checkpoint.");

    // The manifest against the rest.
    auto manifestBytes = zip.read(kManifest);
    const QJsonDocument doc = manifestBytes ? QJsonDocument::fromJson(*manifestBytes) : QJsonDocument();
    if (!doc.isObject()) {
        fail(manifestCheck, QStringLiteral("manifest.json is missing or not a JSON object"));
    } else {
        v.manifest = doc.object();
        const QJsonObject &man = v.manifest;
        if (man.value(QStringLiteral("packet_version")).toInt() != 1)
            fail(manifestCheck, QStringLiteral("packet_version is not 1"));
        if (!v.fingerprint.isEmpty()) {
            if (man.value(QStringLiteral("node_key_fingerprint")).toString() != v.fingerprint)
                fail(manifestCheck, QStringLiteral("node_key_fingerprint differs from node-public-key.pem's"));
            if (man.value(QStringLiteral("node_id")).toString() != QStringLiteral("node-") + v.fingerprint.left(12))
                fail(manifestCheck, QStringLiteral("node_id does not belong to node-public-key.pem"));
        }
        QSet<QString> files;
        for (const QJsonValue &f : man.value(QStringLiteral("files")).toArray())
            files.insert(f.toObject().value(QStringLiteral("name")).toString());
        for (const QString &name : files)
            if (!seen.contains(name))
                fail(manifestCheck, QStringLiteral("the manifest lists %1, which the packet lacks").arg(name));
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            if (!files.contains(it.key()) && it.key() != kManifest && it.key() != kSums && it.key() != kSig)
                fail(manifestCheck, QStringLiteral("%1 is not in the manifest's file list").arg(it.key()));
        const QJsonObject ledger = man.value(QStringLiteral("ledger")).toObject();
        if (ledger.value(QStringLiteral("tree_size")).toInteger() != cp.body.treeSize
            || ledger.value(QStringLiteral("root_hash")).toString() != QString::fromLatin1(cp.body.rootHash.toBase64()))
            fail(manifestCheck, QStringLiteral("the manifest's ledger tree size or root differs from ledger/checkpoint"));
        QSet<qint64> cited;
        for (const QJsonValue &i : ledger.value(QStringLiteral("cited_entries")).toArray())
            cited.insert(i.toInteger(-1));
        for (qint64 i : cited)
            if (!proofIndexes.contains(i))
                fail(manifestCheck, QStringLiteral("cited ledger entry %1 has no proof in ledger/proofs").arg(i));
        if (cited.size() != proofIndexes.size())
            fail(manifestCheck, QStringLiteral("the manifest cites %1 ledger entries but the packet holds %2 proofs")
                                    .arg(cited.size())
                                    .arg(proofIndexes.size()));
    }
    manifestCheck.detail = manifestCheck.ok ? QStringLiteral("The manifest agrees with the files, the key and the checkpoint.")
                                            : QStringLiteral("The manifest disagrees with the packet.");
    evidence.detail = evidence.ok ? QStringLiteral("%1 packed evidence artifacts match their SHA-256.").arg(inlineArtifacts)
                                  : QStringLiteral("Packed evidence does not match its SHA-256.");
    v.checks = {sums, hashes, missing, unlisted, signature, trusted, checkpoint, proofs, evidence, manifestCheck};
    if (progress)
        progress(1.0);
    return v;
}

} // namespace Lexecon
