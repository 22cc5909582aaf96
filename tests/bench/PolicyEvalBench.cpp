#include "Bench.h"

#include "policy/CompiledPolicy.h"
#include "policy/PolicyAnalyzer.h"
#include "policy/PolicyLoader.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <chrono>

using namespace Lexecon;

namespace {

// Counts of a mid-size enterprise policy: agents grouped into roles that share a base role,
// many actions, data classes with risk floors, a few contexts gating sensitive actions.
constexpr int kActors = 400, kRoles = 25, kActions = 600, kDataClasses = 60, kResources = 120, kContexts = 30;

QJsonObject term(const QString &id, const char *type, const QString &label = {})
{
    QJsonObject t{{QStringLiteral("id"), id}, {QStringLiteral("type"), QLatin1String(type)}};
    if (!label.isEmpty())
        t.insert(QStringLiteral("name"), label);
    return t;
}

QJsonObject relation(const char *type, const QString &source, const QString &target, const QString &object = {},
                     const QString &justification = {})
{
    QJsonObject r{{QStringLiteral("type"), QLatin1String(type)},
                  {QStringLiteral("source"), source},
                  {QStringLiteral("target"), target}};
    if (!object.isEmpty())
        r.insert(QStringLiteral("object"), object);
    if (!justification.isEmpty())
        r.insert(QStringLiteral("justification"), justification);
    return r;
}

QString actor(int i)
{
    return QStringLiteral("actor:agent_%1").arg(i);
}
QString role(int i)
{
    return QStringLiteral("actor:role_%1").arg(i);
}
QString action(int i)
{
    return QStringLiteral("action:act_%1").arg(i);
}
QString data(int i)
{
    return QStringLiteral("data:class_%1").arg(i);
}
QString resource(int i)
{
    return QStringLiteral("resource:res_%1").arg(i);
}
QString context(int i)
{
    return QStringLiteral("context:ctx_%1").arg(i);
}

QByteArray generatePolicy(int relationCount, QRandomGenerator &rng)
{
    QJsonArray terms;
    terms.append(term(QStringLiteral("actor:ai_agent"), "actor", QStringLiteral("AI Agent")));
    for (int i = 0; i < kRoles; ++i)
        terms.append(term(role(i), "actor", QStringLiteral("Role %1").arg(i)));
    for (int i = 0; i < kActors; ++i)
        terms.append(term(actor(i), "actor", QStringLiteral("Agent %1").arg(i)));
    for (int i = 0; i < kActions; ++i)
        terms.append(term(action(i), "action"));
    for (int i = 0; i < kDataClasses; ++i) {
        QJsonObject t = term(data(i), "data_class", QStringLiteral("Class %1").arg(i));
        t.insert(QStringLiteral("metadata"),
                 QJsonObject{{QStringLiteral("risk"), QJsonObject{{QStringLiteral("privacy"), int(rng.bounded(90))}}}});
        terms.append(t);
    }
    for (int i = 0; i < kResources; ++i)
        terms.append(term(resource(i), "resource"));
    for (int i = 0; i < kContexts; ++i)
        terms.append(term(context(i), "context"));

    QJsonArray relations;
    QSet<QString> ids;
    auto add = [&](const QJsonObject &r) {
        const QString id = r.value(QStringLiteral("type")).toString() + r.value(QStringLiteral("source")).toString() +
                           r.value(QStringLiteral("target")).toString() + r.value(QStringLiteral("object")).toString();
        if (!ids.contains(id)) {
            ids.insert(id);
            relations.append(r);
        }
    };
    for (int i = 0; i < kRoles; ++i)
        add(relation("implies", role(i), QStringLiteral("actor:ai_agent")));
    for (int i = 0; i < kActors; ++i) {
        add(relation("implies", actor(i), role(i % kRoles)));
        if (i % 3 == 0)
            add(relation("implies", actor(i), role((i * 7 + 3) % kRoles)));
    }
    for (int i = 0; i < 200; ++i)
        add(relation("requires", action(int(rng.bounded(kActions))), context(int(rng.bounded(kContexts))), {},
                     QStringLiteral("four-eyes control")));
    for (int i = 0; i < 40; ++i)
        add(relation("conflicts", context(int(rng.bounded(kContexts))), action(int(rng.bounded(kActions)))));
    for (int i = 0; i < 60; ++i)
        add(relation("forbids", QStringLiteral("actor:ai_agent"), action(int(rng.bounded(kActions))),
                     i % 2 ? data(int(rng.bounded(kDataClasses))) : QString(), QStringLiteral("GDPR Art. 9")));
    while (relations.size() < relationCount) {
        const quint32 pick = rng.bounded(100);
        const QString source = pick < 45 ? role(int(rng.bounded(kRoles))) : actor(int(rng.bounded(kActors)));
        const QString object = rng.bounded(2) ? data(int(rng.bounded(kDataClasses)))
                                              : (rng.bounded(3) ? QString() : resource(int(rng.bounded(kResources))));
        add(relation(pick < 88 ? "permits" : "forbids", source, action(int(rng.bounded(kActions))), object,
                     pick < 88 ? QString() : QStringLiteral("HIPAA 164.502")));
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("bench")},
                                     {QStringLiteral("mode"), QStringLiteral("strict")},
                                     {QStringLiteral("terms"), terms},
                                     {QStringLiteral("relations"), relations}})
        .toJson(QJsonDocument::Compact);
}

// Half the requests follow a permit of the policy (what a well-behaved agent asks), half are random.
QList<PolicyRequest> generateRequests(const Policy &policy, int count, QRandomGenerator &rng)
{
    QList<const Relation *> permits;
    for (const Relation &rel : policy.relations) {
        if (rel.type == Relation::Type::Permits)
            permits.append(&rel);
    }
    QList<PolicyRequest> requests;
    for (int i = 0; i < count; ++i) {
        PolicyRequest r;
        int a = int(rng.bounded(kActors));
        const Relation *follow = i % 2 ? permits.at(rng.bounded(int(permits.size()))) : nullptr;
        if (follow && follow->source.startsWith(QLatin1String("actor:agent_")))
            a = follow->source.mid(12).toInt();
        else if (follow && follow->source.startsWith(QLatin1String("actor:role_")))
            a = follow->source.mid(11).toInt() + kRoles * int(rng.bounded(kActors / kRoles));
        // Callers name terms every way the matcher accepts: bare id, full id, label.
        const int form = int(rng.bounded(3));
        r.actor = form == 0   ? QStringLiteral("agent_%1").arg(a)
                  : form == 1 ? actor(a)
                              : QStringLiteral("Agent %1").arg(a);
        r.action = follow ? follow->target.mid(7) : QStringLiteral("act_%1").arg(rng.bounded(kActions));
        if (follow && follow->object.startsWith(QLatin1String("resource:")))
            r.resource = follow->object.mid(9);
        else if (rng.bounded(3) == 0)
            r.resource = QStringLiteral("res_%1").arg(rng.bounded(kResources));
        if (follow && follow->object.startsWith(QLatin1String("data:")))
            r.dataClasses.append(follow->object.mid(5));
        for (quint32 d = rng.bounded(3); d > 0; --d)
            r.dataClasses.append(QStringLiteral("class_%1").arg(rng.bounded(kDataClasses)));
        for (quint32 c = rng.bounded(3); c > 0; --c)
            r.context.insert(QStringLiteral("ctx_%1").arg(rng.bounded(kContexts)), true);
        r.context.insert(QStringLiteral("session"), QStringLiteral("s-%1").arg(i)); // a key no term names
        requests.append(r);
    }
    return requests;
}

QJsonObject policyEval(const QStringList &args)
{
    const int relationCount = int(benchOption(args, QStringLiteral("relations"), 10000));
    const int iterations = int(benchOption(args, QStringLiteral("iterations"), 200000));
    QRandomGenerator rng(20261122);
    const QByteArray json = generatePolicy(relationCount, rng);
    QElapsedTimer timer;
    timer.start();
    auto policy = PolicyLoader::load(json);
    if (!policy)
        return {{QStringLiteral("error"), policy.error().message}};
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const auto compiled = CompiledPolicy::compile(*policy);
    const double compileMs = double(timer.nsecsElapsed()) / 1e6;

    timer.restart();
    const qsizetype findings = PolicyAnalyzer::check(*policy).size();
    const double checkMs = double(timer.nsecsElapsed()) / 1e6;

    const QList<PolicyRequest> requests = generateRequests(*policy, 1000, rng);
    int permitted = 0;
    for (const PolicyRequest &r : requests) // warm caches and the scratch buffers
        permitted += compiled->evaluate(r).permitted ? 1 : 0;
    std::vector<double> samples;
    samples.reserve(size_t(iterations));
    for (int i = 0; i < iterations; ++i) {
        const PolicyRequest &r = requests.at(i % requests.size());
        const auto start = std::chrono::steady_clock::now();
        const PolicyEvaluation e = compiled->evaluate(r);
        const auto end = std::chrono::steady_clock::now();
        samples.push_back(double(std::chrono::duration_cast<std::chrono::nanoseconds>(end - start).count()));
        if (e.summary.isEmpty())
            return {{QStringLiteral("error"), QStringLiteral("evaluation without summary")}};
    }
    return {{QStringLiteral("relations"), int(policy->relations.size())},
            {QStringLiteral("terms"), int(policy->terms.size())},
            {QStringLiteral("load_ms"), loadMs},
            {QStringLiteral("compile_ms"), compileMs},
            {QStringLiteral("check_ms"), checkMs},
            {QStringLiteral("check_findings"), int(findings)},
            {QStringLiteral("permitted_share"), double(permitted) / double(requests.size())},
            {QStringLiteral("iterations"), iterations},
            {QStringLiteral("p50_ns"), benchPercentile(samples, 50)},
            {QStringLiteral("p99_ns"), benchPercentile(samples, 99)}};
}

const BenchRegistration registration(QStringLiteral("policy-eval"), policyEval);

} // namespace
