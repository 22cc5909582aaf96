#pragma once

#include "common/Result.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace Lexecon::Cli {

// The words after a command: positionals, `--name value` options (repeatable) and `--flag`s.
// Unknown options are an error, so a typo never runs a different command than the one meant.
class Args
{
public:
    static Result<Args> parse(const QStringList &tokens, const QSet<QString> &valueOptions, const QSet<QString> &flags = {});

    QStringList positionals() const { return m_positionals; }
    QString positional(int i) const { return m_positionals.value(i); }
    bool has(const QString &name) const { return m_values.contains(name) || m_flags.contains(name); }
    QString value(const QString &name) const { return m_values.value(name).value(0); }
    QStringList values(const QString &name) const { return m_values.value(name); }
    // The option's value, or an InvalidInput error naming it.
    Result<QString> required(const QString &name) const;

private:
    QStringList m_positionals;
    QHash<QString, QStringList> m_values;
    QSet<QString> m_flags;
};

} // namespace Lexecon::Cli
