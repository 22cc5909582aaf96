#pragma once

#include "common/Result.h"

#include <QString>

namespace Lexecon {

class ComplianceService;

// The SOC 2 evidence map (the document of seeds/soc2-control-mapping.md), generated from what
// this workstation records instead of written by hand: every Trust Services Criteria point with
// its status, where the status came from, the live evidence of the primitives behind it, an
// officer's justification where one was given, and the related controls of other frameworks.
// Ends with the audit evidence repository table.
class Soc2EvidenceMap
{
public:
    static Result<QString> generateMarkdown(ComplianceService &compliance);
};

} // namespace Lexecon
