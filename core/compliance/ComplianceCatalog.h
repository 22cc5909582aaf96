#pragma once

#include "common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lexecon {

// One control of a framework: its published identifier and a short title in our own words.
struct ComplianceControl
{
    QString id;    // "CC6.1", "8.15", "Art.14", "164.312(b)", "GOVERN 2"
    QString group; // the family it sits in: "CC6 Logical and physical access"
    QString title;

    QJsonObject toJson() const;
};

struct ComplianceFramework
{
    QString id;      // soc2, iso27001, gdpr, hipaa, pci_dss, nist_csf, eu_ai_act, iso42001, nist_ai_rmf
    QString name;    // "ISO/IEC 27001:2022 Annex A"
    QString version; // "2022"
    QString kind;    // security | privacy | ai
    QString source;  // the publication the identifiers come from
    QList<ComplianceControl> controls;

    const ComplianceControl *control(const QString &controlId) const;
    QJsonObject toJson(bool withControls = false) const;
};

// A governance primitive providing evidence for a control.
struct PrimitiveControlLink
{
    QString primitive; // decision_log, ...
    QString framework;
    QString control;
};

// NIST IR 8477 set-theory relationship between two controls: source <relationship> target.
struct CrossFrameworkMapping
{
    QString sourceFramework;
    QString sourceControl;
    QString targetFramework;
    QString targetControl;
    QString relationship; // equal | subset | superset | intersect

    QJsonObject toJson() const;
};

// The framework catalogs, the primitive-to-control links and the cross-framework mappings, all
// data under resources/compliance (a Qt resource, :/compliance). Immutable once loaded; copy freely.
class ComplianceCatalog
{
public:
    // The eight governance primitives of the catalogue.
    static QStringList primitives();
    static QStringList relationships(); // equal, subset, superset, intersect

    // Loads the built-in catalog from :/compliance. A malformed file is an error naming it.
    static Result<ComplianceCatalog> load();
    // The same from a folder of the same files (tests, a site's own catalog).
    static Result<ComplianceCatalog> loadFrom(const QString &directory);

    // soc2, iso27001, gdpr, hipaa, pci_dss, nist_csf, eu_ai_act, iso42001, nist_ai_rmf.
    QList<ComplianceFramework> frameworks() const { return m_frameworks; }
    const ComplianceFramework *framework(const QString &frameworkId) const;
    QStringList frameworkIds() const;
    // The framework or an InvalidInput error that lists the known ones.
    Result<ComplianceFramework> require(const QString &frameworkId) const;

    QList<PrimitiveControlLink> primitiveLinks() const { return m_links; }
    QString primitiveDescription(const QString &primitive) const { return m_primitiveDescriptions.value(primitive); }
    // The primitives linked to one control, in primitives() order.
    QStringList primitivesFor(const QString &frameworkId, const QString &controlId) const;
    QList<CrossFrameworkMapping> crossMappings() const { return m_cross; }
    // Mappings that name this control on either side.
    QList<CrossFrameworkMapping> crossMappingsFor(const QString &frameworkId, const QString &controlId) const;

    // Integrity of the data: duplicate ids, links and mappings naming a framework, control,
    // primitive or relationship that does not exist. One sentence per problem; empty when sound.
    QStringList problems() const;

private:
    static Result<ComplianceFramework> parseFramework(const QString &path);
    Result<void> parseLinks(const QString &path);
    Result<void> parseCross(const QString &path);

    QList<ComplianceFramework> m_frameworks;
    QList<PrimitiveControlLink> m_links;
    QHash<QString, QString> m_primitiveDescriptions;
    QList<CrossFrameworkMapping> m_cross;
};

} // namespace Lexecon
