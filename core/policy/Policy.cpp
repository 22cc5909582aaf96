#include "Policy.h"

namespace Lexecon {

const Term *Policy::term(const QString &id) const
{
    for (const Term &t : terms) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QString Policy::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Permissive: return QStringLiteral("permissive");
    case Mode::Strict: return QStringLiteral("strict");
    case Mode::Paranoid: return QStringLiteral("paranoid");
    }
    return QStringLiteral("strict");
}

std::optional<Policy::Mode> Policy::modeFromName(const QString &name)
{
    for (Mode m : {Mode::Permissive, Mode::Strict, Mode::Paranoid}) {
        if (modeName(m) == name)
            return m;
    }
    return std::nullopt;
}

} // namespace Lexecon
