#include "PasswordPolicy.h"

#include <QFile>
#include <QSet>
#include <QStringList>

namespace Lexecon {

namespace {

const QSet<QString> &commonPasswords()
{
    static const QSet<QString> list = [] {
        QSet<QString> set;
        QFile file(QStringLiteral(":/auth/common-passwords.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return set;
        const QList<QByteArray> lines = file.readAll().split('\n');
        set.reserve(lines.size());
        for (const QByteArray &line : lines) {
            const QString entry = QString::fromUtf8(line).trimmed().toLower();
            if (!entry.isEmpty())
                set.insert(entry);
        }
        return set;
    }();
    return list;
}

// Keyboard rows in both directions count as sequences too ("qwer", "lkjh").
const QStringList &keyboardRows()
{
    static const QStringList rows = {QStringLiteral("qwertyuiop"), QStringLiteral("asdfghjkl"),
                                     QStringLiteral("zxcvbnm"),    QStringLiteral("1234567890"),
                                     QStringLiteral("qwertzuiop"), QStringLiteral("azertyuiop")};
    return rows;
}

// The first run of RunLength characters going up or down by one ("abcd", "9876") or along a
// keyboard row, or an empty string.
QString findSequence(const QString &lower)
{
    const int n = PasswordPolicy::RunLength;
    for (int i = 0; i + n <= lower.size(); ++i) {
        const QString window = lower.mid(i, n);
        bool up = true, down = true;
        for (int k = 1; k < n; ++k) {
            const int d = window.at(k).unicode() - window.at(k - 1).unicode();
            up = up && d == 1;
            down = down && d == -1;
        }
        const bool alnum = window.at(0).isLetterOrNumber() && window.at(n - 1).isLetterOrNumber();
        if ((up || down) && alnum)
            return window;
        QString reversed = window;
        std::reverse(reversed.begin(), reversed.end());
        for (const QString &row : keyboardRows())
            if (row.contains(window) || row.contains(reversed))
                return window;
    }
    return {};
}

QString findRepeat(const QString &password)
{
    int run = 1;
    for (int i = 1; i < password.size(); ++i) {
        run = password.at(i) == password.at(i - 1) ? run + 1 : 1;
        if (run >= PasswordPolicy::RunLength)
            return QString(password.at(i));
    }
    return {};
}

QString stripTrailingNonLetters(QString lower)
{
    while (!lower.isEmpty() && !lower.back().isLetter())
        lower.chop(1);
    return lower;
}

Error refuse(const QString &message)
{
    return Error::invalid(QStringLiteral("password"), message);
}

} // namespace

bool PasswordPolicy::isCommon(const QString &password)
{
    const QString lower = password.toLower();
    const QString stripped = stripTrailingNonLetters(lower);
    const auto &list = commonPasswords();
    return list.contains(lower) || (!stripped.isEmpty() && list.contains(stripped));
}

int PasswordPolicy::commonListSize()
{
    return int(commonPasswords().size());
}

Result<void> PasswordPolicy::check(const QString &password, const QString &userName)
{
    if (password.size() < MinLength)
        return refuse(QStringLiteral("The password has %1 characters; choose one of at least %2 characters.")
                          .arg(password.size())
                          .arg(MinLength));
    bool upper = false, lower = false, digit = false, symbol = false;
    for (QChar c : password) {
        if (c.isUpper())
            upper = true;
        else if (c.isLower())
            lower = true;
        else if (c.isDigit())
            digit = true;
        else if (!c.isSpace() || c == QLatin1Char(' '))
            symbol = true;
    }
    QStringList missing;
    if (!upper)
        missing << QStringLiteral("an upper-case letter");
    if (!lower)
        missing << QStringLiteral("a lower-case letter");
    if (!digit)
        missing << QStringLiteral("a digit");
    if (!symbol)
        missing << QStringLiteral("a symbol such as ! or #");
    if (!missing.isEmpty())
        return refuse(QStringLiteral("The password lacks %1; add %2.")
                          .arg(missing.join(QStringLiteral(", ")),
                               missing.size() == 1 ? QStringLiteral("it") : QStringLiteral("them")));
    if (isCommon(password))
        return refuse(QStringLiteral("The password is one of the most common passwords (perhaps with digits or "
                                     "symbols added); choose one that is hard to guess, such as several unrelated "
                                     "words."));
    if (const QString run = findSequence(password.toLower()); !run.isEmpty())
        return refuse(QStringLiteral("The password contains the sequence \"%1\"; avoid runs of %2 or more "
                                     "consecutive letters, digits or keyboard keys.")
                          .arg(run)
                          .arg(RunLength));
    if (const QString repeated = findRepeat(password); !repeated.isEmpty())
        return refuse(QStringLiteral("The password repeats \"%1\" %2 or more times in a row; use varied characters.")
                          .arg(repeated)
                          .arg(RunLength));
    if (userName.size() >= 3 && password.contains(userName, Qt::CaseInsensitive))
        return refuse(QStringLiteral("The password contains the user name; choose one without it."));
    return {};
}

} // namespace Lexecon
