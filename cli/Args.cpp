#include "Args.h"

namespace Lexecon::Cli {

Result<Args> Args::parse(const QStringList &tokens, const QSet<QString> &valueOptions, const QSet<QString> &flags)
{
    Args args;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &t = tokens.at(i);
        if (!t.startsWith(QLatin1String("--")) || t == QLatin1String("--")) {
            args.m_positionals << t;
            continue;
        }
        QString name = t.mid(2);
        QString inlineValue;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        const bool hasInline = eq >= 0;
        if (hasInline) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (flags.contains(name) && !hasInline) {
            args.m_flags.insert(name);
        } else if (valueOptions.contains(name)) {
            if (hasInline) {
                args.m_values[name] << inlineValue;
            } else {
                if (i + 1 >= tokens.size())
                    return Error::invalid(name, QStringLiteral("--%1 needs a value").arg(name));
                args.m_values[name] << tokens.at(++i);
            }
        } else {
            QStringList known;
            for (const QString &o : valueOptions)
                known << QStringLiteral("--") + o;
            for (const QString &f : flags)
                known << QStringLiteral("--") + f;
            known.sort();
            return Error::invalid(name, known.isEmpty()
                                            ? QStringLiteral("unknown option --%1: this command takes no options").arg(name)
                                            : QStringLiteral("unknown option --%1; this command takes %2").arg(name, known.join(QStringLiteral(", "))));
        }
    }
    return args;
}

Result<QString> Args::required(const QString &name) const
{
    const QString v = value(name);
    if (v.isEmpty())
        return Error::invalid(name, QStringLiteral("--%1 is required").arg(name));
    return v;
}

} // namespace Lexecon::Cli
