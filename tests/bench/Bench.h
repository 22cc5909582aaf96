#pragma once

#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <map>

// A benchmark takes its options (--name value pairs) and returns the JSON object it reports.
using BenchFunction = std::function<QJsonObject(const QStringList &args)>;

std::map<QString, BenchFunction> &benchRegistry();

struct BenchRegistration
{
    BenchRegistration(const QString &name, BenchFunction fn) { benchRegistry()[name] = std::move(fn); }
};

// The value after --name in args, or fallback.
qint64 benchOption(const QStringList &args, const QString &name, qint64 fallback);

// p-th percentile (0-100) of samples, which it sorts.
double benchPercentile(std::vector<double> &samples, double p);
