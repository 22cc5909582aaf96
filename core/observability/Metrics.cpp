#include "Metrics.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <map>
#include <mutex>
#include <shared_mutex>
#include <vector>

namespace Lexecon {

namespace {

enum class Type { Counter, Gauge, Histogram };

// A series of a counter (value) or a histogram (per-bucket counts, not cumulative, plus the
// sum). Counts are kept per bucket and summed at render time, so _count always equals the
// +Inf bucket even while other threads observe.
struct Series
{
    Metrics::Labels labels;
    std::atomic<double> value{0};
    std::unique_ptr<std::atomic<quint64>[]> buckets; // upperBounds.size() + 1 (the last is +Inf)
    std::atomic<double> sum{0};
};

struct Family
{
    QString name;
    QString help;
    Type type = Type::Counter;
    std::function<double()> read;
    std::vector<double> bounds;

    mutable std::shared_mutex mutex;                   // guards the map, never the values
    std::map<QString, std::unique_ptr<Series>> series; // ordered by label key: stable output
};

bool validMetricName(const QString &name)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[a-zA-Z_:][a-zA-Z0-9_:]*")));
    return re.match(name).hasMatch();
}

bool validLabelName(const QString &name)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[a-zA-Z_][a-zA-Z0-9_]*")));
    return re.match(name).hasMatch() && !name.startsWith(QLatin1String("__")) && name != QLatin1String("le");
}

// The key of a label set: names and values joined with separators that cannot be confused,
// since \x1f and \x1e never appear unescaped in a rendered label.
QString labelKey(const Metrics::Labels &labels)
{
    QString key;
    for (const auto &[n, v] : labels) {
        key += n;
        key += QChar(0x1f);
        key += v;
        key += QChar(0x1e);
    }
    return key;
}

void appendNumber(QByteArray &out, double v)
{
    if (std::isnan(v)) {
        out += "NaN";
        return;
    }
    if (std::isinf(v)) {
        out += v > 0 ? "+Inf" : "-Inf";
        return;
    }
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v); // shortest form that reads back exactly
    out.append(buf, r.ptr - buf);
}

void appendEscapedLabelValue(QByteArray &out, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '"': out += "\\\""; break;
        case '\n': out += "\\n"; break;
        default: out += c;
        }
    }
}

void appendHelp(QByteArray &out, const QString &help)
{
    for (const char c : help.toUtf8()) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        default: out += c;
        }
    }
}

void appendLabels(QByteArray &out, const Metrics::Labels &labels, const char *le = nullptr)
{
    if (labels.isEmpty() && !le)
        return;
    out += '{';
    bool first = true;
    for (const auto &[n, v] : labels) {
        if (!first)
            out += ',';
        first = false;
        out += n.toUtf8();
        out += "=\"";
        appendEscapedLabelValue(out, v);
        out += '"';
    }
    if (le) {
        if (!first)
            out += ',';
        out += "le=\"";
        out += le;
        out += '"';
    }
    out += '}';
}

void atomicAdd(std::atomic<double> &a, double by)
{
    a.fetch_add(by, std::memory_order_relaxed);
}

} // namespace

struct Metrics::Registry
{
    mutable std::shared_mutex mutex; // guards families; taken shared on every update
    std::map<QString, std::unique_ptr<Family>> families;

    Family *find(const QString &name) const
    {
        const auto it = families.find(name);
        return it == families.end() ? nullptr : it->second.get();
    }

    // The series for labels, created on first use. Lookup is under a shared lock; only the
    // first increment of a new label set takes the family's lock exclusively.
    static Series *series(Family &f, const Labels &labels)
    {
        const QString key = labelKey(labels);
        {
            std::shared_lock lock(f.mutex);
            const auto it = f.series.find(key);
            if (it != f.series.end())
                return it->second.get();
        }
        for (const auto &[n, v] : labels) {
            Q_UNUSED(v)
            if (!validLabelName(n)) {
                qWarning("Metrics: label name \"%s\" of %s is not valid; the update is dropped", qPrintable(n),
                         qPrintable(f.name));
                return nullptr;
            }
        }
        std::unique_lock lock(f.mutex);
        auto &slot = f.series[key];
        if (!slot) {
            slot = std::make_unique<Series>();
            slot->labels = labels;
            if (f.type == Type::Histogram) {
                slot->buckets = std::make_unique<std::atomic<quint64>[]>(f.bounds.size() + 1);
                for (size_t i = 0; i <= f.bounds.size(); ++i)
                    slot->buckets[i] = 0;
            }
        }
        return slot.get();
    }

    // Fills the family in under the lock, so no other thread sees it half made.
    void define(const QString &name, const QString &help, Type type, const std::function<void(Family &)> &fill = {})
    {
        if (!validMetricName(name)) {
            qWarning("Metrics: \"%s\" is not a valid metric name; it is not defined", qPrintable(name));
            return;
        }
        std::unique_lock lock(mutex);
        auto &slot = families[name];
        if (slot) {
            qWarning("Metrics: %s is defined twice; the first definition stays", qPrintable(name));
            return;
        }
        slot = std::make_unique<Family>();
        slot->name = name;
        slot->help = help;
        slot->type = type;
        if (fill)
            fill(*slot);
    }
};

Metrics::Metrics()
    : m_registry(std::make_unique<Registry>())
{
}

Metrics::~Metrics() = default;

void Metrics::defineCounter(const QString &name, const QString &help, std::function<double()> read)
{
    if (!name.endsWith(QLatin1String("_total")))
        qWarning("Metrics: counter %s should end in _total", qPrintable(name));
    m_registry->define(name, help, Type::Counter, [&](Family &f) { f.read = std::move(read); });
}

void Metrics::defineGauge(const QString &name, const QString &help, std::function<double()> read)
{
    m_registry->define(name, help, Type::Gauge, [&](Family &f) { f.read = std::move(read); });
}

void Metrics::defineHistogram(const QString &name, const QString &help, QList<double> upperBounds)
{
    // Buckets must be finite and strictly increasing; +Inf is always added at render time.
    std::vector<double> bounds;
    std::sort(upperBounds.begin(), upperBounds.end());
    for (double b : upperBounds) {
        if (std::isfinite(b) && (bounds.empty() || b > bounds.back()))
            bounds.push_back(b);
    }
    m_registry->define(name, help, Type::Histogram, [&](Family &f) { f.bounds = std::move(bounds); });
}

void Metrics::increment(const QString &name, const Labels &labels, double by)
{
    if (!(by >= 0)) // counters only go up; also refuses NaN
        return;
    std::shared_lock lock(m_registry->mutex);
    Family *f = m_registry->find(name);
    if (!f || f->type != Type::Counter || f->read)
        return;
    if (Series *s = Registry::series(*f, labels))
        atomicAdd(s->value, by);
}

void Metrics::observe(const QString &name, const Labels &labels, double value)
{
    if (std::isnan(value))
        return;
    std::shared_lock lock(m_registry->mutex);
    Family *f = m_registry->find(name);
    if (!f || f->type != Type::Histogram)
        return;
    Series *s = Registry::series(*f, labels);
    if (!s)
        return;
    const auto it = std::lower_bound(f->bounds.begin(), f->bounds.end(), value); // first bound >= value: le
    s->buckets[it - f->bounds.begin()].fetch_add(1, std::memory_order_relaxed);
    atomicAdd(s->sum, value);
}

double Metrics::counterValue(const QString &name, const Labels &labels) const
{
    std::shared_lock lock(m_registry->mutex);
    Family *f = m_registry->find(name);
    if (!f || f->type != Type::Counter)
        return 0;
    if (f->read)
        return labels.isEmpty() ? f->read() : 0;
    std::shared_lock seriesLock(f->mutex);
    const auto it = f->series.find(labelKey(labels));
    return it == f->series.end() ? 0 : it->second->value.load(std::memory_order_relaxed);
}

QByteArray Metrics::render() const
{
    QByteArray out;
    out.reserve(4096);
    std::shared_lock lock(m_registry->mutex);
    for (const auto &[name, f] : m_registry->families) {
        const QByteArray n = name.toUtf8();
        out += "# HELP " + n + ' ';
        appendHelp(out, f->help);
        out += "\n# TYPE " + n + ' ';
        out += f->type == Type::Counter ? "counter" : f->type == Type::Gauge ? "gauge" : "histogram";
        out += '\n';
        if (f->type == Type::Gauge || f->read) { // or a counter kept elsewhere
            out += n + ' ';
            appendNumber(out, f->read ? f->read() : 0);
            out += '\n';
            continue;
        }
        std::shared_lock seriesLock(f->mutex);
        if (f->type == Type::Counter) {
            // A counter without labels reads 0 before its first increment rather than being absent.
            if (f->series.empty()) {
                out += n + " 0\n";
                continue;
            }
            for (const auto &[key, s] : f->series) {
                out += n;
                appendLabels(out, s->labels);
                out += ' ';
                appendNumber(out, s->value.load(std::memory_order_relaxed));
                out += '\n';
            }
            continue;
        }
        for (const auto &[key, s] : f->series) {
            quint64 cumulative = 0;
            for (size_t i = 0; i <= f->bounds.size(); ++i) {
                cumulative += s->buckets[i].load(std::memory_order_relaxed);
                QByteArray le;
                if (i < f->bounds.size())
                    appendNumber(le, f->bounds[i]);
                else
                    le = "+Inf";
                out += n + "_bucket";
                appendLabels(out, s->labels, le.constData());
                out += ' ' + QByteArray::number(cumulative) + '\n';
            }
            out += n + "_sum";
            appendLabels(out, s->labels);
            out += ' ';
            appendNumber(out, s->sum.load(std::memory_order_relaxed));
            out += '\n';
            out += n + "_count";
            appendLabels(out, s->labels);
            out += ' ' + QByteArray::number(cumulative) + '\n';
        }
    }
    return out;
}

} // namespace Lexecon
