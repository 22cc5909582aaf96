#include "PolicyLoader.h"

#include "common/CanonicalJson.h"
#include "crypto/Sha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace Lexecon {

namespace {

// The six risk dimensions of SPEC section 2; metadata.risk floors must name one of them.
const QStringList &riskDimensions()
{
    static const QStringList dims = {QStringLiteral("security"),     QStringLiteral("privacy"),
                                     QStringLiteral("compliance"),   QStringLiteral("operational"),
                                     QStringLiteral("reputational"), QStringLiteral("financial")};
    return dims;
}

Error fail(const QString &path, const QString &what)
{
    return Error::invalid(path, path + QStringLiteral(": ") + what);
}

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

// Reads a string field that the two file shapes spell differently (term_id|id, ...).
// Absent gives an empty string; both spellings with different values is an error.
Result<QString> pickString(const QJsonObject &obj, const QString &path, const QString &primary, const QString &alias,
                           bool required)
{
    const QJsonValue a = obj.value(primary);
    const QJsonValue b = alias.isEmpty() ? QJsonValue(QJsonValue::Undefined) : obj.value(alias);
    const QString name = alias.isEmpty() ? primary : primary + QLatin1Char('|') + alias;
    for (const auto &[value, key] : {std::pair{a, primary}, std::pair{b, alias}}) {
        if (!value.isUndefined() && !value.isString())
            return fail(path + QLatin1Char('.') + key, QStringLiteral("must be a string, not %1").arg(describe(value)));
    }
    if (!a.isUndefined() && !b.isUndefined() && a.toString() != b.toString())
        return fail(path + QLatin1Char('.') + alias,
                    QStringLiteral("%1 says %2 but %3 says %4; give one of them")
                        .arg(primary, quoted(a.toString()), alias, quoted(b.toString())));
    const QString value = !a.isUndefined() ? a.toString() : b.toString();
    if (required && value.isEmpty())
        return fail(path + QLatin1Char('.') + (a.isUndefined() && !alias.isEmpty() ? alias : primary),
                    QStringLiteral("missing; send %1 as a non-empty string").arg(name));
    return value;
}

Result<QJsonObject> optionalObject(const QJsonObject &obj, const QString &path, const QString &key)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull())
        return QJsonObject();
    if (!v.isObject())
        return fail(path + QLatin1Char('.') + key, QStringLiteral("must be an object, not %1").arg(describe(v)));
    return v.toObject();
}

Result<void> checkRisk(const QJsonObject &metadata, const QString &path)
{
    const QJsonValue risk = metadata.value(QStringLiteral("risk"));
    if (risk.isUndefined())
        return {};
    const QString riskPath = path + QStringLiteral(".metadata.risk");
    if (!risk.isObject())
        return fail(riskPath, QStringLiteral("must be an object of dimension -> integer 0-100"));
    const QJsonObject floors = risk.toObject();
    for (auto it = floors.begin(); it != floors.end(); ++it) {
        const QString at = riskPath + QLatin1Char('.') + it.key();
        if (!riskDimensions().contains(it.key()))
            return fail(at, QStringLiteral("unknown risk dimension %1; use one of %2")
                                .arg(quoted(it.key()), riskDimensions().join(QStringLiteral(", "))));
        const double d = it.value().toDouble(-1);
        if (!it.value().isDouble() || d < 0 || d > 100 || d != double(int(d)))
            return fail(at, QStringLiteral("must be an integer from 0 to 100"));
    }
    return {};
}

class Reader
{
public:
    Result<Policy> read(const QJsonObject &root);

private:
    Result<void> readTerm(const QJsonValue &value, const QString &path);
    Result<void> readRelation(const QJsonValue &value, const QString &path);
    Result<QString> resolve(const QString &ref, const QString &path);

    Policy m_policy;
    QHash<QString, QString> m_definedAt;  // term id -> path of its definition
    QHash<QString, Term::Type> m_types;   // term id -> type
    QHash<QString, QStringList> m_bare;   // id as written without prefix -> full ids
    QHash<QString, QString> m_relationAt; // relation id -> path
};

Result<Policy> Reader::read(const QJsonObject &root)
{
    const QString rootPath = QStringLiteral("policy");
    auto name = pickString(root, rootPath, QStringLiteral("name"), {}, false);
    if (!name)
        return name.error();
    m_policy.name = *name;
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.isString())
        m_policy.version = version.toString();
    else if (version.isDouble())
        m_policy.version = QString::fromUtf8(CanonicalJson::formatNumber(version.toDouble()));
    else if (!version.isUndefined() && !version.isNull())
        return fail(QStringLiteral("version"), QStringLiteral("must be a string such as \"1.0.0\""));

    const QJsonValue mode = root.value(QStringLiteral("mode"));
    if (!mode.isUndefined() && !mode.isNull()) {
        const auto m = Policy::modeFromName(mode.toString());
        if (!mode.isString() || !m)
            return fail(QStringLiteral("mode"), QStringLiteral("unknown mode %1; send permissive, strict or paranoid")
                                                    .arg(mode.isString() ? quoted(mode.toString()) : describe(mode)));
        m_policy.mode = *m;
    }

    for (const QString key : {QStringLiteral("terms"), QStringLiteral("relations")}) {
        const QJsonValue list = root.value(key);
        if (!list.isUndefined() && !list.isArray())
            return fail(key, QStringLiteral("must be an array, not %1").arg(describe(list)));
    }
    const QJsonArray terms = root.value(QStringLiteral("terms")).toArray();
    for (qsizetype i = 0; i < terms.size(); ++i) {
        if (auto r = readTerm(terms.at(i), QStringLiteral("terms[%1]").arg(i)); !r)
            return r.error();
    }
    const QJsonArray relations = root.value(QStringLiteral("relations")).toArray();
    for (qsizetype i = 0; i < relations.size(); ++i) {
        if (auto r = readRelation(relations.at(i), QStringLiteral("relations[%1]").arg(i)); !r)
            return r.error();
    }
    return m_policy;
}

Result<void> Reader::readTerm(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return fail(path, QStringLiteral("must be an object, not %1").arg(describe(value)));
    const QJsonObject obj = value.toObject();
    auto id = pickString(obj, path, QStringLiteral("term_id"), QStringLiteral("id"), true);
    if (!id)
        return id.error();
    auto typeName = pickString(obj, path, QStringLiteral("term_type"), QStringLiteral("type"), true);
    if (!typeName)
        return typeName.error();
    const auto type = Term::typeFromName(*typeName);
    if (!type)
        return fail(
            path + (obj.contains(QStringLiteral("term_type")) ? QStringLiteral(".term_type") : QStringLiteral(".type")),
            QStringLiteral("unknown term type %1; use actor, action, data_class, resource or context")
                .arg(quoted(*typeName)));
    auto label = pickString(obj, path, QStringLiteral("label"), QStringLiteral("name"), false);
    if (!label)
        return label.error();
    auto description = pickString(obj, path, QStringLiteral("description"), {}, false);
    if (!description)
        return description.error();
    auto metadata = optionalObject(obj, path, QStringLiteral("metadata"));
    if (!metadata)
        return metadata.error();
    if (auto r = checkRisk(*metadata, path); !r)
        return r;

    Term term;
    term.type = *type;
    term.id = id->contains(QLatin1Char(':')) ? *id : Term::prefix(*type) + QLatin1Char(':') + *id;
    term.label = *label;
    term.description = *description;
    term.metadata = *metadata;
    if (const auto first = m_definedAt.constFind(term.id); first != m_definedAt.constEnd())
        return fail(path + QStringLiteral(".id"),
                    QStringLiteral("duplicate term id %1 (first defined at %2); ids must be unique")
                        .arg(quoted(term.id), *first));
    m_definedAt.insert(term.id, path);
    m_types.insert(term.id, term.type);
    if (term.id != *id)
        m_bare[*id].append(term.id);
    m_policy.terms.append(term);
    return {};
}

// A relation names terms by full id; a bare name written the same way in terms[] resolves too,
// so files whose terms omit prefixes keep working.
Result<QString> Reader::resolve(const QString &ref, const QString &path)
{
    if (m_definedAt.contains(ref))
        return ref;
    const QStringList candidates = m_bare.value(ref);
    if (candidates.size() == 1)
        return candidates.first();
    if (candidates.size() > 1)
        return fail(path, QStringLiteral("%1 is ambiguous (%2); write the full id")
                              .arg(quoted(ref), candidates.join(QStringLiteral(", "))));
    return fail(path, QStringLiteral("undefined term %1; define it under terms first").arg(quoted(ref)));
}

Result<void> Reader::readRelation(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return fail(path, QStringLiteral("must be an object, not %1").arg(describe(value)));
    const QJsonObject obj = value.toObject();
    auto typeName = pickString(obj, path, QStringLiteral("relation_type"), QStringLiteral("type"), true);
    if (!typeName)
        return typeName.error();
    const auto type = Relation::typeFromName(*typeName);
    if (!type)
        return fail(path + (obj.contains(QStringLiteral("relation_type")) ? QStringLiteral(".relation_type")
                                                                          : QStringLiteral(".type")),
                    QStringLiteral("unknown relation type %1; use permits, forbids, requires, implies or conflicts")
                        .arg(quoted(*typeName)));
    Relation rel;
    rel.type = *type;
    struct Slot
    {
        QString primary, alias;
        QString *out;
        bool required;
    };
    for (const Slot &slot : {Slot{QStringLiteral("source"), QStringLiteral("subject"), &rel.source, true},
                             Slot{QStringLiteral("target"), QStringLiteral("action"), &rel.target, true},
                             Slot{QStringLiteral("object"), {}, &rel.object, false}}) {
        auto ref = pickString(obj, path, slot.primary, slot.alias, slot.required);
        if (!ref)
            return ref.error();
        if (ref->isEmpty())
            continue;
        const QString at = path + QLatin1Char('.') + (obj.contains(slot.primary) ? slot.primary : slot.alias);
        auto id = resolve(*ref, at);
        if (!id)
            return id.error();
        *slot.out = *id;
    }
    if (!rel.object.isEmpty()) {
        const QString at = path + QStringLiteral(".object");
        if (rel.type != Relation::Type::Permits && rel.type != Relation::Type::Forbids)
            return fail(at, QStringLiteral("only permits and forbids take an object; remove it or split the relation"));
        const Term::Type objectType = m_types.value(rel.object);
        if (objectType != Term::Type::DataClass && objectType != Term::Type::Resource)
            return fail(at, QStringLiteral("%1 is a %2 term; the object must be a data_class or resource term")
                                .arg(quoted(rel.object), Term::typeName(objectType)));
    }
    auto justification = pickString(obj, path, QStringLiteral("justification"), {}, false);
    if (!justification)
        return justification.error();
    rel.justification = *justification;
    rel.conditions = obj.value(QStringLiteral("conditions"));
    if (rel.conditions.isUndefined())
        rel.conditions = QJsonValue::Null;
    auto metadata = optionalObject(obj, path, QStringLiteral("metadata"));
    if (!metadata)
        return metadata.error();
    rel.metadata = *metadata;
    auto id = pickString(obj, path, QStringLiteral("relation_id"), {}, false);
    if (!id)
        return id.error();
    rel.id = id->isEmpty() ? Relation::defaultId(rel.type, rel.source, rel.target, rel.object) : *id;
    if (const auto first = m_relationAt.constFind(rel.id); first != m_relationAt.constEnd())
        return fail(path + QStringLiteral(".relation_id"),
                    QStringLiteral("duplicate relation id %1 (also %2); give one of them its own relation_id")
                        .arg(quoted(rel.id), *first));
    m_relationAt.insert(rel.id, path);
    m_policy.relations.append(rel);
    return {};
}

// True when the text stops inside a string or an open object/array with nothing mismatched
// before: the usual sign of a file cut off in transfer, which deserves its own hint.
bool looksTruncated(const QByteArray &json)
{
    QByteArray open;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            open.append(c);
        } else if (c == '}' || c == ']') {
            if (open.isEmpty() || open.back() != (c == '}' ? '{' : '['))
                return false;
            open.chop(1);
        }
    }
    return inString || !open.isEmpty();
}

} // namespace

Result<Policy> PolicyLoader::load(const QByteArray &json)
{
    // Editors on Windows like to start UTF-8 files with a byte-order mark; JSON parsers do not.
    const QByteArray text = json.startsWith("\xEF\xBB\xBF") ? json.mid(3) : json;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const bool truncated = looksTruncated(text);
        return Error::invalid(
            QStringLiteral("policy"),
            QStringLiteral("policy: the file is not valid JSON at byte offset %1 (%2)%3")
                .arg(parseError.offset)
                .arg(parseError.errorString(),
                     truncated ? QStringLiteral("; it looks truncated, send the complete file") : QString()));
    }
    if (!doc.isObject())
        return Error::invalid(QStringLiteral("policy"),
                              QStringLiteral("policy: the file must hold one JSON object with terms and relations"));
    auto policy = Reader().read(doc.object());
    if (!policy)
        return policy.error();
    policy->canonical = CanonicalJson::serialize(doc.object());
    policy->hash = Sha256::hex(policy->canonical);
    return policy;
}

} // namespace Lexecon
