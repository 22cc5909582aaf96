#pragma once

#include "PacketSummary.h"

#include <QString>

namespace Lexecon {

// The human-readable report of a packet (report.md, report.html, and the PDF rendered from the
// HTML): who asked and who approved, then summary tables with bars - decisions by outcome, the
// risk level distribution, escalations by status and priority with SLA breaches, overrides,
// evidence and interventions - and how to check the packet. Summaries, not a dump: the records
// are in the JSON and CSV sections.
class PacketReport
{
public:
    static QString markdown(const PacketMeta &meta, const PacketSummary &summary);
    // Plain HTML 4 with inline styles that QTextDocument renders faithfully (for the PDF) and
    // browsers show as is.
    static QString html(const PacketMeta &meta, const PacketSummary &summary);
};

} // namespace Lexecon
