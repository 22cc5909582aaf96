#include "PacketSections.h"

#include "PacketArchiveWriter.h"
#include "PacketJsonText.h"
#include "PacketScope.h"
#include "common/Timestamp.h"
#include "decision/DecisionCsvWriter.h"
#include "decision/DecisionStore.h"
#include "escalation/EscalationService.h"
#include "evidence/EvidenceStore.h"
#include "intervention/InterventionLog.h"
#include "override/OverrideService.h"

#include <QJsonDocument>
#include <QSet>
#include <QTemporaryFile>
#include <QtConcurrent/QtConcurrentMap>

#include <QJsonArray>

#include <algorithm>
#include <optional>

namespace Lexecon {

namespace {

constexpr int kPage = 2000;

// A JSON array written one element per line, so a reader can stream it as well.
class JsonArrayOut
{
public:
    explicit JsonArrayOut(const std::function<void(QByteArrayView)> &write) : m_write(write) { m_write("[\n"); }
    void add(const QJsonObject &o) { addRaw(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
    void addRaw(const QByteArray &compactJson)
    {
        if (m_count++ > 0)
            m_write(",\n");
        m_write(compactJson);
    }
    void finish() { m_write(m_count > 0 ? "\n]\n" : "]\n"); }

private:
    std::function<void(QByteArrayView)> m_write;
    qint64 m_count = 0;
};

QJsonValue indexOrNull(qint64 index)
{
    return index >= 0 ? QJsonValue(index) : QJsonValue(QJsonValue::Null);
}

} // namespace

PacketSections::PacketSections(const PacketSources &sources, PacketArchiveWriter &out, const PacketTerms &terms,
                               Progress progress)
    : m_src(sources), m_out(out), m_terms(terms), m_progress(std::move(progress))
{
}

bool PacketSections::report(const QString &stage, double fraction)
{
    if (m_progress && !m_progress(stage, fraction))
        m_cancelled = true;
    return !m_cancelled;
}

bool PacketSections::inRange(qint64 ms) const
{
    return (m_terms.fromMs <= 0 || ms >= m_terms.fromMs) && (m_terms.toMs <= 0 || ms < m_terms.toMs);
}

bool PacketSections::wants(const QString &section) const
{
    return PacketScope::includes(m_terms.scope, section);
}

std::vector<qint64> PacketSections::cited() const
{
    std::vector<qint64> out = m_cited;
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

Result<void> PacketSections::writeAll()
{
    using Step = Result<void> (PacketSections::*)();
    const QList<QPair<QString, Step>> steps{{QStringLiteral("decisions"), &PacketSections::decisions},
                                            {QStringLiteral("escalations"), &PacketSections::escalations},
                                            {QStringLiteral("overrides"), &PacketSections::overrides},
                                            {QStringLiteral("evidence"), &PacketSections::evidence},
                                            {QStringLiteral("compliance"), &PacketSections::compliance},
                                            {QStringLiteral("interventions"), &PacketSections::interventions}};
    for (const auto &[name, step] : steps) {
        // Decisions also feed risk.json, so a risk_only packet walks them too.
        const bool needed = name == QLatin1String("decisions") ? (wants(name) || wants(QStringLiteral("risk"))) : wants(name);
        if (!needed)
            continue;
        if (auto ok = (this->*step)(); !ok)
            return ok;
        if (m_cancelled)
            return Error::conflict(QStringLiteral("The packet build was cancelled; nothing was written."));
    }
    return {};
}

Result<void> PacketSections::decisions()
{
    const bool json = m_terms.formats.contains(QStringLiteral("json"));
    const bool csv = m_terms.formats.contains(QStringLiteral("csv")) && wants(QStringLiteral("decisions"));
    const bool risk = json && wants(QStringLiteral("risk"));
    const bool records = json && wants(QStringLiteral("decisions"));
    DecisionFilter filter;
    filter.fromMs = m_terms.fromMs;
    filter.toMs = m_terms.toMs;
    auto total = m_src.decisions->count(filter);
    if (!total)
        return total.error();
    // decisions.json streams into the packet; the CSV and risk.json go to side files that are
    // copied in afterwards (the packet writer takes one file at a time).
    QTemporaryFile csvFile, riskFile;
    if ((csv && !csvFile.open()) || (risk && !riskFile.open()))
        return Error::internal(QStringLiteral("Cannot create a temporary file for the packet's sections."));
    if (records)
        if (auto ok = m_out.begin(QStringLiteral("decisions.json")); !ok)
            return ok;
    JsonArrayOut decisionsOut([&](QByteArrayView b) {
        if (records)
            m_out.write(b);
    });
    JsonArrayOut riskOut([&](QByteArrayView b) {
        if (risk)
            riskFile.write(b.data(), b.size());
    });
    if (csv)
        csvFile.write(DecisionCsvWriter::line(DecisionCsvWriter::columns()));
    qint64 done = 0;
    for (;;) {
        filter.limit = kPage;
        auto page = m_src.decisions->list(filter);
        if (!page)
            return page.error();
        // Rendering a record (JSON, CSV, risk) costs more than reading it: the page is rendered on
        // every core, then written in order.
        struct Lines
        {
            QByteArray json, csv, risk;
        };
        const QList<Lines> lines = QtConcurrent::blockingMapped<QList<Lines>>(*page, [&](const DecisionRecord &d) {
            Lines l;
            if (records)
                l.json = PacketJsonText::decision(d);
            if (csv)
                l.csv = DecisionCsvWriter::line(DecisionCsvWriter::cells(d));
            if (risk)
                l.risk = PacketJsonText::risk(d);
            return l;
        });
        for (qsizetype i = 0; i < page->size(); ++i) {
            const DecisionRecord &d = page->at(i);
            ++m_summary.decisions;
            ++m_summary.outcomes[d.outcome];
            ++m_summary.finalOutcomes[d.finalOutcome];
            ++m_summary.riskLevels[d.riskLevel];
            ++m_summary.outcomesByDay[d.timestamp.left(10)][d.outcome];
            if (d.overridden)
                ++m_summary.overriddenDecisions;
            if (d.ledgerIndex >= 0)
                m_cited.push_back(d.ledgerIndex);
            if (!d.escalationId.isEmpty())
                m_escalatedDecisionIndex.insert(d.decisionId, d.ledgerIndex);
            if (records)
                decisionsOut.addRaw(lines.at(i).json);
            if (csv)
                csvFile.write(lines.at(i).csv);
            if (risk)
                riskOut.addRaw(lines.at(i).risk);
        }
        done += page->size();
        if (!report(QStringLiteral("decisions"), *total > 0 ? double(done) / double(*total) : 1.0))
            return {};
        if (page->size() < kPage)
            break;
        filter.beforeMs = page->last().createdMs;
        filter.beforeId = page->last().decisionId;
    }
    if (records) {
        decisionsOut.finish();
        if (auto ok = m_out.end(); !ok)
            return ok.error();
    }
    if (csv)
        if (auto ok = m_out.addFrom(QStringLiteral("decisions.csv"), csvFile); !ok)
            return ok.error();
    if (risk) {
        riskOut.finish();
        if (auto ok = m_out.addFrom(QStringLiteral("risk.json"), riskFile); !ok)
            return ok.error();
    }
    return {};
}

template<typename Fetch, typename Visit>
Result<void> PacketSections::pagedSection(const QString &name, Fetch fetch, Visit visit)
{
    const bool json = m_terms.formats.contains(QStringLiteral("json"));
    if (json)
        if (auto ok = m_out.begin(name + QStringLiteral(".json")); !ok)
            return ok;
    JsonArrayOut out([&](QByteArrayView b) {
        if (json)
            m_out.write(b);
    });
    for (int offset = 0;; offset += kPage) {
        auto page = fetch(offset);
        if (!page)
            return page.error();
        for (const auto &row : *page) {
            if (std::optional<QJsonObject> o = visit(row))
                out.add(*o);
        }
        if (!report(name, 0.5))
            return {};
        if (page->size() < kPage)
            break;
    }
    if (!json)
        return {};
    out.finish();
    auto done = m_out.end();
    return done ? Result<void>() : Result<void>(done.error());
}

Result<void> PacketSections::escalations()
{
    EscalationFilter filter;
    filter.sortKey = EscalationFilter::SortKey::Deadline;
    filter.limit = kPage;
    const auto fetch = [&](int offset) {
        filter.offset = offset;
        return m_src.escalations->list(filter);
    };
    return pagedSection(QStringLiteral("escalations"), fetch, [&](const Escalation &e) -> std::optional<QJsonObject> {
        if (!inRange(e.createdAtMs))
            return std::nullopt;
        ++m_summary.escalations;
        ++m_summary.escalationStatuses[e.status];
        ++m_summary.escalationPriorities[e.priority];
        if (e.breachedAtMs > 0 || (e.resolvedAtMs > e.slaDeadlineMs && e.slaDeadlineMs > 0)) {
            ++m_summary.slaBreached;
            ++m_summary.breachesByPriority[e.priority];
        }
        if (e.resolvedAtMs > 0 && e.resolvedAtMs >= e.createdAtMs) {
            ++m_summary.resolvedByPriority[e.priority];
            m_summary.resolutionMsByPriority[e.priority] += e.resolvedAtMs - e.createdAtMs;
        }
        // An escalation is opened by its decision's ledger entry: that is the entry it cites.
        qint64 index = m_escalatedDecisionIndex.value(e.decisionId, -1);
        if (index < 0 && !m_escalatedDecisionIndex.contains(e.decisionId)) {
            if (auto d = m_src.decisions->get(e.decisionId))
                index = d->ledgerIndex;
        }
        if (index >= 0)
            m_cited.push_back(index);
        QJsonObject o = e.toJson();
        o.insert(QStringLiteral("decision_ledger_index"), indexOrNull(index));
        return o;
    });
}

Result<void> PacketSections::overrides()
{
    OverrideFilter filter;
    if (m_terms.fromMs > 0)
        filter.fromMs = m_terms.fromMs;
    if (m_terms.toMs > 0)
        filter.toMs = m_terms.toMs;
    filter.limit = kPage;
    const auto fetch = [&](int offset) {
        filter.offset = offset;
        return m_src.overrides->list(filter);
    };
    return pagedSection(QStringLiteral("overrides"), fetch, [&](const Override &o) -> std::optional<QJsonObject> {
        ++m_summary.overrides;
        ++m_summary.overrideTypes[Overrides::typeName(o.type)];
        if (o.isRevoked())
            ++m_summary.overridesRevoked;
        if (o.ledgerIndex >= 0)
            m_cited.push_back(o.ledgerIndex);
        return o.toJson();
    });
}

Result<void> PacketSections::evidence()
{
    if (!m_terms.formats.contains(QStringLiteral("json")))
        return {};
    // The index streams into a side file. Small content (stored inline in the database, such as
    // the decision logs, one per decision) is packed one line each into evidence/inline.jsonl:
    // a zip entry per decision log would double the packet's file count. Larger artifacts are
    // files named by their SHA-256. Identical content is written once.
    QTemporaryFile indexFile, inlineFile;
    if (!indexFile.open() || !inlineFile.open())
        return Error::internal(QStringLiteral("Cannot create a temporary file for the packet's evidence index."));
    JsonArrayOut out([&](QByteArrayView b) { indexFile.write(b.data(), b.size()); });
    QSet<QString> written;
    Error failure;
    qint64 seen = 0;
    auto walked = m_src.evidence->forEachWithContent(
        m_terms.fromMs, m_terms.toMs, [&](const EvidenceArtifact &a, const QByteArray &content) {
            ++m_summary.evidence;
            m_summary.evidenceBytes += a.size;
            ++m_summary.evidenceTypes[EvidenceTypes::name(a.type)];
            if (a.ledgerIndex >= 0)
                m_cited.push_back(a.ledgerIndex);
            const QString file = a.storedInline ? QStringLiteral("evidence/inline.jsonl")
                                                : QStringLiteral("evidence/files/") + a.sha256;
            out.addRaw(PacketJsonText::evidence(a, file));
            if (!written.contains(a.sha256)) {
                written.insert(a.sha256);
                if (a.storedInline) {
                    inlineFile.write("{\"content_base64\":\"" + content.toBase64() + "\",\"sha256\":\""
                                     + a.sha256.toLatin1() + "\"}\n");
                } else if (auto ok = m_out.add(file, content); !ok) {
                    failure = ok.error();
                    return false;
                }
            }
            return (++seen % 2000) ? true : report(QStringLiteral("evidence"), 0.5);
        });
    if (!walked)
        return walked;
    if (!failure.message.isEmpty())
        return failure;
    if (m_cancelled)
        return {};
    out.finish();
    if (inlineFile.size() > 0)
        if (auto ok = m_out.addFrom(QStringLiteral("evidence/inline.jsonl"), inlineFile); !ok)
            return ok.error();
    auto done = m_out.addFrom(QStringLiteral("evidence/index.json"), indexFile);
    return done ? Result<void>() : Result<void>(done.error());
}

Result<void> PacketSections::compliance()
{
    if (!m_terms.formats.contains(QStringLiteral("json")))
        return {};
    QJsonObject section;
    if (m_src.compliance) {
        auto snapshot = m_src.compliance(m_terms.fromMs, m_terms.toMs);
        if (!snapshot)
            return snapshot.error();
        section = *snapshot;
    } else {
        // Without the compliance module, say so plainly rather than invent control statuses an
        // auditor might rely on.
        section = {{QStringLiteral("status"), QStringLiteral("not_recorded")},
                   {QStringLiteral("note"), QStringLiteral("Compliance mapping is not recorded by this program: no "
                                                           "framework controls, control statuses or gap analyses "
                                                           "were available to export. The other sections hold the "
                                                           "governance records themselves.")},
                   {QStringLiteral("frameworks"), QJsonArray()}};
    }
    report(QStringLiteral("compliance"), 1.0);
    auto done = m_out.add(QStringLiteral("compliance.json"), QJsonDocument(section).toJson(QJsonDocument::Indented));
    return done ? Result<void>() : Result<void>(done.error());
}

Result<void> PacketSections::interventions()
{
    const qint64 to = m_terms.toMs > 0 ? m_terms.toMs : 253402300799999LL; // 9999-12-31T23:59:59.999Z
    const auto fetch = [&](int offset) { return m_src.interventions->list(m_terms.fromMs, to, kPage, offset); };
    return pagedSection(QStringLiteral("interventions"), fetch, [&](const Intervention &i) -> std::optional<QJsonObject> {
        ++m_summary.interventions;
        ++m_summary.interventionTypes[Interventions::typeName(i.type)];
        if (i.ledgerIndex >= 0)
            m_cited.push_back(i.ledgerIndex);
        return i.toJson();
    });
}

} // namespace Lexecon
