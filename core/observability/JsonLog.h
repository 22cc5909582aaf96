#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdio>
#include <memory>

namespace Lexecon {

// Structured logs: one JSON object a line ({"ts","level","msg",...fields}), thread-safe, to a
// FILE* (stderr by default). Lines below the minimum level cost one comparison.
class JsonLog
{
public:
    enum class Level { Debug, Info, Warning, Error };

    explicit JsonLog(FILE *out = stderr, Level minimum = Level::Info);
    ~JsonLog();

    void setMinimum(Level level);
    bool enabled(Level level) const;
    void write(Level level, const QString &message, const QJsonObject &fields = {});
    static QString levelName(Level level);
    static bool parseLevel(const QString &name, Level *level);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace Lexecon
