#include "Bench.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

std::map<QString, BenchFunction> &benchRegistry()
{
    static std::map<QString, BenchFunction> registry;
    return registry;
}

qint64 benchOption(const QStringList &args, const QString &name, qint64 fallback)
{
    const qsizetype at = args.indexOf(QStringLiteral("--") + name);
    if (at < 0 || at + 1 >= args.size())
        return fallback;
    bool ok = false;
    const qint64 v = args.at(at + 1).toLongLong(&ok);
    return ok ? v : fallback;
}

double benchPercentile(std::vector<double> &samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const size_t rank = size_t(std::ceil(p / 100.0 * double(samples.size())));
    return samples[std::min(samples.size() - 1, rank == 0 ? 0 : rank - 1)];
}

int main(int argc, char **argv)
{
    // The packet benchmark renders a PDF, which needs Qt GUI (offscreen); the rest stay Core only.
    const bool gui = argc > 1 && qstrcmp(argv[1], "packet") == 0;
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(gui ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || !benchRegistry().count(args.first())) {
        QTextStream err(stderr);
        err << "usage: lexecon-bench NAME [options]\nbenchmarks:";
        for (const auto &[name, fn] : benchRegistry())
            err << ' ' << name;
        err << '\n';
        return 2;
    }
    const QString name = args.takeFirst();
    QJsonObject result = benchRegistry()[name](args);
    result.insert(QStringLiteral("benchmark"), name);
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
