#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Runs Go's own note and tlog packages (golang.org/x/mod/sumdb) over checkpoints, proofs and
// consistency proofs made by the real lexecon-cli, and over tampered copies, which must fail
// in Go as they fail in `lexecon-cli ledger verify-proof`.
class TestGoInterop : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QByteArray describe() const
        {
            return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out + "\nstderr: " + err;
        }
    };

    QTemporaryDir m_dir;
    QString m_goVerifier;
    QString m_secretFile;
    QString m_vkeyFile;
    QString m_otherVkeyFile;
    QByteArray m_checkpoint;
    QByteArray m_proof;
    qint64 m_entries = 0;

    static Run run(const QString &program, const QStringList &args,
                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(program, args);
        Run r;
        if (!p.waitForStarted(10000)) {
            r.err = p.errorString().toUtf8();
            return r;
        }
        p.waitForFinished(180000);
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    Run cli(const QString &dataDir, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LEXECON_SECRET_FILE"), m_secretFile);
        return run(QStringLiteral(LEXECON_CLI_BINARY), QStringList{QStringLiteral("--data-dir"), dataDir} + args, env);
    }

    Run mustCli(const QString &dataDir, const QStringList &args)
    {
        Run r = cli(dataDir, args);
        if (r.exitCode != 0)
            qWarning("lexecon-cli %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), r.describe().constData());
        return r;
    }

    Run go(const QString &mode, const QString &vkeyFile, const QByteArray &content)
    {
        const QString file = m_dir.filePath(QStringLiteral("input-%1").arg(++m_files));
        writeFile(file, content);
        return run(m_goVerifier, {mode, vkeyFile, file});
    }
    int m_files = 0;

    static void writeFile(const QString &path, const QByteArray &content)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }

    QString makeWorkspace(const QString &name, int users)
    {
        const QString dataDir = m_dir.filePath(name);
        if (mustCli(dataDir, {QStringLiteral("init")}).exitCode != 0)
            return {};
        mustCli(dataDir, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("root"),
                          QStringLiteral("--role"), QStringLiteral("admin")});
        addUsers(dataDir, 0, users);
        return dataDir;
    }

    void addUsers(const QString &dataDir, int from, int count)
    {
        for (int i = from; i < from + count; ++i)
            mustCli(dataDir, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("user%1").arg(i),
                              QStringLiteral("--role"), QStringLiteral("viewer"), QStringLiteral("--by"),
                              QStringLiteral("root")});
    }

    qint64 ledgerSize(const QString &dataDir)
    {
        return mustCli(dataDir, {QStringLiteral("ledger"), QStringLiteral("entries")}).out.count('\n');
    }

    QString verifierKeyFile(const QString &dataDir, const QString &name)
    {
        const Run key = mustCli(dataDir, {QStringLiteral("node"), QStringLiteral("key")});
        const QString vkey =
            QJsonDocument::fromJson(key.out).object().value(QStringLiteral("note_verifier_key")).toString();
        const QString file = m_dir.filePath(name);
        writeFile(file, vkey.toUtf8() + '\n');
        return vkey.isEmpty() ? QString() : file;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString goBinary = QStandardPaths::findExecutable(QStringLiteral("go"));
        const QString xmod = QStringLiteral("/usr/share/gocode/src/golang.org/x/mod/sumdb/note");
        if (goBinary.isEmpty() || !QDir(xmod).exists())
            QFAIL("Go or golang.org/x/mod is not installed, so the interoperability check cannot run: run "
                  "scripts/install-deps.sh "
                  "(it installs golang-go and golang-golang-x-mod-dev)");
        // Offline GOPATH build against Debian's copy of x/mod: no module download.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GO111MODULE"), QStringLiteral("off"));
        env.insert(QStringLiteral("GOPATH"), QStringLiteral("/usr/share/gocode"));
        env.insert(QStringLiteral("GOCACHE"), m_dir.filePath(QStringLiteral("gocache")));
        env.insert(QStringLiteral("GOFLAGS"), QString());
        env.insert(QStringLiteral("GOPROXY"), QStringLiteral("off"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        m_goVerifier = m_dir.filePath(QStringLiteral("tlogverify"));
        const Run built = run(
            goBinary,
            {QStringLiteral("build"), QStringLiteral("-o"), m_goVerifier, QStringLiteral(LEXECON_INTEROP_SOURCE)}, env);
        QVERIFY2(built.exitCode == 0, built.describe().constData());

        QByteArray secret;
        {
            QFile f(qEnvironmentVariable("LEXECON_SECRET_FILE", QStringLiteral(LEXECON_DEFAULT_SECRET_FILE)));
            QVERIFY(f.open(QIODevice::ReadOnly));
            secret = f.readAll();
        }
        m_secretFile = m_dir.filePath(QStringLiteral("secret"));
        writeFile(m_secretFile, secret);
        QFile::setPermissions(m_secretFile, QFile::ReadOwner | QFile::WriteOwner);

        const QString dataDir = makeWorkspace(QStringLiteral("ws"), 6);
        QVERIFY(!dataDir.isEmpty());
        m_entries = ledgerSize(dataDir);
        QVERIFY2(m_entries >= 8, qPrintable(QString::number(m_entries)));
        m_vkeyFile = verifierKeyFile(dataDir, QStringLiteral("vkey"));
        QVERIFY(!m_vkeyFile.isEmpty());
        const QString otherDir = makeWorkspace(QStringLiteral("other"), 0);
        m_otherVkeyFile = verifierKeyFile(otherDir, QStringLiteral("other-vkey"));
        QVERIFY(!m_otherVkeyFile.isEmpty());
        m_checkpoint = mustCli(dataDir, {QStringLiteral("ledger"), QStringLiteral("checkpoint")}).out;
        m_proof = mustCli(dataDir, {QStringLiteral("ledger"), QStringLiteral("proof"), QStringLiteral("3")}).out;
        QVERIFY(m_proof.startsWith("c2sp.org/tlog-proof@v1\n"));
    }

    void goOpensTheCheckpoint()
    {
        const Run r = go(QStringLiteral("checkpoint"), m_vkeyFile, m_checkpoint);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(r.out.contains(" " + QByteArray::number(m_entries) + " "), r.describe().constData());
    }

    void goChecksEveryInclusionProof()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("ws"));
        for (qint64 i = 0; i < m_entries; ++i) {
            const Run proof = mustCli(dataDir, {QStringLiteral("ledger"), QStringLiteral("proof"), QString::number(i)});
            QCOMPARE(proof.exitCode, 0);
            const Run r = go(QStringLiteral("proof"), m_vkeyFile, proof.out);
            QVERIFY2(r.exitCode == 0, r.describe().constData());
            QCOMPARE(r.out.trimmed(),
                     QByteArray("ok proof " + QByteArray::number(i) + " " + QByteArray::number(m_entries)));
        }
    }

    void goChecksConsistencyBetweenCheckpoints()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("grow"));
        QVERIFY(!makeWorkspace(QStringLiteral("grow"), 1).isEmpty());
        const QString vkey = verifierKeyFile(dataDir, QStringLiteral("grow-vkey"));
        QList<qint64> sizes;
        for (int round = 0; round < 4; ++round) {
            QCOMPARE(mustCli(dataDir, {QStringLiteral("ledger"), QStringLiteral("checkpoint")}).exitCode, 0);
            sizes.append(ledgerSize(dataDir));
            addUsers(dataDir, 10 * (round + 1), round + 2);
        }
        for (int i = 0; i < sizes.size(); ++i) {
            for (int j = i; j < sizes.size(); ++j) {
                const Run c = mustCli(dataDir, {QStringLiteral("ledger"), QStringLiteral("consistency"),
                                                QString::number(sizes[i]), QString::number(sizes[j])});
                QCOMPARE(c.exitCode, 0);
                const Run r = go(QStringLiteral("consistency"), vkey, c.out);
                QVERIFY2(r.exitCode == 0, r.describe().constData());
            }
        }
        // A consistency proof with one hash flipped does not convince Go.
        const Run c = mustCli(dataDir, {QStringLiteral("ledger"), QStringLiteral("consistency"),
                                        QString::number(sizes[1]), QString::number(sizes[3])});
        QJsonObject o = QJsonDocument::fromJson(c.out).object();
        QJsonArray proof = o.value(QStringLiteral("proof")).toArray();
        QVERIFY(!proof.isEmpty());
        proof[0] = QString::fromLatin1(QByteArray(32, 'z').toBase64());
        o.insert(QStringLiteral("proof"), proof);
        const Run r = go(QStringLiteral("consistency"), vkey, QJsonDocument(o).toJson());
        QCOMPARE(r.exitCode, 1);
    }

    void ledgerVerifyChecksCheckpoints()
    {
        // The same workspace the proofs came from: its entries and checkpoints verify...
        const QString dataDir = m_dir.filePath(QStringLiteral("grow"));
        const Run ok = cli(dataDir, {QStringLiteral("ledger"), QStringLiteral("verify")});
        QVERIFY2(ok.exitCode == 0, ok.describe().constData());
        QCOMPARE(QJsonDocument::fromJson(ok.out).object().value(QStringLiteral("checkpoints")).toInt(), 4);
        // ...until a checkpoint is edited by hand in the database.
        const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (sqlite.isEmpty())
            QFAIL("sqlite3 is not installed: run scripts/install-deps.sh");
        const Run edit =
            run(sqlite, {QDir(dataDir).filePath(QStringLiteral("workspace.db")),
                         QStringLiteral("DROP TRIGGER checkpoints_no_update; "
                                        "UPDATE checkpoints SET note = replace(note, 'lexecon/', 'lexecon/x') "
                                        "WHERE tree_size = (SELECT MAX(tree_size) FROM checkpoints);")});
        QVERIFY2(edit.exitCode == 0, edit.describe().constData());
        const Run bad = cli(dataDir, {QStringLiteral("ledger"), QStringLiteral("verify")});
        QVERIFY2(bad.exitCode == 1, bad.describe().constData());
        const QJsonObject report = QJsonDocument::fromJson(bad.out).object();
        QVERIFY(report.value(QStringLiteral("first_bad_checkpoint")).toInteger() > 0);
        QVERIFY2(bad.err.contains("checkpoint"), bad.describe().constData());
    }

    void tamperedInputFailsInGoAndInTheCli_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("otherKey");
        QTest::addColumn<bool>("valid");
        QByteArray hashEdited = m_proof;
        const qsizetype hashLine = hashEdited.indexOf("\nindex 3\n") + 9;
        hashEdited.replace(hashLine, 4, hashEdited.mid(hashLine, 4) == "AAAA" ? "BBBB" : "AAAA");
        QByteArray entryEdited = m_proof;
        const QByteArray extra = m_proof.split('\n').at(1).mid(6);
        QByteArray entry = QByteArray::fromBase64(extra);
        entry.replace("\"index\":3", "\"index\":3 ");
        entryEdited.replace(extra, entry.toBase64());
        QByteArray checkpointEdited = m_checkpoint;
        checkpointEdited.replace("\n" + QByteArray::number(m_entries) + "\n",
                                 "\n" + QByteArray::number(m_entries + 1) + "\n");
        QByteArray proofCheckpointEdited = m_proof;
        proofCheckpointEdited.replace("\n" + QByteArray::number(m_entries) + "\n",
                                      "\n" + QByteArray::number(m_entries + 1) + "\n");
        QByteArray otherIndex = m_proof;
        otherIndex.replace("\nindex 3\n", "\nindex 2\n");

        QTest::newRow("valid proof") << QStringLiteral("proof") << m_proof << false << true;
        QTest::newRow("valid checkpoint") << QStringLiteral("checkpoint") << m_checkpoint << false << true;
        QTest::newRow("inclusion hash edited") << QStringLiteral("proof") << hashEdited << false << false;
        QTest::newRow("entry edited") << QStringLiteral("proof") << entryEdited << false << false;
        QTest::newRow("proof for another entry") << QStringLiteral("proof") << otherIndex << false << false;
        QTest::newRow("checkpoint edited by hand")
            << QStringLiteral("checkpoint") << checkpointEdited << false << false;
        QTest::newRow("checkpoint in a proof edited")
            << QStringLiteral("proof") << proofCheckpointEdited << false << false;
        QTest::newRow("key of another node") << QStringLiteral("proof") << m_proof << true << false;
        QTest::newRow("truncated proof") << QStringLiteral("proof") << m_proof.left(m_proof.size() / 2) << false
                                         << false;
        QTest::newRow("not a note") << QStringLiteral("checkpoint") << QByteArray("just some text\n") << false << false;
    }

    void tamperedInputFailsInGoAndInTheCli()
    {
        QFETCH(QString, mode);
        QFETCH(QByteArray, content);
        QFETCH(bool, otherKey);
        QFETCH(bool, valid);
        const QString keyFile = otherKey ? m_otherVkeyFile : m_vkeyFile;
        const Run r = go(mode, keyFile, content);
        QVERIFY2(r.exitCode == (valid ? 0 : 1), r.describe().constData());
        // The same file through the offline CLI check, with no workspace at all.
        const QString file = m_dir.filePath(QStringLiteral("cli-input"));
        writeFile(file, content);
        QFile key(keyFile);
        QVERIFY(key.open(QIODevice::ReadOnly));
        const Run c = cli(m_dir.filePath(QStringLiteral("no-such-workspace")),
                          {QStringLiteral("ledger"), QStringLiteral("verify-proof"), file, QStringLiteral("--key"),
                           QString::fromUtf8(key.readAll().trimmed())});
        QVERIFY2(c.exitCode == (valid ? 0 : 1), c.describe().constData());
        if (!valid)
            QVERIFY2(c.err.startsWith("lexecon-cli: ") && c.err.trimmed().size() > 30, c.describe().constData());
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("no-such-workspace"))).exists());
    }
};

QTEST_GUILESS_MAIN(TestGoInterop)
#include "TestGoInterop.moc"
