#include "TestCli.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <unistd.h>

// Bad input exits 2 with a sentence and stores nothing; internal errors deny; policy check.
namespace Lexecon::Test {

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");

    QTest::newRow("malformed policy JSON") << QStringList{"policy", "load", "${DIR}/malformed.json"} << "the file is not valid JSON at byte offset";
    QTest::newRow("truncated policy JSON") << QStringList{"policy", "load", "${DIR}/truncated.json"} << "it looks truncated, send the complete file";
    QTest::newRow("unknown relation type") << QStringList{"policy", "load", "${DIR}/unknown-relation.json"}
                                           << "relations[0].type: unknown relation type \"allows\"";
    QTest::newRow("relation to an undefined term") << QStringList{"policy", "load", "${DIR}/undefined-term.json"}
                                                   << "relations[0].target: undefined term \"action:write\"";
    QTest::newRow("policy file missing") << QStringList{"policy", "load", "${DIR}/nope.json"} << "cannot read";
    QTest::newRow("policy simulate malformed") << QStringList{"policy", "simulate", "${DIR}/malformed.json"} << "not valid JSON";
    QTest::newRow("policy check truncated") << QStringList{"policy", "check", "${DIR}/truncated.json"} << "looks truncated";

    QTest::newRow("empty actor") << QStringList{"decide", "--actor", "", "--action", "search_kb"} << "actor must not be empty";
    QTest::newRow("300-character actor") << QStringList{"decide", "--actor", "${LONG}", "--action", "search_kb"}
                                         << "actor is 300 characters long; at most 256 are allowed";
    QTest::newRow("missing action") << QStringList{"decide", "--actor", "support_bot"} << "action is required";
    QTest::newRow("risk 101") << QStringList{"decide", "--actor", "support_bot", "--action", "search_kb", "--risk", "privacy=101"}
                              << "risk.privacy must be an integer from 0 to 100";
    QTest::newRow("risk -1") << QStringList{"decide", "--actor", "support_bot", "--action", "search_kb", "--risk", "privacy=-1"}
                             << "risk.privacy must be an integer from 0 to 100";
    QTest::newRow("risk not a number") << QStringList{"decide", "--actor", "support_bot", "--action", "search_kb", "--risk", "privacy=high"}
                                       << "risk.privacy must be an integer from 0 to 100";
    QTest::newRow("unknown risk dimension") << QStringList{"decide", "--actor", "support_bot", "--action", "search_kb", "--risk", "happiness=10"}
                                            << "\"happiness\" is not a risk dimension";
    QTest::newRow("risk without value") << QStringList{"decide", "--actor", "support_bot", "--action", "search_kb", "--risk", "privacy"}
                                        << "--risk takes DIMENSION=VALUE";
    QTest::newRow("unknown option") << QStringList{"decide", "--actor", "support_bot", "--action", "search_kb", "--bogus", "1"}
                                    << "unknown option --bogus; this command takes --action, --actor";
    QTest::newRow("option without value") << QStringList{"decide", "--actor", "support_bot", "--action"} << "--action needs a value";

    QTest::newRow("unknown decision id") << QStringList{"decision", "show", "dec_01M81S7CTA2HZSZ2993GZ9SBY0"} << "no decision with id dec_01M81S7CTA2HZSZ2993GZ9SBY0";
    QTest::newRow("not a decision id") << QStringList{"decision", "show", "42"} << "\"42\" is not a decision id";
    QTest::newRow("unknown escalation id (claim)") << QStringList{"escalation", "claim", "esc_01M81S7KF95DYASVGFXF9DX3Y0", "--by", "alice"}
                                                   << "there is no escalation with id esc_01M81S7KF95DYASVGFXF9DX3Y0";
    QTest::newRow("unknown escalation id (resolve)") << QStringList{"escalation", "resolve", "esc_01M81S7KF95DYASVGFXF9DX3Y0", "--outcome", "approved",
                                                                    "--by", "alice", "--reason", "Checked the order and the customer."}
                                                     << "there is no escalation with id esc_01M81S7KF95DYASVGFXF9DX3Y0";
    QTest::newRow("unknown escalation outcome") << QStringList{"escalation", "resolve", "${ESC}", "--outcome", "maybe", "--by", "alice", "--reason",
                                                               "Checked the order and the customer."}
                                                << "unknown outcome \"maybe\"; use approved, denied, deferred, escalated_up";
    QTest::newRow("resolution reason too short") << QStringList{"escalation", "resolve", "${ESC}", "--outcome", "approved", "--by", "alice", "--reason", "ok"}
                                                 << "reason of at least 10 characters";
    QTest::newRow("unknown escalation status") << QStringList{"escalation", "list", "--status", "lost"} << "unknown status \"lost\"";
    QTest::newRow("unknown escalation priority") << QStringList{"escalation", "list", "--priority", "urgent"}
                                                 << "unknown priority \"urgent\"; use low, medium, high, critical";
    QTest::newRow("escalation limit not a number") << QStringList{"escalation", "list", "--limit", "all"} << "--limit must be a number from 1 to 100000";
    QTest::newRow("escalation list stray word") << QStringList{"escalation", "list", "pending"} << "escalation list takes only options";
    QTest::newRow("escalation claim by a viewer") << QStringList{"escalation", "claim", "${ESC}", "--by", "vic"} << "vic (viewer) may not";

    const QStringList override = {"override", "create", "${DENIED}", "--type", "policy_exception", "--scope", "single_decision"};
    const QString goodReason = QStringLiteral("Manager signed export form 42 for the regulator.");
    QTest::newRow("override justification of 19 characters") << override + QStringList{"--justification", "1234567890123456789", "--by", "alice"}
                                                              << "The justification has 19 characters; at least 20 are needed";
    QTest::newRow("override by a viewer") << override + QStringList{"--justification", goodReason, "--by", "vic"}
                                          << "vic (viewer) may not do this: it needs the create_override permission";
    QTest::newRow("override by an auditor") << override + QStringList{"--justification", goodReason, "--by", "aud"}
                                            << "aud (auditor) may not do this: it needs the create_override permission";
    QTest::newRow("executive override by an officer")
        << QStringList{"override", "create", "${DENIED}", "--type", "executive_override", "--scope", "single_decision", "--justification", goodReason,
                       "--by", "alice"}
        << "alice (compliance_officer) may not do this";
    QTest::newRow("override missing --by") << override + QStringList{"--justification", goodReason} << "--by USER is required: say which user acts";
    QTest::newRow("override unknown user in --by") << override + QStringList{"--justification", goodReason, "--by", "nobody"}
                                                   << "no user named nobody; add one with `lexecon-cli user add nobody --role ...`";
    QTest::newRow("override unknown type") << QStringList{"override", "create", "${DENIED}", "--type", "approve", "--scope", "single_decision",
                                                          "--justification", goodReason, "--by", "alice"}
                                           << "--type must be one of policy_exception";
    QTest::newRow("override expiry in the past") << override + QStringList{"--justification", goodReason, "--by", "alice", "--expires", "2001-01-01T00:00:00Z"}
                                                 << "is not in the future";
    QTest::newRow("override changes nothing") << QStringList{"override", "create", "${APPROVED}", "--type", "policy_exception", "--scope", "single_decision",
                                                             "--justification", goodReason, "--by", "alice", "--outcome", "approved"}
                                              << "is already approved; an override must change the outcome";
    QTest::newRow("claim missing --by") << QStringList{"escalation", "claim", "${ESC}"} << "--by USER is required";
    QTest::newRow("claim unknown user") << QStringList{"escalation", "claim", "${ESC}", "--by", "nobody"} << "no user named nobody";

    QTest::newRow("user add unknown role") << QStringList{"user", "add", "zed", "--role", "wizard", "--by", "root"} << "unknown role \"wizard\"";
    QTest::newRow("user add by a viewer") << QStringList{"user", "add", "zed", "--role", "admin", "--by", "vic"} << "vic (viewer) may not";
    QTest::newRow("token verify without --action") << QStringList{"token", "verify", "${TOKEN}"} << "--action is required";
    QTest::newRow("ledger entries negative count") << QStringList{"ledger", "entries", "--count", "-3"} << "--count must be a number";
    QTest::newRow("apikey create name with a space") << QStringList{"apikey", "create", "my bot"} << "name \"my bot\" may hold only letters";
    QTest::newRow("apikey create 65-character name") << QStringList{"apikey", "create", "${LONG}"} << "name is 300 characters long; send at most 64";
    QTest::newRow("apikey create rate not a number") << QStringList{"apikey", "create", "bot", "--rate", "fast"} << "--rate \"fast\" is not a number";
    QTest::newRow("apikey create rate 0") << QStringList{"apikey", "create", "bot", "--rate", "0"} << "rate must be a number of requests a second from 1 to 100000";
    QTest::newRow("apikey create rate too high") << QStringList{"apikey", "create", "bot", "--rate", "1e6"} << "from 1 to 100000";
    QTest::newRow("apikey create unknown scope") << QStringList{"apikey", "create", "bot", "--scopes", "decide,admin"}
                                                 << "scope \"admin\" does not exist; send one or more of decide, verify, read";
    QTest::newRow("apikey create empty scope") << QStringList{"apikey", "create", "bot", "--scopes", ""} << "scope \"\" does not exist";
    QTest::newRow("apikey create by a viewer") << QStringList{"apikey", "create", "bot", "--by", "vic"}
                                               << "vic (viewer) may not do this: it needs the manage_api_keys permission";
    QTest::newRow("apikey create without a name") << QStringList{"apikey", "create"} << "apikey takes: create NAME";
    QTest::newRow("apikey create unknown option") << QStringList{"apikey", "create", "bot", "--burst", "5"} << "unknown option --burst";
    QTest::newRow("apikey revoke unknown") << QStringList{"apikey", "revoke", "nobody"} << "there is no API key named nobody";
    QTest::newRow("apikey unknown subcommand") << QStringList{"apikey", "rotate", "bot"} << "apikey takes: create NAME";
    QTest::newRow("apikey list stray word") << QStringList{"apikey", "list", "all"} << "apikey takes:";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command \"frobnicate\"";
    QTest::newRow("unknown subcommand") << QStringList{"policy", "erase", "${POLICY}"} << "policy takes: load FILE | check FILE | simulate FILE";
    QTest::newRow("no command") << QStringList{} << "usage: lexecon-cli";
}

void TestCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);

    const QByteArray before = snapshot();
    const CliResult r = cli(args);
    QVERIFY2(r.exitCode == 2, r.describe().constData());
    QVERIFY2(r.out.isEmpty(), r.describe().constData());
    QVERIFY2(r.err.startsWith("lexecon-cli: "), r.describe().constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(expand(message)), r.describe().constData());
    QCOMPARE(snapshot(), before);
}

// A data dir without a workspace: every command but init and demo says to run init, exits 2
// and leaves the folder as it was (no database, no key, no folder).
void TestCli::withoutWorkspace_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("folderExists");
    QTest::newRow("decide, no folder") << QStringList{"decide", "--actor", "support_bot", "--action", "search_kb"} << false;
    QTest::newRow("decide, empty folder") << QStringList{"decide", "--actor", "support_bot", "--action", "search_kb"} << true;
    QTest::newRow("policy load") << QStringList{"policy", "load", "${POLICY}"} << false;
    QTest::newRow("ledger verify") << QStringList{"ledger", "verify"} << true;
    QTest::newRow("node key") << QStringList{"node", "key"} << false;
    QTest::newRow("user add") << QStringList{"user", "add", "root", "--role", "admin"} << false;
}

void TestCli::withoutWorkspace()
{
    QFETCH(QStringList, args);
    QFETCH(bool, folderExists);
    const QString empty = QDir(m_dir->path()).filePath(QStringLiteral("elsewhere"));
    if (folderExists)
        QVERIFY(QDir().mkpath(empty));
    const CliResult r = m_cli->runRaw(QStringList{QStringLiteral("--data-dir"), empty} + expand(args));
    QVERIFY2(r.exitCode == 2, r.describe().constData());
    QVERIFY2(r.out.isEmpty(), r.describe().constData());
    const QString expected = QStringLiteral("lexecon-cli: there is no workspace in %1; create one with `lexecon-cli --data-dir %1 init`").arg(empty);
    QVERIFY2(QString::fromUtf8(r.err).startsWith(expected), r.describe().constData());
    QCOMPARE(QFileInfo::exists(empty), folderExists);
    if (folderExists)
        QVERIFY(QDir(empty).isEmpty());
}

// Static analysis of a policy file is useful before any workspace exists, and makes none.
void TestCli::policyCheckNeedsNoWorkspace()
{
    const QString empty = QDir(m_dir->path()).filePath(QStringLiteral("nowhere"));
    const CliResult r = m_cli->runRaw(QStringList{QStringLiteral("--data-dir"), empty} + expand({"policy", "check", "${POLICY}"}));
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QCOMPARE(jsonAt(r.object(), QStringLiteral("errors")), QStringLiteral("0"));
    QVERIFY(!QFileInfo::exists(empty));
}

// SPEC: a decision that cannot be made is denied, never approved. Each row breaks something the
// decision path needs after the request was validated, then asks for a request the policy approves.
void TestCli::failsClosed_data()
{
    QTest::addColumn<QString>("breakage");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("recorded");
    const QStringList approvable = {"decide", "--actor", "support_bot", "--action", "search_kb", "--data-class", "public"};
    const QStringList escalatable = {"decide", "--actor", "support_bot", "--action", "lookup_customer", "--data-class", "pii", "--risk", "security=90"};
    QTest::newRow("no policy loaded") << "fresh" << approvable << "no policy is active: load one with `lexecon-cli policy load FILE`" << true;
    QTest::newRow("an approval's token cannot be stored")
        << "sqlite:CREATE TRIGGER boom BEFORE INSERT ON decisions WHEN NEW.token_iat IS NOT NULL BEGIN SELECT RAISE(ABORT, 'disk on fire'); END;"
        << approvable << "disk on fire" << true;
    QTest::newRow("escalation table refuses the insert")
        << "sqlite:CREATE TRIGGER boom BEFORE INSERT ON escalations BEGIN SELECT RAISE(ABORT, 'queue offline'); END;" << escalatable << "queue offline"
        << true;
    // Only a decision log over 16 KiB goes to an evidence file (smaller ones are stored in the
    // database row); a long context makes one.
    const QStringList approvableLarge = approvable + QStringList{"--context", "notes=" + QString(17 * 1024, QLatin1Char('n'))};
    QTest::newRow("evidence folder is a file") << "evidence-file" << approvableLarge << "cannot create the evidence folder" << false;
    QTest::newRow("evidence folder read-only") << "evidence-readonly" << approvableLarge << "evidence" << false;
}

void TestCli::failsClosed()
{
    QFETCH(QString, breakage);
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    QFETCH(bool, recorded);

    std::unique_ptr<CliRunner> runner = std::make_unique<CliRunner>(m_dir->path() + QStringLiteral("/fresh"));
    const CliRunner *target = m_cli.get();
    const QString evidence = QDir(m_cli->dataDir()).filePath(QStringLiteral("evidence"));
    if (breakage == QLatin1String("fresh")) {
        QCOMPARE(runner->run({QStringLiteral("init")}).exitCode, 0);
        target = runner.get();
    } else if (breakage.startsWith(QLatin1String("sqlite:"))) {
        if (!CliRunner::hasTool(QStringLiteral("sqlite3")))
            QSKIP("the sqlite3 command-line tool is not installed");
        const CliResult made = CliRunner::tool(QStringLiteral("sqlite3"), {m_cli->databaseFile(), breakage.mid(7)});
        QVERIFY2(made.exitCode == 0, made.describe().constData());
    } else if (breakage == QLatin1String("evidence-file")) {
        QVERIFY(QDir(evidence).removeRecursively());
        writeFile(QStringLiteral("workspace/evidence"), "not a folder");
    } else if (breakage == QLatin1String("evidence-readonly")) {
        if (geteuid() == 0)
            QSKIP("root ignores folder permissions");
        // Remove the content folders the fixture made, so the next file needs a new one.
        QVERIFY(QDir(evidence).removeRecursively());
        QVERIFY(QDir().mkpath(evidence));
        QVERIFY(QFile::setPermissions(evidence, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }

    const int before = int(target->run({QStringLiteral("ledger"), QStringLiteral("entries")}).lines().size());
    const CliResult r = target->run(expand(args));
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const QJsonObject record = r.object();
    QCOMPARE(record.value(QStringLiteral("outcome")).toString(), QStringLiteral("denied"));
    QCOMPARE(record.value(QStringLiteral("final_outcome")).toString(), QStringLiteral("denied"));
    QVERIFY(record.value(QStringLiteral("capability_token")).isNull());
    QVERIFY(record.value(QStringLiteral("escalation")).isNull());
    QCOMPARE(jsonAt(record, QStringLiteral("reasons.#")), QStringLiteral("1"));
    QCOMPARE(jsonAt(record, QStringLiteral("reasons.0.effect")), QStringLiteral("error"));
    QVERIFY2(jsonAt(record, QStringLiteral("reasons.0.justification")).contains(reason), r.out.constData());

    const QList<QByteArray> ledger = target->run({QStringLiteral("ledger"), QStringLiteral("entries")}).lines();
    if (recorded) {
        // The denial itself is on the ledger, and the record points at it.
        QCOMPARE(int(ledger.size()), before + 1);
        const QJsonObject entry = QJsonDocument::fromJson(ledger.last()).object();
        QCOMPARE(jsonAt(entry, QStringLiteral("type")), QStringLiteral("decision"));
        QCOMPARE(jsonAt(entry, QStringLiteral("payload.outcome")), QStringLiteral("denied"));
        QCOMPARE(jsonAt(entry, QStringLiteral("payload.decision_id")), record.value(QStringLiteral("decision_id")).toString());
        QCOMPARE(jsonAt(record, QStringLiteral("ledger.index")), jsonAt(entry, QStringLiteral("index")));
        const CliResult shown = target->run({QStringLiteral("decision"), QStringLiteral("show"), record.value(QStringLiteral("decision_id")).toString()});
        QCOMPARE(jsonAt(shown.object(), QStringLiteral("final_outcome")), QStringLiteral("denied"));
    } else {
        // Nothing could be written: the answer is still a denial, marked as unrecorded.
        QCOMPARE(int(ledger.size()), before);
        QVERIFY2(record.value(QStringLiteral("ledger")).isNull(), r.out.constData());
        QVERIFY2(r.err.contains("could not be recorded on the ledger"), r.describe().constData());
    }
    if (recorded)
        QVERIFY2(r.err.isEmpty(), r.describe().constData());
    QCOMPARE(target->run({QStringLiteral("ledger"), QStringLiteral("verify")}).exitCode, 0);
}

void TestCli::policyCheck_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("checks");
    QTest::newRow("clean example policy") << "${POLICY}" << 0 << QStringList{"errors=0", "warnings=0", "findings.#=0"};
    QTest::newRow("permit/forbid conflict and implies cycle")
        << "${DIR}/conflict.json" << 1
        << QStringList{"errors=1", "warnings=1", "findings.#=2", "findings.0.severity=error", "findings.0.kind=conflicting_rules",
                       "findings.0.relation_ids.0=permits:actor:bot:action:read", "findings.0.relation_ids.1=forbids:actor:bot:action:read",
                       "findings.0.message~the forbid always wins", "findings.1.severity=warning", "findings.1.kind=implies_cycle",
                       "findings.1.message~actor:bot -> actor:agent -> actor:bot"};
}

void TestCli::policyCheck()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(QStringList, checks);
    const QByteArray before = snapshot();
    const CliResult r = cli({"policy", "check", file});
    QVERIFY2(r.exitCode == exitCode, r.describe().constData());
    QVERIFY2(r.err.isEmpty(), r.describe().constData());
    checkJson(r.object(), checks);
    QCOMPARE(snapshot(), before); // a check never activates anything
}

} // namespace Lexecon::Test
