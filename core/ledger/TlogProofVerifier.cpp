#include "TlogProofVerifier.h"

#include "Checkpoint.h"
#include "MerkleProof.h"
#include "MerkleTree.h"
#include "SignedNote.h"
#include "TlogProof.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Lexecon {

Result<TlogProofCheck> TlogProofVerifier::verifyCheckpoint(QByteArrayView noteBytes, const SignedNoteKey &key)
{
    auto note = SignedNote::parse(noteBytes);
    if (!note)
        return note.error();
    if (auto signedOk = note->verify(key); !signedOk)
        return signedOk.error();
    auto checkpoint = Checkpoint::parse(note->text());
    if (!checkpoint)
        return checkpoint.error();
    // The key name is the origin (SPEC section 5): a checkpoint of another log signed with this
    // key is not a statement about this log.
    if (checkpoint->origin != key.name)
        return Error::integrity(QStringLiteral("the checkpoint is for log \"%1\" but the key is for \"%2\"")
                                    .arg(checkpoint->origin, key.name));
    TlogProofCheck check;
    check.treeSize = checkpoint->treeSize;
    check.origin = checkpoint->origin;
    check.rootHash = checkpoint->rootHash;
    return check;
}

Result<TlogProofCheck> TlogProofVerifier::verify(QByteArrayView proofText, const SignedNoteKey &key)
{
    auto proof = TlogProof::parse(proofText);
    if (!proof)
        return proof.error();
    auto checked = verifyCheckpoint(proof->checkpointNote, key);
    if (!checked)
        return checked.error();
    TlogProofCheck check = *checked;
    check.index = proof->index;
    check.entry = proof->extra;
    if (check.treeSize == 0)
        return Error::integrity(
            QStringLiteral("the proof's checkpoint is of an empty tree, which holds no entry to prove"));
    if (proof->index >= check.treeSize)
        return Error::integrity(
            QStringLiteral("the proof is for entry %1 but its checkpoint covers only entries 0 to %2")
                .arg(proof->index)
                .arg(check.treeSize - 1));
    if (proof->extra.isEmpty())
        return Error::integrity(
            QStringLiteral("the proof carries no entry (no extra line), so there is nothing to check"));
    // The entry names its own index; a mismatch is the clearest sign of a proof for another entry.
    const QJsonDocument doc = QJsonDocument::fromJson(proof->extra);
    const QJsonValue entryIndex = doc.object().value(QStringLiteral("index"));
    if (!doc.isObject() || !entryIndex.isDouble())
        return Error::integrity(
            QStringLiteral("the proof's extra line is not a ledger entry (canonical JSON with an index)"));
    if (entryIndex.toInteger(-1) != proof->index)
        return Error::integrity(
            QStringLiteral("the proof is for index %1 but the entry it carries is entry %2: it is a proof "
                           "for another entry")
                .arg(proof->index)
                .arg(entryIndex.toInteger(-1)));
    auto included = MerkleProof::verifyInclusion(MerkleTree::leafHash(proof->extra), proof->index, check.treeSize,
                                                 proof->hashes, check.rootHash);
    if (!included)
        return Error::integrity(QStringLiteral("entry %1 is not proven to be in the signed tree of %2 entries: %3")
                                    .arg(proof->index)
                                    .arg(check.treeSize)
                                    .arg(included.error().message));
    return check;
}

} // namespace Lexecon
