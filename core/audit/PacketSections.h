#pragma once

#include "PacketRequest.h"
#include "PacketSources.h"
#include "PacketSummary.h"
#include "common/Result.h"

#include <QHash>
#include <QString>

#include <functional>
#include <vector>

namespace Lexecon {

class PacketArchiveWriter;

// Streams the sections a scope selects into a packet (SPEC section 8): decisions.json,
// decisions.csv, risk.json, escalations.json, overrides.json, evidence/index.json plus
// evidence/<sha256> content, compliance.json, interventions.json. Records are read page by page
// and written as they come, so memory does not grow with the number of decisions. Counts go
// into summary(); every ledger index a record carries goes into cited().
class PacketSections
{
public:
    // progress(stage, fraction) returns false to cancel.
    using Progress = std::function<bool(const QString &stage, double fraction)>;

    PacketSections(const PacketSources &sources, PacketArchiveWriter &out, const PacketTerms &terms, Progress progress);

    Result<void> writeAll();
    const PacketSummary &summary() const { return m_summary; }
    // Sorted, without duplicates.
    std::vector<qint64> cited() const;

private:
    Result<void> decisions();
    Result<void> escalations();
    Result<void> overrides();
    Result<void> evidence();
    Result<void> compliance();
    Result<void> interventions();
    // Writes NAME.json (when json is a chosen format) as one array over pages fetch(offset)
    // returns until a short one; visit(row) counts the row in the summary and gives its JSON,
    // or nothing to leave the row out.
    template<typename Fetch, typename Visit>
    Result<void> pagedSection(const QString &name, Fetch fetch, Visit visit);
    bool inRange(qint64 ms) const;
    bool wants(const QString &section) const;
    bool report(const QString &stage, double fraction);

    PacketSources m_src;
    PacketArchiveWriter &m_out;
    PacketTerms m_terms;
    Progress m_progress;
    PacketSummary m_summary;
    std::vector<qint64> m_cited;
    QHash<QString, qint64> m_escalatedDecisionIndex; // decision id -> its ledger index
    bool m_cancelled = false;
};

} // namespace Lexecon
