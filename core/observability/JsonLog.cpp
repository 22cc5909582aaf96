#include "JsonLog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <atomic>
#include <mutex>

namespace Lexecon {

struct JsonLog::State
{
    FILE *out = stderr;
    std::atomic<int> minimum{int(Level::Info)};
    std::mutex writeMutex; // one line at a time, never interleaved
};

JsonLog::JsonLog(FILE *out, Level minimum)
    : m_state(std::make_unique<State>())
{
    m_state->out = out;
    m_state->minimum = int(minimum);
}

JsonLog::~JsonLog() = default;

void JsonLog::setMinimum(Level level)
{
    m_state->minimum.store(int(level), std::memory_order_relaxed);
}

bool JsonLog::enabled(Level level) const
{
    return int(level) >= m_state->minimum.load(std::memory_order_relaxed);
}

QString JsonLog::levelName(Level level)
{
    switch (level) {
    case Level::Debug: return QStringLiteral("debug");
    case Level::Info: return QStringLiteral("info");
    case Level::Warning: return QStringLiteral("warning");
    case Level::Error: return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

bool JsonLog::parseLevel(const QString &name, Level *level)
{
    const QString n = name.trimmed().toLower();
    Level parsed;
    if (n == QLatin1String("debug"))
        parsed = Level::Debug;
    else if (n == QLatin1String("info"))
        parsed = Level::Info;
    else if (n == QLatin1String("warning") || n == QLatin1String("warn"))
        parsed = Level::Warning;
    else if (n == QLatin1String("error"))
        parsed = Level::Error;
    else
        return false;
    if (level)
        *level = parsed;
    return true;
}

void JsonLog::write(Level level, const QString &message, const QJsonObject &fields)
{
    if (!enabled(level) || !m_state->out)
        return;
    // ts, level and msg come first, so a person reading the file sees them at the start of the
    // line; QJsonDocument would sort them among the fields. A field named like one of them is
    // kept under "field_<name>" instead of overwriting it.
    const QString ts = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    QJsonObject head{
        {QStringLiteral("ts"), ts}, {QStringLiteral("level"), levelName(level)}, {QStringLiteral("msg"), message}};
    QByteArray line = "{\"ts\":" + QJsonDocument(QJsonArray{ts}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    line += ",\"level\":\"" + levelName(level).toLatin1() + '"';
    line += ",\"msg\":" + QJsonDocument(QJsonArray{message}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    if (!fields.isEmpty()) {
        QJsonObject rest;
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QString key = head.contains(it.key()) ? QStringLiteral("field_") + it.key() : it.key();
            rest.insert(key, it.value());
        }
        const QByteArray body = QJsonDocument(rest).toJson(QJsonDocument::Compact); // "{...}"
        line += ',';
        line += QByteArrayView(body).sliced(1);
    } else {
        line += '}';
    }
    line += '\n';
    std::lock_guard lock(m_state->writeMutex);
    std::fwrite(line.constData(), 1, size_t(line.size()), m_state->out);
    std::fflush(m_state->out);
}

} // namespace Lexecon
