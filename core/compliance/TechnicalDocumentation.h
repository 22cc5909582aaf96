#pragma once

#include "TechnicalDocument.h"
#include "common/Result.h"

namespace Lexecon {

class Workspace;

// EU AI Act Article 11 / Annex IV technical documentation, generated from what the workstation
// records: the sections of the catalogue (general description, intended purpose, design,
// development, data, human oversight, accuracy metrics, known limitations) plus the evidence
// chain that lets a reader check the numbers. Nothing in it is typed by hand, so it is current
// whenever it is generated.
class TechnicalDocumentation
{
public:
    static QStringList sectionKeys(); // the eight catalogue sections, then evidence_chain
    static Result<TechnicalDocument> generate(Workspace &ws);
};

} // namespace Lexecon
