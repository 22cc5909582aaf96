#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lexecon {

// One named check of `packet verify`. Names are stable identifiers (scripts and the desktop
// key on them): sha256sums, file_hashes, no_missing_files, no_unlisted_files, signature,
// trusted_key, checkpoint, proofs, manifest.
struct PacketCheck
{
    QString name;
    bool ok = true;
    bool skipped = false; // not run (trusted_key without --trusted-key)
    QString detail;       // one sentence: what was checked, or what failed
    QStringList problems; // the first failures, each naming its file

    QJsonObject toJson() const;
};

// Everything `packet verify` found: every check, passed or failed, not only the first failure.
struct PacketVerification
{
    QString path;
    QList<PacketCheck> checks;
    QJsonObject manifest; // empty when manifest.json is missing or unreadable
    QString fingerprint;  // of node-public-key.pem; empty when missing
    qint64 files = 0;
    qint64 proofs = 0;

    bool ok() const;
    QStringList failedChecks() const;
    const PacketCheck *check(const QString &name) const;
    QJsonObject toJson() const;
};

} // namespace Lexecon
