#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Starts `lexecon-cli --data-dir DIR serve ARGS` and waits for the one JSON line it prints once
// listening ({"listening": URL}). Returns that URL, or an empty string if the server exited or
// said nothing within timeoutMs (then process's stderr says why). With --listen HOST:0 the URL
// carries the port the server bound, so tests need no free-port dance.
QString startServe(QProcess &process, const QString &cliBinary, const QString &dataDir, const QStringList &args,
                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(), int timeoutMs = 30000);
