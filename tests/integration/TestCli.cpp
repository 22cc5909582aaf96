#include "TestCli.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace Lexecon::Test {

QString TestCli::examplePolicy()
{
    return QStringLiteral(LEXECON_SOURCE_DIR "/resources/policies/customer-support-ai.json");
}

bool TestCli::copyTree(const QString &from, const QString &to)
{
    QDir source(from);
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo &info : source.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString target = QDir(to).filePath(info.fileName());
        if (info.isDir() ? !copyTree(info.filePath(), target) : !QFile::copy(info.filePath(), target))
            return false;
    }
    return true;
}

QByteArray TestCli::sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray TestCli::policyWith(const QByteArray &extraRelation)
{
    QFile f(examplePolicy());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray text = f.readAll();
    const qsizetype end = text.lastIndexOf(']');
    text.insert(end, ",\n    " + extraRelation + "\n  ");
    return text;
}

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(CliRunner::binary()), qPrintable(CliRunner::binary() + QStringLiteral(" is not built")));
    QVERIFY(m_template.isValid());
    // One workspace with a policy, a team and one decision of each outcome; each test gets a copy.
    CliRunner setup(m_template.path());
    auto must = [&](const QStringList &args) {
        const CliResult r = setup.run(args);
        if (r.exitCode != 0)
            qWarning("setup %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), r.describe().constData());
        return r;
    };
    QCOMPARE(must({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Support desk")}).exitCode, 0);
    QCOMPARE(must({QStringLiteral("policy"), QStringLiteral("load"), examplePolicy()}).exitCode, 0);
    QCOMPARE(must({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("root"), QStringLiteral("--role"), QStringLiteral("admin")}).exitCode, 0);
    const QList<QPair<QString, QString>> team = {{QStringLiteral("alice"), QStringLiteral("compliance_officer")},
                                                 {QStringLiteral("bob"), QStringLiteral("compliance_officer")},
                                                 {QStringLiteral("vic"), QStringLiteral("viewer")},
                                                 {QStringLiteral("aud"), QStringLiteral("auditor")}};
    for (const auto &[name, role] : team)
        QCOMPARE(must({QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role, QStringLiteral("--by"), QStringLiteral("root")}).exitCode, 0);

    const CliResult approved = must({QStringLiteral("decide"), QStringLiteral("--actor"), QStringLiteral("support_bot"), QStringLiteral("--action"),
                                     QStringLiteral("search_kb"), QStringLiteral("--data-class"), QStringLiteral("public"),
                                     QStringLiteral("--request-id"), QStringLiteral("fixture-1")});
    QCOMPARE(approved.object().value(QStringLiteral("outcome")).toString(), QStringLiteral("approved"));
    m_vars.insert(QStringLiteral("APPROVED"), approved.object().value(QStringLiteral("decision_id")).toString());
    m_vars.insert(QStringLiteral("TOKEN"), approved.object().value(QStringLiteral("capability_token")).toString());
    const CliResult denied = must({QStringLiteral("decide"), QStringLiteral("--actor"), QStringLiteral("support_bot"), QStringLiteral("--action"),
                                   QStringLiteral("export"), QStringLiteral("--data-class"), QStringLiteral("pii")});
    QCOMPARE(denied.object().value(QStringLiteral("outcome")).toString(), QStringLiteral("denied"));
    m_vars.insert(QStringLiteral("DENIED"), denied.object().value(QStringLiteral("decision_id")).toString());
    const CliResult escalated = must({QStringLiteral("decide"), QStringLiteral("--actor"), QStringLiteral("support_bot"), QStringLiteral("--action"),
                                      QStringLiteral("lookup_customer"), QStringLiteral("--data-class"), QStringLiteral("pii"),
                                      QStringLiteral("--risk"), QStringLiteral("security=90")});
    QCOMPARE(escalated.object().value(QStringLiteral("outcome")).toString(), QStringLiteral("escalated"));
    m_vars.insert(QStringLiteral("ESCALATED"), escalated.object().value(QStringLiteral("decision_id")).toString());
    m_vars.insert(QStringLiteral("ESC"), jsonAt(escalated.object(), QStringLiteral("escalation.escalation_id")));
    QVERIFY(m_vars.value(QStringLiteral("ESC")).startsWith(QLatin1String("esc_")));
    m_vars.insert(QStringLiteral("POLICY"), examplePolicy());
    m_vars.insert(QStringLiteral("LONG"), QString(300, QLatin1Char('a')));
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliRunner>(m_dir->path());
    QVERIFY(copyTree(QDir(m_template.path()).filePath(QStringLiteral("workspace")), m_cli->dataDir()));
    m_vars.insert(QStringLiteral("DIR"), m_dir->path());

    writeFile(QStringLiteral("malformed.json"), "{\"name\": \"broken\", \"terms\": [}");
    QFile example(examplePolicy());
    QVERIFY(example.open(QIODevice::ReadOnly));
    writeFile(QStringLiteral("truncated.json"), example.readAll().left(300));
    const QByteArray twoTerms = "{\"name\": \"x\", \"terms\": [{\"id\": \"bot\", \"type\": \"actor\"}, {\"id\": \"read\", \"type\": \"action\"}], ";
    writeFile(QStringLiteral("unknown-relation.json"),
              twoTerms + "\"relations\": [{\"type\": \"allows\", \"source\": \"actor:bot\", \"target\": \"action:read\"}]}");
    writeFile(QStringLiteral("undefined-term.json"),
              twoTerms + "\"relations\": [{\"type\": \"permits\", \"source\": \"actor:bot\", \"target\": \"action:write\"}]}");
    writeFile(QStringLiteral("conflict.json"),
              "{\"name\": \"conflicted\", \"terms\": [{\"id\": \"bot\", \"type\": \"actor\"}, {\"id\": \"agent\", \"type\": \"actor\"},"
              " {\"id\": \"read\", \"type\": \"action\"}], \"relations\": ["
              "{\"type\": \"permits\", \"source\": \"actor:bot\", \"target\": \"action:read\"},"
              "{\"type\": \"forbids\", \"source\": \"actor:bot\", \"target\": \"action:read\", \"justification\": \"never\"},"
              "{\"type\": \"implies\", \"source\": \"actor:bot\", \"target\": \"actor:agent\"},"
              "{\"type\": \"implies\", \"source\": \"actor:agent\", \"target\": \"actor:bot\"}]}");
    writeFile(QStringLiteral("draft.json"),
              policyWith("{\"type\": \"forbids\", \"source\": \"actor:ai_agent\", \"target\": \"action:search_kb\", "
                         "\"justification\": \"The knowledge base is being migrated.\"}"));
}

void TestCli::cleanup()
{
    // A test may have made folders read-only; give them back so the temporary dir can go.
    if (m_dir)
        QFile::setPermissions(QDir(m_cli->dataDir()).filePath(QStringLiteral("evidence")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_cli.reset();
    m_dir.reset();
}

QString TestCli::expand(QString text) const
{
    for (auto it = m_vars.cbegin(); it != m_vars.cend(); ++it)
        text.replace(QStringLiteral("${") + it.key() + QLatin1Char('}'), it.value());
    return text;
}

QStringList TestCli::expand(const QStringList &args) const
{
    QStringList out;
    for (const QString &a : args)
        out << expand(a);
    return out;
}

void TestCli::writeFile(const QString &name, const QByteArray &content) const
{
    QFile f(QDir(m_dir->path()).filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

QByteArray TestCli::snapshot() const
{
    QByteArray all;
    const QList<QStringList> views = {{QStringLiteral("ledger"), QStringLiteral("entries")},
                                      {QStringLiteral("escalation"), QStringLiteral("list")},
                                      {QStringLiteral("decision"), QStringLiteral("show"), m_vars.value(QStringLiteral("DENIED"))},
                                      {QStringLiteral("decision"), QStringLiteral("show"), m_vars.value(QStringLiteral("ESCALATED"))}};
    for (const QStringList &view : views) {
        const CliResult r = m_cli->run(view);
        all += r.out + r.err;
    }
    // Below the CLI: the row count of every table (a stored but unannounced row shows here)
    // and the evidence files.
    if (CliRunner::hasTool(QStringLiteral("sqlite3"))) {
        const CliResult tables = CliRunner::tool(QStringLiteral("sqlite3"), {m_cli->databaseFile(),
                                                 "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;"});
        QStringList counts;
        for (const QByteArray &table : tables.lines())
            counts << QStringLiteral("SELECT '%1', COUNT(*) FROM \"%1\";").arg(QString::fromUtf8(table));
        const CliResult rows = CliRunner::tool(QStringLiteral("sqlite3"), {m_cli->databaseFile(), counts.join(QLatin1Char(' '))});
        all += tables.err + rows.out + rows.err;
    }
    QDirIterator files(QDir(m_cli->dataDir()).filePath(QStringLiteral("evidence")), QDir::Files, QDirIterator::Subdirectories);
    QStringList evidence;
    while (files.hasNext())
        evidence << files.next();
    evidence.sort();
    all += evidence.join(QLatin1Char('\n')).toUtf8();
    return all;
}

// Each check is PATH=VALUE, PATH!=VALUE or PATH~REGEX (see jsonAt); ${NAME} expands first.
void TestCli::checkJson(const QJsonValue &json, const QStringList &checks)
{
    static const QRegularExpression form(QStringLiteral("^([^=!~]*)(=|!=|~)(.*)$"));
    for (const QString &check : checks) {
        const QRegularExpressionMatch m = form.match(check);
        QVERIFY2(m.hasMatch(), qPrintable(check));
        const QString actual = jsonAt(json, m.captured(1));
        const QString op = m.captured(2), expected = m.captured(3);
        const QString why = QStringLiteral("%1: got \"%2\"").arg(check, actual.left(300));
        if (op == QLatin1String("="))
            QVERIFY2(actual == expected, qPrintable(why));
        else if (op == QLatin1String("!="))
            QVERIFY2(actual != expected, qPrintable(why));
        else
            QVERIFY2(QRegularExpression(expected).match(actual).hasMatch(), qPrintable(why));
    }
}


// Each command's success path: exit code, what it prints, and which ledger entry it appends
// (every state change appends exactly one; reads append none).
void TestCli::successPaths_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("checks");
    QTest::addColumn<QString>("ledgerType");
    const QString hex64 = QStringLiteral("^[0-9a-f]{64}$");

    QTest::newRow("init on an existing workspace") << QStringList{"init"} << 0
        << QStringList{"name=Support desk", "node_id~^node-[0-9a-f]{12}$", "fingerprint~" + hex64, "ledger_size=11", "data_dir=${DIR}/workspace"}
        << QString();
    QTest::newRow("init --name renames") << QStringList{"init", "--name", "Claims desk"} << 0 << QStringList{"name=Claims desk"}
        << QStringLiteral("setting_changed");
    QTest::newRow("policy load new version") << QStringList{"policy", "load", "${DIR}/draft.json"} << 0
        << QStringList{"version=2", "mode=strict", "active=true", "name=customer-support-ai", "hash~" + hex64, "relation_count=23"}
        << QStringLiteral("policy_activated");
    // The active file again changes nothing, so nothing goes on the ledger.
    QTest::newRow("policy load the active file again") << QStringList{"policy", "load", "${POLICY}"} << 0
        << QStringList{"version=1", "active=true"} << QString();

    QTest::newRow("decide approved") << QStringList{"decide", "--actor", "support_bot", "--action", "search_kb", "--data-class", "public"} << 0
        << QStringList{"outcome=approved", "final_outcome=approved", "actor=support_bot", "action=search_kb", "data_classes.0=public",
                       "reasons.#=2", "reasons.0.effect=permit", "reasons.0.relation_id=permits:actor:ai_agent:action:search_kb",
                       "risk.score=20", "risk.level=low", "risk.dimensions.operational=20", "policy.version=1", "policy.mode=strict",
                       "policy.hash~" + hex64, "capability_token~^eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$",
                       "decision_id~^dec_[0-9A-HJKMNP-TV-Z]{26}$", "escalation=null", "ledger.index=11", "ledger.entry_hash~" + hex64,
                       "timestamp~^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"}
        << QStringLiteral("decision");
    QTest::newRow("decide approved through implies") << QStringList{"decide", "--actor", "billing_bot", "--action", "read_ticket"} << 0
        << QStringList{"outcome=approved", "reasons.0.relation_id=permits:actor:support_bot:action:read_ticket", "risk.score=28",
                       "risk.level=medium"}
        << QStringLiteral("decision");
    QTest::newRow("decide denied by forbid") << QStringList{"decide", "--actor", "support_bot", "--action", "read_medical_notes", "--data-class", "phi"} << 0
        << QStringList{"outcome=denied", "final_outcome=denied", "capability_token=null", "reasons.0.effect=forbid",
                       "reasons.0.justification~^HIPAA 45 CFR 164.502"}
        << QStringLiteral("decision");
    QTest::newRow("decide denied by requires") << QStringList{"decide", "--actor", "billing_bot", "--action", "process_refund", "--data-class", "payment"} << 0
        << QStringList{"outcome=denied", "reasons.0.effect=require", "reasons.0.relation_id=requires:action:process_refund:context:customer_verified"}
        << QStringLiteral("decision");
    QTest::newRow("decide approved with context") << QStringList{"decide", "--actor", "billing_bot", "--action", "process_refund", "--data-class", "payment",
                                                                 "--context", "customer_verified", "--resource", "payment_gateway", "--tool", "stripe"} << 0
        << QStringList{"outcome=approved", "resource=payment_gateway", "tool=stripe", "capability_token!=null"} << QStringLiteral("decision");
    QTest::newRow("decide denied by conflicts") << QStringList{"decide", "--actor", "support_manager", "--action", "export", "--data-class", "pii",
                                                               "--context", "manager_approval", "--context", "incident_mode=true"} << 0
        << QStringList{"outcome=denied", "reasons.0.effect=conflict", "reasons.0.relation_id=conflicts:context:incident_mode:action:export"}
        << QStringLiteral("decision");
    QTest::newRow("decide denied without a permit (strict)") << QStringList{"decide", "--actor", "human_agent", "--action", "search_kb"} << 0
        << QStringList{"outcome=denied", "reasons.#=1", "reasons.0.effect=default_deny", "reasons.0.relation_id=null", "capability_token=null"} << QStringLiteral("decision");
    QTest::newRow("decide escalated by risk") << QStringList{"decide", "--actor", "support_manager", "--action", "export", "--data-class", "pii",
                                                             "--context", "manager_approval", "--intent", "quarterly export"} << 0
        << QStringList{"outcome=escalated", "final_outcome=pending", "risk.score=52", "risk.level=high", "escalation.priority=high",
                       "escalation.status=pending", "escalation.escalation_id~^esc_", "capability_token=null"}
        << QStringLiteral("decision");
    QTest::newRow("decide repeats a request id") << QStringList{"decide", "--actor", "support_bot", "--action", "search_kb", "--data-class", "public",
                                                                "--request-id", "fixture-1"} << 0
        << QStringList{"decision_id=${APPROVED}", "request_id=fixture-1", "ledger.index=8"} << QString();

    QTest::newRow("decision show") << QStringList{"decision", "show", "${DENIED}"} << 0
        << QStringList{"decision_id=${DENIED}", "outcome=denied", "action=export", "reasons.0.justification~^GDPR Art. 5"} << QString();
    QTest::newRow("escalation list") << QStringList{"escalation", "list"} << 0
        << QStringList{"#=1", "0.escalation_id=${ESC}", "0.decision_id=${ESCALATED}", "0.status=pending", "0.sla_state=ok", "0.priority=high"}
        << QString();
    QTest::newRow("escalation list --status resolved") << QStringList{"escalation", "list", "--status", "resolved"} << 0 << QStringList{"#=0"} << QString();
    QTest::newRow("escalation list --priority high --limit 1") << QStringList{"escalation", "list", "--priority", "high", "--limit", "1"} << 0
        << QStringList{"#=1", "0.escalation_id=${ESC}"} << QString();
    QTest::newRow("escalation list --priority low") << QStringList{"escalation", "list", "--priority", "low"} << 0 << QStringList{"#=0"} << QString();
    QTest::newRow("escalation claim") << QStringList{"escalation", "claim", "${ESC}", "--by", "alice"} << 0
        << QStringList{"status=in_review", "claimed_by=user:alice", "escalation_id=${ESC}"} << QStringLiteral("escalation_claimed");
    QTest::newRow("escalation resolve") << QStringList{"escalation", "resolve", "${ESC}", "--outcome", "denied", "--by", "bob",
                                                       "--reason", "The customer record may not leave the CRM."} << 0
        << QStringList{"status=resolved", "outcome=denied", "resolved_by=user:bob"} << QStringLiteral("escalation_resolved");
    QTest::newRow("override create") << QStringList{"override", "create", "${DENIED}", "--type", "policy_exception", "--scope", "single_decision",
                                                    "--justification", "Manager signed export form 42 for the regulator.", "--by", "alice"} << 0
        << QStringList{"decision_id=${DENIED}", "original_outcome=denied", "new_outcome=approved", "created_by=user:alice",
                       "override_id~^ovr_", "justification_commitment~" + hex64, "ledger_index=11"}
        << QStringLiteral("override_created");
    QTest::newRow("override create executive with expiry") << QStringList{"override", "create", "${DENIED}", "--type", "executive_override", "--scope",
                                                                          "single_decision", "--justification", "Chief Risk Officer approved this one export.",
                                                                          "--by", "root", "--expires", "2099-01-01T00:00:00Z"} << 0
        << QStringList{"type=executive_override", "expires_at=2099-01-01T00:00:00.000Z"} << QStringLiteral("override_created");
    QTest::newRow("token verify") << QStringList{"token", "verify", "${TOKEN}", "--action", "search_kb"} << 0
        << QStringList{"valid=true", "code=ok", "claims.dec=${APPROVED}", "claims.sub=support_bot", "claims.act=search_kb", "claims.jti~^cap_"}
        << QString();
    QTest::newRow("token verify for another action") << QStringList{"token", "verify", "${TOKEN}", "--action", "export"} << 1
        << QStringList{"valid=false", "code=action_mismatch", "reason~export"} << QString();
    QTest::newRow("token verify garbage") << QStringList{"token", "verify", "not.a.token", "--action", "search_kb"} << 1
        << QStringList{"valid=false", "code=malformed"} << QString();
    QTest::newRow("user add") << QStringList{"user", "add", "carol", "--role", "auditor", "--by", "root"} << 0
        << QStringList{"name=carol", "role=auditor", "created_by=user:root", "disabled=false"} << QStringLiteral("user_created");
    QTest::newRow("user list") << QStringList{"user", "list"} << 0
        << QStringList{"#=5", "0.name=alice", "0.role=compliance_officer", "4.name=vic", "4.role=viewer"} << QString();
    QTest::newRow("ledger verify") << QStringList{"ledger", "verify"} << 0 << QStringList{"ok=true", "entries=11", "head_hash~" + hex64} << QString();
    QTest::newRow("ledger entries --count 1") << QStringList{"ledger", "entries", "--count", "1"} << 0
        << QStringList{"index=0", "type=genesis", "prev_hash=0000000000000000000000000000000000000000000000000000000000000000",
                       "payload.node_id~^node-"}
        << QString();
    QTest::newRow("ledger entries --from 2 --count 1") << QStringList{"ledger", "entries", "--from", "2", "--count", "1"} << 0
        << QStringList{"index=2", "type=policy_activated", "actor=cli", "payload.version=1"} << QString();
    QTest::newRow("node key") << QStringList{"node", "key"} << 0
        << QStringList{"public_key_pem~^-----BEGIN PUBLIC KEY-----\n", "fingerprint~" + hex64,
                       "note_verifier_key~^lexecon/node-[0-9a-f]{12}\\+[0-9a-f]{8}\\+[A-Za-z0-9+/]{44}$"}
        << QString();
    QTest::newRow("policy check") << QStringList{"policy", "check", "${POLICY}"} << 0 << QStringList{"errors=0", "warnings=0", "findings.#=0"} << QString();
    QTest::newRow("apikey create") << QStringList{"apikey", "create", "ci-bot", "--rate", "20", "--scopes", "read,decide"} << 0
        << QStringList{"name=ci-bot", "key~^lxk_[A-Za-z0-9_-]{43}$", "prefix~^lxk_[A-Za-z0-9_-]{8}$", "scopes.#=2", "scopes.0=decide",
                       "scopes.1=read", "rate=20", "burst=40", "active=true", "revoked_at=null", "created_by=cli"}
        << QStringLiteral("apikey_created");
    QTest::newRow("apikey create with defaults") << QStringList{"apikey", "create", "helpdesk.ai"} << 0
        << QStringList{"name=helpdesk.ai", "scopes.#=3", "rate=100", "burst=200"} << QStringLiteral("apikey_created");
    QTest::newRow("apikey create --by an admin") << QStringList{"apikey", "create", "bot", "--by", "root"} << 0
        << QStringList{"created_by=user:root"} << QStringLiteral("apikey_created");
    QTest::newRow("apikey list, none yet") << QStringList{"apikey", "list"} << 0 << QStringList{"#=0"} << QString();
    QTest::newRow("help") << QStringList{"--help"} << 0 << QStringList{} << QString();
}

void TestCli::successPaths()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QStringList, checks);
    QFETCH(QString, ledgerType);

    const int before = int(cli({"ledger", "entries"}).lines().size());
    const CliResult r = cli(args);
    QVERIFY2(r.exitCode == exitCode, r.describe().constData());
    QVERIFY2(r.err.isEmpty(), r.describe().constData());
    if (!checks.isEmpty()) {
        const QJsonValue json = r.out.trimmed().startsWith('[') ? QJsonValue(r.array()) : QJsonValue(r.object());
        QVERIFY2(!json.toObject().isEmpty() || json.isArray(), r.describe().constData());
        checkJson(json, expand(checks));
    }
    const QList<QByteArray> ledger = cli({"ledger", "entries"}).lines();
    QCOMPARE(int(ledger.size()), ledgerType.isEmpty() ? before : before + 1);
    if (!ledgerType.isEmpty())
        QCOMPARE(jsonAt(QJsonDocument::fromJson(ledger.last()).object(), QStringLiteral("type")), ledgerType);
}

} // namespace Lexecon::Test

QTEST_GUILESS_MAIN(Lexecon::Test::TestCli)
