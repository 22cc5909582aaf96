#include "ServeProcess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

QString startServe(QProcess &process, const QString &cliBinary, const QString &dataDir, const QStringList &args,
                   const QProcessEnvironment &env, int timeoutMs)
{
    process.setProcessEnvironment(env);
    process.start(cliBinary, QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("serve")} + args);
    if (!process.waitForStarted(10000))
        return {};
    QElapsedTimer waited;
    waited.start();
    while (!process.canReadLine() && process.state() == QProcess::Running && waited.elapsed() < timeoutMs)
        process.waitForReadyRead(100);
    const QJsonObject line = QJsonDocument::fromJson(process.readLine()).object();
    return line.value(QStringLiteral("listening")).toString();
}
