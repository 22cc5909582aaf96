#pragma once

#include <QDir>
#include <QString>

namespace Lexecon::Test {

// Where the UI tests leave screenshots for a person to look at: $LEXECON_SHOTS_DIR, else
// views-shots in the temp dir. The folder is made here, so that no test depends on another
// having run first (on a fresh machine three of them failed to save for that reason).
inline QString screenshotPath(const QString &name)
{
    QString dir = qEnvironmentVariable("LEXECON_SHOTS_DIR");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("views-shots"));
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

} // namespace Lexecon::Test
