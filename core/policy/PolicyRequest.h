#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Lexecon {

// What the engine is asked (SPEC section 1, Evaluation): every value is matched exactly
// against the terms of its slot; context keys name context terms.
struct PolicyRequest
{
    QString actor;
    QString action;
    QString resource; // empty: none
    QStringList dataClasses;
    QJsonObject context;
};

} // namespace Lexecon
