#include "ComplianceCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace Lexecon {

namespace {

const char kPrimitiveFile[] = "primitive-mappings.json";
const char kCrossFile[] = "cross-framework-mappings.json";

Result<QJsonObject> readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::internal(QStringLiteral("Cannot read the compliance catalog %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error::internal(QStringLiteral("The compliance catalog %1 is not a JSON object: %2")
                                   .arg(path, parseError.errorString()));
    return doc.object();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// "soc2:CC6.1" -> ("soc2", "CC6.1"); the control part may itself hold spaces ("GOVERN 2").
bool splitRef(const QString &ref, QString &framework, QString &control)
{
    const qsizetype colon = ref.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == ref.size() - 1)
        return false;
    framework = ref.left(colon);
    control = ref.mid(colon + 1);
    return true;
}

} // namespace

QJsonObject ComplianceControl::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("group"), group}, {QStringLiteral("title"), title}};
}

const ComplianceControl *ComplianceFramework::control(const QString &controlId) const
{
    for (const ComplianceControl &c : controls) {
        if (c.id == controlId)
            return &c;
    }
    return nullptr;
}

QJsonObject ComplianceFramework::toJson(bool withControls) const
{
    QJsonObject o{{QStringLiteral("framework"), id},       {QStringLiteral("name"), name},
                  {QStringLiteral("version"), version},    {QStringLiteral("kind"), kind},
                  {QStringLiteral("source"), source},      {QStringLiteral("control_count"), int(controls.size())}};
    if (withControls) {
        QJsonArray list;
        for (const ComplianceControl &c : controls)
            list.append(c.toJson());
        o.insert(QStringLiteral("controls"), list);
    }
    return o;
}

QJsonObject CrossFrameworkMapping::toJson() const
{
    return {{QStringLiteral("source"), sourceFramework + QLatin1Char(':') + sourceControl},
            {QStringLiteral("target"), targetFramework + QLatin1Char(':') + targetControl},
            {QStringLiteral("relationship"), relationship}};
}

QStringList ComplianceCatalog::primitives()
{
    return {QStringLiteral("risk_assessment"),   QStringLiteral("escalation"),       QStringLiteral("override"),
            QStringLiteral("evidence_artifact"), QStringLiteral("decision_log"),     QStringLiteral("policy_evaluation"),
            QStringLiteral("capability_token"),  QStringLiteral("ledger_entry")};
}

QStringList ComplianceCatalog::relationships()
{
    return {QStringLiteral("equal"), QStringLiteral("subset"), QStringLiteral("superset"), QStringLiteral("intersect")};
}

Result<ComplianceCatalog> ComplianceCatalog::load()
{
    return loadFrom(QStringLiteral(":/compliance"));
}

Result<ComplianceCatalog> ComplianceCatalog::loadFrom(const QString &directory)
{
    ComplianceCatalog catalog;
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        if (file == QLatin1String(kPrimitiveFile) || file == QLatin1String(kCrossFile))
            continue;
        auto framework = parseFramework(dir.filePath(file));
        if (!framework)
            return framework.error();
        catalog.m_frameworks.append(*framework);
    }
    if (catalog.m_frameworks.isEmpty())
        return Error::internal(QStringLiteral("No compliance catalog was found in %1.").arg(directory));
    // The six frameworks of the original first, then the AI ones; anything else after, by name.
    const QStringList order{QStringLiteral("soc2"),     QStringLiteral("iso27001"), QStringLiteral("gdpr"),
                            QStringLiteral("hipaa"),    QStringLiteral("pci_dss"),  QStringLiteral("nist_csf"),
                            QStringLiteral("eu_ai_act"), QStringLiteral("iso42001"), QStringLiteral("nist_ai_rmf")};
    std::stable_sort(catalog.m_frameworks.begin(), catalog.m_frameworks.end(),
                     [&order](const ComplianceFramework &a, const ComplianceFramework &b) {
                         const qsizetype ia = order.contains(a.id) ? order.indexOf(a.id) : order.size();
                         const qsizetype ib = order.contains(b.id) ? order.indexOf(b.id) : order.size();
                         return ia < ib;
                     });
    if (auto links = catalog.parseLinks(dir.filePath(QLatin1String(kPrimitiveFile))); !links)
        return links.error();
    if (auto cross = catalog.parseCross(dir.filePath(QLatin1String(kCrossFile))); !cross)
        return cross.error();
    return catalog;
}

Result<ComplianceFramework> ComplianceCatalog::parseFramework(const QString &path)
{
    auto object = readObject(path);
    if (!object)
        return object.error();
    ComplianceFramework f;
    f.id = str(*object, "framework");
    f.name = str(*object, "name");
    f.version = str(*object, "version");
    f.kind = str(*object, "kind");
    f.source = str(*object, "source");
    if (f.id.isEmpty() || f.name.isEmpty())
        return Error::internal(QStringLiteral("The compliance catalog %1 needs \"framework\" and \"name\".").arg(path));
    for (const QJsonValue &v : object->value(QStringLiteral("controls")).toArray()) {
        const QJsonObject c = v.toObject();
        ComplianceControl control{str(c, "id"), str(c, "group"), str(c, "title")};
        if (control.id.isEmpty() || control.title.isEmpty())
            return Error::internal(QStringLiteral("A control in %1 lacks an \"id\" or a \"title\".").arg(path));
        f.controls.append(control);
    }
    return f;
}

Result<void> ComplianceCatalog::parseLinks(const QString &path)
{
    auto object = readObject(path);
    if (!object)
        return object.error();
    for (const QJsonValue &v : object->value(QStringLiteral("primitives")).toArray()) {
        const QJsonObject p = v.toObject();
        const QString primitive = str(p, "primitive");
        m_primitiveDescriptions.insert(primitive, str(p, "description"));
        for (const QJsonValue &c : p.value(QStringLiteral("controls")).toArray())
            m_links.append({primitive, str(c.toObject(), "framework"), str(c.toObject(), "control")});
    }
    return {};
}

Result<void> ComplianceCatalog::parseCross(const QString &path)
{
    auto object = readObject(path);
    if (!object)
        return object.error();
    for (const QJsonValue &v : object->value(QStringLiteral("mappings")).toArray()) {
        const QJsonObject m = v.toObject();
        CrossFrameworkMapping mapping;
        mapping.relationship = str(m, "relationship");
        // A malformed reference is kept with empty parts so problems() reports it.
        splitRef(str(m, "source"), mapping.sourceFramework, mapping.sourceControl);
        splitRef(str(m, "target"), mapping.targetFramework, mapping.targetControl);
        m_cross.append(mapping);
    }
    return {};
}

const ComplianceFramework *ComplianceCatalog::framework(const QString &frameworkId) const
{
    for (const ComplianceFramework &f : m_frameworks) {
        if (f.id == frameworkId)
            return &f;
    }
    return nullptr;
}

QStringList ComplianceCatalog::frameworkIds() const
{
    QStringList ids;
    for (const ComplianceFramework &f : m_frameworks)
        ids << f.id;
    return ids;
}

Result<ComplianceFramework> ComplianceCatalog::require(const QString &frameworkId) const
{
    if (const ComplianceFramework *f = framework(frameworkId))
        return *f;
    return Error::invalid(QStringLiteral("framework"), QStringLiteral("Unknown framework \"%1\"; use one of %2.")
                                                          .arg(frameworkId, frameworkIds().join(QStringLiteral(", "))));
}

QStringList ComplianceCatalog::primitivesFor(const QString &frameworkId, const QString &controlId) const
{
    QSet<QString> linked;
    for (const PrimitiveControlLink &l : m_links) {
        if (l.framework == frameworkId && l.control == controlId)
            linked.insert(l.primitive);
    }
    QStringList ordered;
    for (const QString &p : primitives()) {
        if (linked.contains(p))
            ordered << p;
    }
    return ordered;
}

QList<CrossFrameworkMapping> ComplianceCatalog::crossMappingsFor(const QString &frameworkId, const QString &controlId) const
{
    QList<CrossFrameworkMapping> out;
    for (const CrossFrameworkMapping &m : m_cross) {
        if ((m.sourceFramework == frameworkId && m.sourceControl == controlId)
            || (m.targetFramework == frameworkId && m.targetControl == controlId))
            out.append(m);
    }
    return out;
}

QStringList ComplianceCatalog::problems() const
{
    QStringList out;
    QSet<QString> frameworkIds;
    for (const ComplianceFramework &f : m_frameworks) {
        if (frameworkIds.contains(f.id))
            out << QStringLiteral("Framework %1 is defined twice.").arg(f.id);
        frameworkIds.insert(f.id);
        QSet<QString> ids;
        for (const ComplianceControl &c : f.controls) {
            if (ids.contains(c.id))
                out << QStringLiteral("Control %1 appears twice in %2.").arg(c.id, f.id);
            ids.insert(c.id);
        }
    }
    auto exists = [this](const QString &fw, const QString &control) {
        const ComplianceFramework *f = framework(fw);
        return f && f->control(control);
    };
    const QStringList known = primitives();
    for (const PrimitiveControlLink &l : m_links) {
        if (!known.contains(l.primitive))
            out << QStringLiteral("Primitive mapping names an unknown primitive \"%1\".").arg(l.primitive);
        if (!exists(l.framework, l.control))
            out << QStringLiteral("Primitive %1 is mapped to %2:%3, which is not in the catalog.")
                       .arg(l.primitive, l.framework, l.control);
    }
    for (const QString &p : known) {
        if (!m_primitiveDescriptions.contains(p))
            out << QStringLiteral("Primitive %1 has no mapping entry.").arg(p);
    }
    for (const CrossFrameworkMapping &m : m_cross) {
        if (!relationships().contains(m.relationship))
            out << QStringLiteral("Cross mapping %1:%2 -> %3:%4 has an unknown relationship \"%5\".")
                       .arg(m.sourceFramework, m.sourceControl, m.targetFramework, m.targetControl, m.relationship);
        if (!exists(m.sourceFramework, m.sourceControl))
            out << QStringLiteral("Cross mapping source %1:%2 is not in the catalog.").arg(m.sourceFramework, m.sourceControl);
        if (!exists(m.targetFramework, m.targetControl))
            out << QStringLiteral("Cross mapping target %1:%2 is not in the catalog.").arg(m.targetFramework, m.targetControl);
    }
    return out;
}

} // namespace Lexecon
