#include "TestCli.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QtTest>

// Multi-step scenarios: simulate, escalation review, tokens, node key, the ledger, demo.
namespace Lexecon::Test {

namespace {

// Ledger timestamps never lie in the future and never run backwards.
void checkTimestamps(const QList<QByteArray> &lines)
{
    const QString now = QDateTime::currentDateTimeUtc().addSecs(1).toString(Qt::ISODateWithMs);
    QString previous;
    for (const QByteArray &line : lines) {
        const QString ts = jsonAt(QJsonDocument::fromJson(line).object(), QStringLiteral("timestamp"));
        QVERIFY2(ts >= previous, qPrintable(ts + QStringLiteral(" comes after ") + previous));
        QVERIFY2(ts <= now, qPrintable(ts + QStringLiteral(" is in the future")));
        previous = ts;
    }
}

} // namespace

void TestCli::policySimulateListsChangedOutcomes()
{
    const QByteArray before = snapshot();
    const CliResult r = cli({"policy", "simulate", "${DIR}/draft.json", "--last", "50"});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    // Only the search_kb decision changes: the denial stays a denial, the escalation stays.
    checkJson(r.object(), expand(QStringList{"replayed_last=50", "changed=1", "changes.#=1", "changes.0.decision_id=${APPROVED}",
                                             "changes.0.before=approved", "changes.0.after=denied",
                                             "changes.0.reason~forbids:actor:ai_agent:action:search_kb"}));
    QCOMPARE(snapshot(), before); // simulation stores nothing

    // The same policy changes nothing.
    const CliResult same = cli({"policy", "simulate", "${POLICY}"});
    QVERIFY2(same.exitCode == 0, same.describe().constData());
    checkJson(same.object(), {"changed=0", "changes.#=0"});
}

void TestCli::claimedEscalationIsResolvedByItsClaimerOnly()
{
    const CliResult claimed = cli({"escalation", "claim", "${ESC}", "--by", "alice"});
    QVERIFY2(claimed.exitCode == 0, claimed.describe().constData());
    checkJson(claimed.object(), {"status=in_review", "claimed_by=user:alice"});

    // Another officer may not take the decision out of alice's hands.
    const QByteArray before = snapshot();
    const CliResult refused = cli({"escalation", "resolve", "${ESC}", "--outcome", "approved", "--by", "bob", "--reason",
                                   "Checked the customer record and the ticket."});
    QVERIFY2(refused.exitCode == 2, refused.describe().constData());
    QVERIFY2(refused.err.contains("is claimed by user:alice"), refused.describe().constData());
    QCOMPARE(snapshot(), before);
    const CliResult again = cli({"escalation", "claim", "${ESC}", "--by", "bob"});
    QVERIFY2(again.exitCode == 2, again.describe().constData());
    QCOMPARE(snapshot(), before);

    const CliResult resolved = cli({"escalation", "resolve", "${ESC}", "--outcome", "approved", "--by", "alice", "--reason",
                                    "Checked the customer record and the ticket."});
    QVERIFY2(resolved.exitCode == 0, resolved.describe().constData());
    checkJson(resolved.object(), {"status=resolved", "outcome=approved", "resolved_by=user:alice"});

    const CliResult shown = cli({"decision", "show", "${ESCALATED}"});
    QVERIFY2(shown.exitCode == 0, shown.describe().constData());
    checkJson(shown.object(), {"outcome=escalated", "final_outcome=approved", "escalation.status=resolved", "escalation.outcome=approved",
                               "capability_token~^eyJ"});

    // Resolving twice is refused and changes nothing.
    const QByteArray after = snapshot();
    const CliResult twice = cli({"escalation", "resolve", "${ESC}", "--outcome", "denied", "--by", "alice", "--reason",
                                 "Changed my mind about this one."});
    QCOMPARE(twice.exitCode, 2);
    QCOMPARE(snapshot(), after);
}

void TestCli::tokenOfApprovedEscalationVerifies()
{
    QCOMPARE(cli({"escalation", "resolve", "${ESC}", "--outcome", "approved", "--by", "alice", "--reason",
                  "Checked the customer record and the ticket."})
                 .exitCode,
             0);
    const QString token = cli({"decision", "show", "${ESCALATED}"}).object().value(QStringLiteral("capability_token")).toString();
    QVERIFY(!token.isEmpty());
    const CliResult ok = cli({"token", "verify", token, "--action", "lookup_customer"});
    QVERIFY2(ok.exitCode == 0, ok.describe().constData());
    checkJson(ok.object(), expand(QStringList{"valid=true", "claims.dec=${ESCALATED}", "claims.act=lookup_customer"}));
    const CliResult other = cli({"token", "verify", token, "--action", "export"});
    QVERIFY2(other.exitCode == 1, other.describe().constData());
    checkJson(other.object(), {"valid=false", "code=action_mismatch"});

    // A new active policy retires tokens issued under the old one (SPEC section 4).
    QCOMPARE(cli({"policy", "load", "${DIR}/draft.json"}).exitCode, 0);
    const CliResult stale = cli({"token", "verify", token, "--action", "lookup_customer"});
    QVERIFY2(stale.exitCode == 1, stale.describe().constData());
    checkJson(stale.object(), {"valid=false", "code!=ok"});

    // A token whose signature bytes were changed does not verify.
    QString forged = m_vars.value(QStringLiteral("TOKEN"));
    forged[forged.size() - 3] = forged.at(forged.size() - 3) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const CliResult bad = cli({"token", "verify", forged, "--action", "search_kb"});
    QVERIFY2(bad.exitCode == 1, bad.describe().constData());
    checkJson(bad.object(), {"valid=false"});
}

void TestCli::nodeKeyMatchesOpenssl()
{
    if (!CliRunner::hasTool(QStringLiteral("openssl")))
        QSKIP("openssl is not installed");
    const CliResult key = cli({"node", "key"});
    QVERIFY2(key.exitCode == 0, key.describe().constData());
    const QByteArray pem = key.object().value(QStringLiteral("public_key_pem")).toString().toLatin1();
    const CliResult text = CliRunner::tool(QStringLiteral("openssl"), {"pkey", "-pubin", "-noout", "-text"}, pem);
    QVERIFY2(text.exitCode == 0, text.describe().constData());
    QVERIFY2(text.out.contains("ED25519 Public-Key"), text.describe().constData());
    const CliResult der = CliRunner::tool(QStringLiteral("openssl"), {"pkey", "-pubin", "-outform", "DER"}, pem);
    QVERIFY2(der.exitCode == 0, der.describe().constData());
    QCOMPARE(der.out.size(), 44); // SubjectPublicKeyInfo of a 32-byte Ed25519 key
    const QString fingerprint = key.object().value(QStringLiteral("fingerprint")).toString();
    QCOMPARE(fingerprint, QString::fromLatin1(sha256Hex(der.out)));
    // The same key is in the genesis entry and in the note verifier key (0x01 || key, base64).
    const QJsonObject genesis = QJsonDocument::fromJson(cli({"ledger", "entries", "--count", "1"}).out).object();
    QCOMPARE(jsonAt(genesis, QStringLiteral("payload.public_key")).toLatin1(), pem);
    const QString verifier = key.object().value(QStringLiteral("note_verifier_key")).toString();
    const QByteArray raw = QByteArray::fromBase64(verifier.section(QLatin1Char('+'), 2).toLatin1());
    QCOMPARE(raw.size(), 33);
    QCOMPARE(raw.at(0), char(0x01));
    QCOMPARE(raw.mid(1), der.out.right(32));
}

void TestCli::ledgerEntriesFormTheChain()
{
    const CliResult decided = cli({"decide", "--actor", "support_bot", "--action", "reply_customer"});
    QCOMPARE(decided.exitCode, 0);
    const CliResult entries = cli({"ledger", "entries"});
    QCOMPARE(entries.exitCode, 0);
    const QList<QByteArray> lines = entries.lines();
    QCOMPARE(int(lines.size()), 12);
    QByteArray previous(64, '0');
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject entry = QJsonDocument::fromJson(lines.at(i)).object();
        QCOMPARE(jsonAt(entry, QStringLiteral("index")), QString::number(i));
        QCOMPARE(entry.value(QStringLiteral("prev_hash")).toString().toLatin1(), previous);
        // Canonical: keys sorted, no whitespace - re-serialising compactly gives the same bytes.
        QCOMPARE(QJsonDocument(entry).toJson(QJsonDocument::Compact), lines.at(i));
        previous = sha256Hex(lines.at(i));
    }
    // The record's entry hash is the sha256 of its printed line, and the head is the last line.
    QCOMPARE(jsonAt(decided.object(), QStringLiteral("ledger.entry_hash")).toLatin1(), previous);
    const CliResult verified = cli({"ledger", "verify"});
    QCOMPARE(verified.exitCode, 0);
    checkJson(verified.object(), {"ok=true", "entries=12", "head_hash=" + QString::fromLatin1(previous)});
    // --from/--count print the same bytes.
    const QList<QByteArray> window = cli({"ledger", "entries", "--from", "3", "--count", "2"}).lines();
    QCOMPARE(window, lines.mid(3, 2));
}

void TestCli::ledgerTamper_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("badIndex");
    QTest::addColumn<QString>("problem");
    QTest::newRow("decision outcome rewritten")
        << "DROP TRIGGER ledger_entries_no_update; UPDATE ledger_entries SET canonical = CAST(replace(CAST(canonical AS TEXT), "
           "'\"outcome\":\"denied\"', '\"outcome\":\"approved\"') AS BLOB) WHERE idx = 9;"
        << 9 << "entry 9: its content does not match its hash (the entry was altered)";
    QTest::newRow("stored hash rewritten") << "DROP TRIGGER ledger_entries_no_update; UPDATE ledger_entries SET entry_hash = "
                                              "'0000000000000000000000000000000000000000000000000000000000000000' WHERE idx = 4;"
                                           << 4 << "entry 4: its content does not match its hash";
    QTest::newRow("entry deleted") << "DROP TRIGGER ledger_entries_no_delete; DELETE FROM ledger_entries WHERE idx = 5;" << 5
                                   << "entry 5 is missing (the next stored entry is 6)";
}

void TestCli::ledgerTamper()
{
    QFETCH(QString, sql);
    QFETCH(int, badIndex);
    QFETCH(QString, problem);
    if (!CliRunner::hasTool(QStringLiteral("sqlite3")))
        QSKIP("the sqlite3 command-line tool is not installed");
    // The triggers stop an UPDATE or DELETE while they exist.
    const CliResult blocked = CliRunner::tool(QStringLiteral("sqlite3"), {m_cli->databaseFile(), "DELETE FROM ledger_entries WHERE idx = 5;"});
    QVERIFY2(blocked.exitCode != 0 && blocked.err.contains("append-only"), blocked.describe().constData());

    const CliResult tampered = CliRunner::tool(QStringLiteral("sqlite3"), {m_cli->databaseFile(), sql});
    QVERIFY2(tampered.exitCode == 0, tampered.describe().constData());
    const CliResult r = cli({"ledger", "verify"});
    QVERIFY2(r.exitCode == 1, r.describe().constData());
    checkJson(r.object(), {"ok=false", "first_bad_index=" + QString::number(badIndex), "entries=" + QString::number(badIndex)});
    QVERIFY2(jsonAt(r.object(), QStringLiteral("problem")).contains(problem), r.describe().constData());
    // The sentence on stderr names the entry too.
    QVERIFY2(r.err.contains("entry " + QByteArray::number(badIndex)), r.describe().constData());
}

void TestCli::demoFillsAFreshWorkspace()
{
    CliRunner fresh(m_dir->path() + QStringLiteral("/demo"));
    const CliResult r = fresh.run({"demo", "--decisions", "100"});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const QJsonObject summary = r.object();
    QCOMPARE(summary.value(QStringLiteral("decisions")).toInt(), 100);
    const int approved = summary.value(QStringLiteral("approved")).toInt();
    const int denied = summary.value(QStringLiteral("denied")).toInt();
    const int escalated = summary.value(QStringLiteral("escalated")).toInt();
    QCOMPARE(approved + denied + escalated, 100);
    QVERIFY(approved > 0 && denied > 0 && escalated > 0);
    QVERIFY(summary.value(QStringLiteral("overrides")).toInt() >= 1);

    const CliResult verified = fresh.run({"ledger", "verify"});
    QVERIFY2(verified.exitCode == 0, verified.describe().constData());
    QSet<QString> types;
    int decisions = 0;
    for (const QByteArray &line : fresh.run({"ledger", "entries"}).lines()) {
        const QString type = jsonAt(QJsonDocument::fromJson(line).object(), QStringLiteral("type"));
        types.insert(type);
        decisions += type == QLatin1String("decision");
    }
    QCOMPARE(decisions, 100);
    checkTimestamps(fresh.run({"ledger", "entries"}).lines());
    for (const char *type : {"genesis", "policy_activated", "user_created", "decision", "escalation_claimed", "escalation_resolved",
                             "override_created"})
        QVERIFY2(types.contains(QLatin1String(type)), type);
    QCOMPARE(fresh.run({"user", "list"}).array().size(), 5);
    const QJsonArray escalations = fresh.run({"escalation", "list"}).array();
    QVERIFY(escalations.size() >= escalated);
    QSet<QString> states;
    for (const QJsonValue &e : escalations)
        states.insert(e.toObject().value(QStringLiteral("status")).toString());
    QVERIFY(states.contains(QStringLiteral("resolved")));
    QVERIFY2(states.size() >= 2, qPrintable(QStringList(states.begin(), states.end()).join(QLatin1Char(','))));
    // Its decisions are ordinary decisions: any of them shows.
    const QString some = escalations.first().toObject().value(QStringLiteral("decision_id")).toString();
    QCOMPARE(fresh.run({"decision", "show", some}).exitCode, 0);
    QVERIFY(QDir(fresh.dataDir() + QStringLiteral("/evidence")).exists());

    // The demo team signs in with the password the demo printed once, and only with it.
    const QString password = summary.value(QStringLiteral("demo_password")).toString();
    QVERIFY(password.startsWith(QStringLiteral("Demo-")));
    writeFile(QStringLiteral("demo-password"), password.toUtf8());
    writeFile(QStringLiteral("not-the-demo-password"), "Demo-NotThePassword-7!");
    const QString right = QDir(m_dir->path()).filePath(QStringLiteral("demo-password"));
    const QString wrong = QDir(m_dir->path()).filePath(QStringLiteral("not-the-demo-password"));
    QCOMPARE(fresh.run({"auth", "check", "olivia", "--password-file", right}).exitCode, 0);
    QCOMPARE(fresh.run({"auth", "check", "olivia", "--password-file", wrong}).exitCode, 1);
}

void TestCli::demoOnAnExistingWorkspace()
{
    // The workspace was made now, so the demo cannot back-date: it happens now, in order.
    const CliResult r = cli({"demo", "--decisions", "40"});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QCOMPARE(r.object().value(QStringLiteral("decisions")).toInt(), 40);
    QCOMPARE(cli({"ledger", "verify"}).exitCode, 0);
    checkTimestamps(cli({"ledger", "entries"}).lines());
    // The team and policy already there are kept; reviews still leave more than one state.
    QCOMPARE(cli({"user", "list"}).array().size(), 10);
    QSet<QString> states;
    for (const QJsonValue &e : cli({"escalation", "list"}).array())
        states.insert(e.toObject().value(QStringLiteral("status")).toString());
    QVERIFY2(states.size() >= 2, qPrintable(QStringList(states.begin(), states.end()).join(QLatin1Char(','))));
    // And the workspace goes on working afterwards.
    const CliResult later = cli({"decide", "--actor", "support_bot", "--action", "search_kb"});
    QCOMPARE(jsonAt(later.object(), QStringLiteral("outcome")), QStringLiteral("approved"));
    checkTimestamps(cli({"ledger", "entries"}).lines());
}

void TestCli::dataDirFromEnvironment()
{
    // Without --data-dir the CLI uses LEXECON_DATA_DIR.
    const CliResult r = m_cli->runRaw({"ledger", "verify"}, {QStringLiteral("LEXECON_DATA_DIR=") + m_cli->dataDir()});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    checkJson(r.object(), {"ok=true", "entries=11"});
    // --data-dir wins over the environment.
    const QString other = m_dir->path() + QStringLiteral("/other");
    const CliResult init = m_cli->runRaw({"--data-dir", other, "init"}, {QStringLiteral("LEXECON_DATA_DIR=") + m_cli->dataDir()});
    QVERIFY2(init.exitCode == 0, init.describe().constData());
    checkJson(init.object(), {"data_dir=" + other, "ledger_size=1"});
}

// An AI system's key: shown once at create, stored only as its SHA-256, listed without it,
// revoked for good; each change is one ledger entry.
void TestCli::apiKeyLifecycle()
{
    const int before = int(cli({"ledger", "entries"}).lines().size());
    const CliResult created = cli({"apikey", "create", "billing-bot", "--rate", "5", "--scopes", "decide"});
    QVERIFY2(created.exitCode == 0, created.describe().constData());
    const QString key = created.object().value(QStringLiteral("key")).toString();
    QVERIFY(key.startsWith(QLatin1String("lxk_")));

    const CliResult listed = cli({"apikey", "list"});
    QVERIFY2(listed.exitCode == 0, listed.describe().constData());
    checkJson(listed.array(), {"#=1", "0.name=billing-bot", "0.active=true", "0.rate=5", "0.scopes.#=1", "0.scopes.0=decide",
                               "0.prefix=" + key.left(12)});
    QVERIFY(!listed.array().at(0).toObject().contains(QLatin1String("key")));
    QVERIFY(!listed.out.contains(key.mid(12).toLatin1()));

    // On disk: the hash, never the key.
    if (CliRunner::hasTool(QStringLiteral("sqlite3"))) {
        const CliResult row = CliRunner::tool(QStringLiteral("sqlite3"), {m_cli->databaseFile(), "SELECT * FROM api_keys;"});
        QVERIFY2(row.exitCode == 0, row.describe().constData());
        QVERIFY(row.out.contains(sha256Hex(key.toLatin1())));
        QVERIFY(!row.out.contains(key.mid(12).toLatin1()));
    }

    const CliResult revoked = cli({"apikey", "revoke", "billing-bot"});
    QVERIFY2(revoked.exitCode == 0, revoked.describe().constData());
    checkJson(revoked.object(), {"name=billing-bot", "active=false", "revoked_at~^\\d{4}-\\d\\d-\\d\\dT"});
    checkJson(cli({"apikey", "list"}).array(), {"#=1", "0.active=false"});

    const QList<QByteArray> ledger = cli({"ledger", "entries"}).lines();
    QCOMPARE(int(ledger.size()), before + 2);
    QCOMPARE(jsonAt(QJsonDocument::fromJson(ledger.at(ledger.size() - 2)).object(), QStringLiteral("type")), QStringLiteral("apikey_created"));
    QCOMPARE(jsonAt(QJsonDocument::fromJson(ledger.last()).object(), QStringLiteral("type")), QStringLiteral("apikey_revoked"));
    QVERIFY(!ledger.join().contains(key.mid(12).toLatin1()));

    // Revoked is final, and the name stays taken.
    const CliResult again = cli({"apikey", "revoke", "billing-bot"});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains("already revoked"), again.describe().constData());
    const CliResult reuse = cli({"apikey", "create", "billing-bot"});
    QCOMPARE(reuse.exitCode, 2);
    QVERIFY2(reuse.err.contains("already exists"), reuse.describe().constData());
    QCOMPARE(int(cli({"ledger", "entries"}).lines().size()), before + 2);
    QCOMPARE(cli({"ledger", "verify"}).exitCode, 0);
}

} // namespace Lexecon::Test
