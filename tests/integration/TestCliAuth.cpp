#include "CliRunner.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon::Test;

// Local accounts through the real lexecon-cli (SPEC section 7: user add --password-file,
// user mfa-enroll, user mfa-confirm, auth check), with codes from the real oathtool, and a scan
// of every file of the data dir and of the ledger for the password, the TOTP secret and the
// backup codes.
class TestCliAuth : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
    const QByteArray m_password = "Gx7#quiet-ferry";
    const QByteArray m_next = "Hk8$other-lantern";
    const QByteArray m_renewed = "Tq5%willow-garnet";
    QString m_secret;
    QStringList m_backupCodes;
    mutable QByteArray m_logs;

    // Every command's log lines (stderr) are kept for the scan for secrets at the end.
    CliResult cli(const QStringList &args) const
    {
        CliResult r = m_cli->run(args);
        m_logs += r.err;
        return r;
    }

    QString file(const QString &name, const QByteArray &content) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content + '\n');
        return path;
    }

    // oathtool's code for now plus offsetSeconds.
    QString oathtool(int offsetSeconds) const
    {
        const CliResult r = CliRunner::tool(
            QStringLiteral("oathtool"),
            {QStringLiteral("--totp"), QStringLiteral("-b"), m_secret,
             QStringLiteral("--now=%1 seconds")
                 .arg(offsetSeconds >= 0 ? QStringLiteral("+%1").arg(offsetSeconds) : QString::number(offsetSeconds))});
        return QString::fromLatin1(r.out.trimmed());
    }

    CliResult check(const QString &user, const QByteArray &password, const QStringList &extra = {}) const
    {
        return cli(QStringList{QStringLiteral("auth"), QStringLiteral("check"), user, QStringLiteral("--password-file"),
                               file(QStringLiteral("pw-check"), password)} +
                   extra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(CliRunner::binary()), qPrintable(CliRunner::binary() + QStringLiteral(" is not built")));
        if (!CliRunner::hasTool(QStringLiteral("oathtool")))
            QSKIP("oathtool is not installed (Debian: oathtool)");
        QVERIFY(m_dir.isValid());
        m_cli = std::make_unique<CliRunner>(m_dir.path());
        QCOMPARE(cli({QStringLiteral("init")}).exitCode, 0);
    }

    void addsUsersWithPasswordsFromFiles()
    {
        const CliResult root =
            cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("root"), QStringLiteral("--role"),
                 QStringLiteral("admin"), QStringLiteral("--password-file"),
                 file(QStringLiteral("pw-root"), "Lamp#harbor-2026x")});
        QVERIFY2(root.exitCode == 0, root.describe().constData());
        QCOMPARE(root.object().value(QStringLiteral("password_set")).toBool(), true);

        // A weak password leaves no user behind.
        const CliResult weak =
            cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ann"), QStringLiteral("--role"),
                 QStringLiteral("auditor"), QStringLiteral("--by"), QStringLiteral("root"),
                 QStringLiteral("--password-file"), file(QStringLiteral("pw-weak"), "Password123!")});
        QCOMPARE(weak.exitCode, 2);
        QVERIFY2(weak.err.contains("most common"), weak.describe().constData());
        QVERIFY(!cli({QStringLiteral("user"), QStringLiteral("list")}).out.contains("\"ann\""));

        const CliResult ann =
            cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ann"), QStringLiteral("--role"),
                 QStringLiteral("auditor"), QStringLiteral("--by"), QStringLiteral("root"),
                 QStringLiteral("--password-file"), file(QStringLiteral("pw-ann"), m_password)});
        QVERIFY2(ann.exitCode == 0, ann.describe().constData());

        // Passwords never travel as arguments.
        QCOMPARE(cli({QStringLiteral("auth"), QStringLiteral("check"), QStringLiteral("ann"),
                      QStringLiteral("--password"), QString::fromLatin1(m_password)})
                     .exitCode,
                 2);
    }

    void checksPasswords()
    {
        const CliResult ok = check(QStringLiteral("ann"), m_password);
        QVERIFY2(ok.exitCode == 0, ok.describe().constData());
        QCOMPARE(ok.object().value(QStringLiteral("signed_in")).toBool(), true);
        QCOMPARE(ok.object().value(QStringLiteral("role")).toString(), QStringLiteral("auditor"));

        const CliResult wrong = check(QStringLiteral("ann"), "Gx7#quiet-ferrx");
        QCOMPARE(wrong.exitCode, 1);
        QCOMPARE(wrong.object().value(QStringLiteral("reason")).toString(), QStringLiteral("invalid_credentials"));
        const CliResult unknown = check(QStringLiteral("nobody"), m_password);
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(unknown.object().value(QStringLiteral("message")), wrong.object().value(QStringLiteral("message")));

        QCOMPARE(check(QStringLiteral("ann"), m_password,
                       {QStringLiteral("--totp"), QStringLiteral("123456"), QStringLiteral("--backup-code"),
                        QStringLiteral("x")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("auth"), QStringLiteral("check"), QStringLiteral("ann")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("auth"), QStringLiteral("check"), QStringLiteral("ann"),
                      QStringLiteral("--password-file"), m_dir.filePath(QStringLiteral("missing"))})
                     .exitCode,
                 2);
    }

    void enrolsAndSignsInWithOathtoolCodes()
    {
        const CliResult enrolled = cli({QStringLiteral("user"), QStringLiteral("mfa-enroll"), QStringLiteral("ann")});
        QVERIFY2(enrolled.exitCode == 0, enrolled.describe().constData());
        const QString uri = enrolled.object().value(QStringLiteral("otpauth_uri")).toString();
        const auto match = QRegularExpression(QStringLiteral("^otpauth://totp/Lexecon:ann\\?secret=([A-Z2-7]{32})"
                                                             "&issuer=Lexecon&algorithm=SHA1&digits=6&period=30$"))
                               .match(uri);
        QVERIFY2(match.hasMatch(), qPrintable(uri));
        m_secret = match.captured(1);
        for (const QJsonValue &code : enrolled.object().value(QStringLiteral("backup_codes")).toArray())
            m_backupCodes << code.toString();
        QCOMPARE(m_backupCodes.size(), 10);

        const CliResult confirmed = cli({QStringLiteral("user"), QStringLiteral("mfa-confirm"), QStringLiteral("ann"),
                                         QStringLiteral("--totp"), oathtool(0)});
        QVERIFY2(confirmed.exitCode == 0, confirmed.describe().constData());

        // MFA on: the password alone is refused (the original's bug).
        const CliResult alone = check(QStringLiteral("ann"), m_password);
        QCOMPARE(alone.exitCode, 1);
        QCOMPARE(alone.object().value(QStringLiteral("reason")).toString(), QStringLiteral("second_factor_required"));
        QVERIFY(!alone.object().contains(QStringLiteral("user")));

        // The next step's code (inside the +-1 window) signs in once; the replay is refused.
        const QString next = oathtool(30);
        const CliResult withCode = check(QStringLiteral("ann"), m_password, {QStringLiteral("--totp"), next});
        QVERIFY2(withCode.exitCode == 0, withCode.describe().constData());
        const CliResult replay = check(QStringLiteral("ann"), m_password, {QStringLiteral("--totp"), next});
        QCOMPARE(replay.exitCode, 1);
        QCOMPARE(replay.object().value(QStringLiteral("reason")).toString(), QStringLiteral("invalid_second_factor"));
        // An older step is refused too once a newer one was used.
        QCOMPARE(check(QStringLiteral("ann"), m_password, {QStringLiteral("--totp"), oathtool(-30)}).exitCode, 1);

        const CliResult backup =
            check(QStringLiteral("ann"), m_password, {QStringLiteral("--backup-code"), m_backupCodes.first()});
        QVERIFY2(backup.exitCode == 0, backup.describe().constData());
        QCOMPARE(
            check(QStringLiteral("ann"), m_password, {QStringLiteral("--backup-code"), m_backupCodes.first()}).exitCode,
            1);
    }

    // With MFA on, the password alone does not change the password (else a stolen one locks
    // the owner out); a backup code (or TOTP code) confirms the change and is used up by it.
    void changingThePasswordNeedsTheSecondFactor()
    {
        QCOMPARE(m_backupCodes.size(), 10);
        const QString current = file(QStringLiteral("pw-ann"), m_password);
        const QString renewed = file(QStringLiteral("pw-ann-new"), m_renewed);
        const QStringList passwd{QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("ann"),
                                 QStringLiteral("--password-file"), current, QStringLiteral("--new-password-file"),
                                 renewed};
        const CliResult alone = cli(passwd);
        QCOMPARE(alone.exitCode, 2);
        QVERIFY2(alone.err.contains("code"), alone.describe().constData());
        QCOMPARE(check(QStringLiteral("ann"), m_renewed, {QStringLiteral("--backup-code"), m_backupCodes.at(2)}).exitCode, 1);

        const CliResult confirmed = cli(passwd + QStringList{QStringLiteral("--backup-code"), m_backupCodes.at(1)});
        QVERIFY2(confirmed.exitCode == 0, confirmed.describe().constData());
        const CliResult signedIn =
            check(QStringLiteral("ann"), m_renewed, {QStringLiteral("--backup-code"), m_backupCodes.at(2)});
        QVERIFY2(signedIn.exitCode == 0, signedIn.describe().constData());
        QCOMPARE(check(QStringLiteral("ann"), m_password, {QStringLiteral("--backup-code"), m_backupCodes.at(3)}).exitCode, 1);
    }

    void locksAfterFiveFailures()
    {
        const CliResult passwd =
            cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bo"), QStringLiteral("--role"),
                 QStringLiteral("viewer"), QStringLiteral("--by"), QStringLiteral("root"),
                 QStringLiteral("--password-file"), file(QStringLiteral("pw-bo"), m_next)});
        QVERIFY2(passwd.exitCode == 0, passwd.describe().constData());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(check(QStringLiteral("bo"), "Wrong#guess-42x").exitCode, 1);
        const CliResult locked = check(QStringLiteral("bo"), m_next);
        QCOMPARE(locked.exitCode, 1);
        QCOMPARE(locked.object().value(QStringLiteral("reason")).toString(), QStringLiteral("locked"));
        QVERIFY2(locked.object().value(QStringLiteral("message")).toString().contains(QLatin1String("30 minutes")),
                 locked.describe().constData());
        QVERIFY(locked.object().value(QStringLiteral("locked_for_seconds")).toInt() > 29 * 60);
    }

    void noSecretInTheDataDirOrLedger()
    {
        QVERIFY(!m_secret.isEmpty());
        QList<QByteArray> secrets = {m_password, m_next, m_renewed, "Lamp#harbor-2026x", m_secret.toLatin1(),
                                     m_secret.toLower().toLatin1()};
        const CliResult raw =
            CliRunner::tool(QStringLiteral("base32"), {QStringLiteral("-d")}, m_secret.toLatin1() + "====\n");
        QCOMPARE(raw.out.size(), 20);
        secrets << raw.out;
        for (const QString &code : std::as_const(m_backupCodes))
            secrets << code.toLatin1() << code.toLatin1().replace("-", "") << code.toUpper().toLatin1();

        const CliResult ledger = cli({QStringLiteral("ledger"), QStringLiteral("entries")});
        QVERIFY2(ledger.exitCode == 0, ledger.describe().constData());
        for (const char *type : {"\"sign_in\"", "\"sign_in_failed\"", "\"account_locked\"", "\"password_changed\"",
                                 "\"mfa_enrolled\"", "\"mfa_confirmed\"", "\"backup_code_used\""})
            QVERIFY2(ledger.out.contains(type), type);
        QVERIFY(!ledger.out.contains("argon2"));

        QHash<QString, QByteArray> contents{{QStringLiteral("ledger entries"), ledger.out},
                                            {QStringLiteral("the commands' logs"), m_logs}};
        QDirIterator it(m_cli->dataDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            contents.insert(path, f.readAll());
        }
        // The ledger output and the database (its WAL too, if a run left one behind).
        QVERIFY(contents.contains(m_cli->databaseFile()));
        QVERIFY(contents.value(m_cli->databaseFile()).size() > 4096);
        for (auto c = contents.cbegin(); c != contents.cend(); ++c)
            for (const QByteArray &secret : std::as_const(secrets))
                QVERIFY2(
                    !c.value().contains(secret),
                    qPrintable(QStringLiteral("%1 holds a secret (%2 bytes long)").arg(c.key()).arg(secret.size())));
    }
};

QTEST_GUILESS_MAIN(TestCliAuth)
#include "TestCliAuth.moc"
