#pragma once

#include <QJsonObject>
#include <QString>

namespace Lexecon {

// One stored policy version as the CLI, the UI and decision records show it.
struct PolicyVersionInfo
{
    int version = 0;
    QString hash;
    QString mode;
    QString name;
    QString loadedAt; // RFC 3339 ms Z: when this content was first stored
    QString loadedBy; // ledger actor of whoever first stored it
    int relationCount = 0;
    int termCount = 0;
    bool active = false;

    // {"version","hash","mode","name","loaded_at","loaded_by","relation_count","term_count","active"}
    QJsonObject toJson() const;
};

} // namespace Lexecon
