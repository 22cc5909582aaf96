#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringView>

#include <string>

namespace Lexecon {

// Writes the bytes QJsonDocument::toJson(QJsonDocument::Compact) writes (keys in QJsonObject's
// order, Qt's escapes and number spellings) into one std::string, the type cpp-httplib sends,
// without building a document. The intake answers every request with JSON; Qt's writer was
// about 14 µs of a decision's response, most of it reallocations. TestCompactJson pins the bytes
// against Qt's.
class CompactJson
{
public:
    static std::string write(const QJsonObject &object);

    static void append(std::string &out, const QJsonObject &object);
    static void append(std::string &out, const QJsonArray &array);
    static void append(std::string &out, const QJsonValue &value);
    // A JSON string in quotes: \" \\ \b \f \n \r \t, other controls as \u00xx, the rest as
    // UTF-8; an unpaired surrogate as \uxxxx (Qt's choice).
    static void appendString(std::string &out, QStringView text);
};

} // namespace Lexecon
