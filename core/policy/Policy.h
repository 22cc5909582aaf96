#pragma once

#include "Relation.h"
#include "Term.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Lexecon {

// A loaded, validated policy file. Plain value; PolicyLoader makes it, CompiledPolicy indexes it.
struct Policy
{
    enum class Mode { Permissive, Strict, Paranoid };

    QString name;
    QString version; // the file's own version string, not the workspace version number
    Mode mode = Mode::Strict;
    QList<Term> terms;
    QList<Relation> relations;
    QByteArray canonical; // RFC 8785 bytes of the whole file as loaded
    QString hash;         // hex SHA-256 of canonical

    const Term *term(const QString &id) const;

    static QString modeName(Mode mode);
    static std::optional<Mode> modeFromName(const QString &name);
};

} // namespace Lexecon
