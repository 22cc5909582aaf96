#include "CommitmentVerifier.h"

#include "common/CanonicalJson.h"
#include "crypto/Commitment.h"
#include "crypto/Sha256.h"
#include "evidence/EvidenceStore.h"
#include "ledger/LedgerStore.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonDocument>

namespace Lexecon {

CommitmentVerifier::CommitmentVerifier(std::shared_ptr<Database> db, EvidenceStore &evidence)
    : m_db(std::move(db))
    , m_evidence(evidence)
{
}

Result<CommitmentCheck> CommitmentVerifier::check(const QString &decisionId)
{
    QSqlDatabase conn = m_db->connection();
    auto q =
        Sql::exec(conn,
                  QStringLiteral("SELECT request_json, request_commitment, request_salt, anonymized_at, ledger_index "
                                 "FROM decisions WHERE decision_id = ?"),
                  {decisionId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QStringLiteral("There is no decision %1.").arg(decisionId));
    CommitmentCheck check;
    check.decisionId = decisionId;
    const QByteArray canonical = CanonicalJson::serialize(QJsonDocument::fromJson(q->value(0).toByteArray()).object());
    const QString stored = q->value(1).toString();
    const QByteArray salt = q->value(2).toByteArray();
    const bool anonymized = !q->value(3).isNull();
    const qint64 index = q->value(4).toLongLong();
    q->finish();
    auto entry = LedgerStore(m_db).entry(index);
    if (!entry)
        return entry.error();
    const QJsonObject payload = entry->payload;
    const QString ledgered = payload.value(QStringLiteral("request_commitment")).toString();
    if (ledgered.isEmpty())
        check.request = Sha256::hex(canonical) == payload.value(QStringLiteral("request_hash")).toString()
                            ? QStringLiteral("legacy")
                            : (anonymized ? QStringLiteral("erased") : QStringLiteral("mismatch"));
    else if (salt.isEmpty())
        check.request = anonymized ? QStringLiteral("erased") : QStringLiteral("mismatch");
    else
        check.request = ledgered == stored && Commitment::verify(ledgered, salt, canonical)
                            ? QStringLiteral("verified")
                            : QStringLiteral("mismatch");
    check.ok = check.request != QLatin1String("mismatch");

    auto artifacts = m_evidence.forDecision(decisionId);
    if (!artifacts)
        return artifacts.error();
    for (const EvidenceArtifact &a : *artifacts) {
        QString state;
        if (a.isAnonymized()) {
            state = QStringLiteral("erased");
        } else {
            auto saltRow = Sql::exec(conn, QStringLiteral("SELECT salt FROM evidence_artifacts WHERE artifact_id = ?"),
                                     {a.artifactId});
            const QByteArray evidenceSalt = saltRow && saltRow->next() ? saltRow->value(0).toByteArray() : QByteArray();
            auto content = m_evidence.content(a.artifactId);
            auto owner = LedgerStore(m_db).entry(a.ledgerIndex);
            QString inLedger;
            if (owner) {
                inLedger = owner->payload.value(QStringLiteral("evidence_commitment")).toString();
                if (inLedger.isEmpty())
                    inLedger = owner->payload.value(QStringLiteral("content_commitment")).toString();
            }
            if (evidenceSalt.isEmpty() && inLedger.isEmpty())
                state = QStringLiteral("legacy");
            else
                state = content && inLedger == a.commitment && Commitment::verify(a.commitment, evidenceSalt, *content)
                            ? QStringLiteral("verified")
                            : QStringLiteral("mismatch");
        }
        if (state == QLatin1String("mismatch"))
            check.ok = false;
        check.evidence << QStringLiteral("%1: %2").arg(a.artifactId, state);
    }
    return check;
}

} // namespace Lexecon
