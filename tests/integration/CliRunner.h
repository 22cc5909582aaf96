#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace Lexecon::Test {

// What one run of a program left behind.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject object() const;
    QJsonArray array() const;
    // Non-empty lines of stdout.
    QList<QByteArray> lines() const;
    // For failure messages: the command's exit code and both streams.
    QByteArray describe() const;
};

// Runs the real lexecon-cli binary against one data dir, as a compliance engineer would.
class CliRunner
{
public:
    // secretFile is a private (0600) copy of the test secret that the runner makes in workDir.
    explicit CliRunner(const QString &workDir);

    QString dataDir() const { return m_dataDir; }
    QString secretFile() const { return m_secretFile; }
    QString databaseFile() const;

    // lexecon-cli --data-dir <dataDir> args...
    CliResult run(const QStringList &args) const;
    // lexecon-cli args... with extra environment entries NAME=VALUE (no --data-dir added).
    CliResult runRaw(const QStringList &args, const QStringList &environment = {}) const;

    static QString binary();
    // Any other program (sqlite3, openssl): its result, stdin fed from input.
    static CliResult tool(const QString &program, const QStringList &args, const QByteArray &input = {});
    static bool hasTool(const QString &program);

private:
    QString m_dataDir;
    QString m_secretFile;
};

// The value at a dotted path ("policy.version", "reasons.0.effect", "#" = array/object size)
// as text: strings as they are, numbers and booleans as JSON, null as "null", missing as "<missing>".
QString jsonAt(const QJsonValue &root, const QString &path);

} // namespace Lexecon::Test
