#include "Commands.h"

#include "ActingUser.h"
#include "Args.h"
#include "Output.h"
#include "auth/ApiKeyStore.h"
#include "workspace/Workspace.h"

#include <QJsonArray>

namespace Lexecon::Cli {

namespace {

const char kUsage[] = "apikey takes: create NAME [--rate N] [--scopes decide,verify,read] [--by ADMIN] | list | "
                      "revoke NAME [--by ADMIN]";

// The host's operator (who holds the data dir) acts as the system principal; --by names a user instead.
Result<Principal> actor(Workspace &ws, const Args &args)
{
    if (args.has(QStringLiteral("by")))
        return actingUser(ws, args);
    return Principal::system(QStringLiteral("cli"));
}

Result<double> rateOf(const Args &args)
{
    if (!args.has(QStringLiteral("rate")))
        return 100.0; // ApiKey's default: 100 a second, bursts of 200
    bool ok = false;
    const QString text = args.value(QStringLiteral("rate"));
    const double rate = text.toDouble(&ok);
    if (!ok)
        return Error::invalid(
            QStringLiteral("rate"),
            QStringLiteral("--rate \"%1\" is not a number; send requests a second from 1 to 100000").arg(text));
    return rate;
}

QStringList scopesOf(const Args &args)
{
    if (!args.has(QStringLiteral("scopes")))
        return ApiKey::allScopes();
    QStringList scopes;
    for (const QString &value : args.values(QStringLiteral("scopes"))) {
        // Empty items ("decide,,read" or a bare "") stay in, so the store refuses them by name.
        for (const QString &s : value.split(QLatin1Char(',')))
            scopes << s.trimmed();
    }
    return scopes;
}

int create(Workspace &ws, const QStringList &words)
{
    auto args = Args::parse(words, {QStringLiteral("rate"), QStringLiteral("scopes"), QStringLiteral("by")});
    if (!args)
        return fail(args.error());
    if (args->positionals().size() != 1)
        return usage(QString::fromLatin1(kUsage));
    if (auto valid = ApiKeyStore::validateName(args->positional(0)); !valid)
        return fail(valid.error());
    auto rate = rateOf(*args);
    if (!rate)
        return fail(rate.error());
    auto by = actor(ws, *args);
    if (!by)
        return fail(by.error());
    auto created = ws.apiKeys().create(args->positional(0), scopesOf(*args), *rate, *by);
    if (!created)
        return fail(created.error());
    // The only time the key is shown: it is stored as a hash and cannot be recovered.
    QJsonObject out = created->key.toJson();
    out.insert(QStringLiteral("key"), created->secret);
    printJson(out);
    return ExitOk;
}

int list(Workspace &ws, const QStringList &words)
{
    if (!words.isEmpty())
        return usage(QString::fromLatin1(kUsage));
    auto keys = ws.apiKeys().list();
    if (!keys)
        return fail(keys.error());
    QJsonArray out;
    for (const ApiKey &k : std::as_const(*keys))
        out.append(k.toJson());
    printJson(out);
    return ExitOk;
}

int revoke(Workspace &ws, const QStringList &words)
{
    auto args = Args::parse(words, {QStringLiteral("by")});
    if (!args)
        return fail(args.error());
    if (args->positionals().size() != 1)
        return usage(QString::fromLatin1(kUsage));
    const QString name = args->positional(0);
    auto by = actor(ws, *args);
    if (!by)
        return fail(by.error());
    if (auto revoked = ws.apiKeys().revoke(name, *by); !revoked)
        return fail(revoked.error());
    auto keys = ws.apiKeys().list();
    if (!keys)
        return fail(keys.error());
    for (const ApiKey &k : std::as_const(*keys)) {
        if (k.name.compare(name, Qt::CaseInsensitive) == 0) {
            printJson(k.toJson());
            return ExitOk;
        }
    }
    printJson(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("active"), false}});
    return ExitOk;
}

} // namespace

int apiKeyCommand(Workspace &ws, const QStringList &words)
{
    const QString sub = words.value(0);
    if (sub == QLatin1String("create"))
        return create(ws, words.mid(1));
    if (sub == QLatin1String("list"))
        return list(ws, words.mid(1));
    if (sub == QLatin1String("revoke"))
        return revoke(ws, words.mid(1));
    return usage(QString::fromLatin1(kUsage));
}

} // namespace Lexecon::Cli
