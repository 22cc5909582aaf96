#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace Lexecon::Test {

namespace {

constexpr int kTimeoutMs = 120000;

QJsonValue parse(const QByteArray &out)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue::Undefined;
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

} // namespace

QJsonObject CliResult::object() const
{
    return parse(out).toObject();
}

QJsonArray CliResult::array() const
{
    return parse(out).toArray();
}

QList<QByteArray> CliResult::lines() const
{
    QList<QByteArray> result;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.isEmpty())
            result << line;
    }
    return result;
}

QByteArray CliResult::describe() const
{
    return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out.left(2000) + "\nstderr: " + err.left(2000);
}

CliRunner::CliRunner(const QString &workDir)
    : m_dataDir(QDir(workDir).filePath(QStringLiteral("workspace")))
    , m_secretFile(QDir(workDir).filePath(QStringLiteral("secret")))
{
    // The checked-in secret is world-readable (git keeps no modes) and the CLI rightly warns
    // about that; a private copy keeps stderr free of the warning so tests can read it.
    QDir().mkpath(workDir);
    QString source = qEnvironmentVariable("LEXECON_SECRET_FILE");
    if (source.isEmpty())
        source = QStringLiteral(LEXECON_DEFAULT_SECRET_FILE);
    QFile::copy(source, m_secretFile);
    QFile::setPermissions(m_secretFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QString CliRunner::databaseFile() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("workspace.db"));
}

QString CliRunner::binary()
{
    QString dir = qEnvironmentVariable("LEXECON_BIN_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(LEXECON_DEFAULT_BIN_DIR);
    return QDir(dir).filePath(QStringLiteral("lexecon-cli"));
}

CliResult CliRunner::run(const QStringList &args) const
{
    return runRaw(QStringList{QStringLiteral("--data-dir"), m_dataDir} + args);
}

CliResult CliRunner::runRaw(const QStringList &args, const QStringList &environment) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LEXECON_SECRET_FILE"), m_secretFile);
    env.remove(QStringLiteral("LEXECON_DATA_DIR"));
    for (const QString &entry : environment)
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start(binary(), args);
    CliResult result;
    if (!process.waitForFinished(kTimeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        result.err = "lexecon-cli did not finish normally: " + process.errorString().toUtf8();
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliResult CliRunner::tool(const QString &program, const QStringList &args, const QByteArray &input)
{
    QProcess process;
    process.start(program, args);
    CliResult result;
    if (!process.waitForStarted(kTimeoutMs)) {
        result.err = program.toUtf8() + " did not start: " + process.errorString().toUtf8();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = program.toUtf8() + " did not finish";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

bool CliRunner::hasTool(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

QString jsonAt(const QJsonValue &root, const QString &path)
{
    QJsonValue v = root;
    const QStringList parts = path.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == QLatin1String("#")) {
            if (v.isArray())
                return QString::number(v.toArray().size());
            if (v.isObject())
                return QString::number(v.toObject().size());
            return QStringLiteral("<missing>");
        }
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        if (v.isArray() && isIndex && index >= 0 && index < v.toArray().size())
            v = v.toArray().at(index);
        else if (v.isObject() && v.toObject().contains(part))
            v = v.toObject().value(part);
        else
            return QStringLiteral("<missing>");
    }
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toInteger());
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return QStringLiteral("<missing>");
    }
}

} // namespace Lexecon::Test
