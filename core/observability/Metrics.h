#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

namespace Lexecon {

// Prometheus metrics in the text exposition format 0.0.4 (`promtool check metrics` passes on
// render()). Families are defined once at startup; increment/observe are thread-safe and cheap
// enough for every HTTP request. Gauges, and counters kept elsewhere, are read through a callback
// at scrape time.
class Metrics
{
public:
    using Labels = QList<QPair<QString, QString>>; // in the order they are printed

    Metrics();
    ~Metrics();

    // name ends in _total. With read, a counter another component keeps (the ledger writer's
    // commits, say), read at scrape time: read must only ever go up, and increment() leaves it alone.
    void defineCounter(const QString &name, const QString &help, std::function<double()> read = {});
    void defineGauge(const QString &name, const QString &help, std::function<double()> read);
    void defineHistogram(const QString &name, const QString &help, QList<double> upperBounds);

    void increment(const QString &name, const Labels &labels = {}, double by = 1);
    void observe(const QString &name, const Labels &labels, double value);

    // Current value of a counter series (0 if never incremented), for tests and the status bar.
    double counterValue(const QString &name, const Labels &labels = {}) const;
    QByteArray render() const;

private:
    struct Registry;
    std::unique_ptr<Registry> m_registry;
};

} // namespace Lexecon
