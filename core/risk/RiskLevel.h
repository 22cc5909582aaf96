#pragma once

#include <QString>
#include <QStringList>

namespace Lexecon::RiskLevel {

// The four levels of SPEC section 2. Escalation priorities use the same words, so one set of
// helpers serves both.
QString low();
QString medium();
QString high();
QString critical();

QStringList all(); // low .. critical, in rising order
// low 0-25, medium 26-50, high 51-75, critical 76-100 (scores outside 0-100 are clamped).
QString levelFor(int score);
// 0 for low .. 3 for critical; -1 for a word that is not a level. Compare ranks, never strings.
int rank(const QString &level);
bool isLevel(const QString &level);
// The next level up; critical stays critical. An unknown word is returned unchanged.
QString raised(const QString &level);

} // namespace Lexecon::RiskLevel
