#include "compliance/ComplianceCatalog.h"
#include "compliance/ControlStatus.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

// The built-in catalogs: each parses, ids are unique, counts are what the frameworks publish,
// and every mapping names controls that exist.
class TestComplianceCatalog : public QObject
{
    Q_OBJECT

    ComplianceCatalog m_catalog;

    // A copy of the built-in files in dir, with one file's JSON changed by edit.
    static void copyCatalog(const QString &dir, const QString &changedFile, const std::function<void(QJsonObject &)> &edit)
    {
        const QDir source(QStringLiteral(":/compliance"));
        for (const QString &name : source.entryList(QDir::Files)) {
            QFile in(source.filePath(name));
            QVERIFY(in.open(QIODevice::ReadOnly));
            QJsonObject object = QJsonDocument::fromJson(in.readAll()).object();
            if (name == changedFile)
                edit(object);
            QFile out(QDir(dir).filePath(name));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QJsonDocument(object).toJson());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto catalog = ComplianceCatalog::load();
        QVERIFY2(catalog.ok(), qPrintable(catalog.error().message));
        m_catalog = *catalog;
    }

    void everyFrameworkIsThere()
    {
        const QStringList ids = m_catalog.frameworkIds();
        for (const char *id : {"soc2", "iso27001", "gdpr", "hipaa", "pci_dss", "nist_csf", "eu_ai_act", "iso42001",
                               "nist_ai_rmf"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
        QCOMPARE(ids.size(), 9);
        QCOMPARE(ids.first(), QStringLiteral("soc2"));
        QCOMPARE(ids.last(), QStringLiteral("nist_ai_rmf"));
    }

    void controlCounts_data()
    {
        QTest::addColumn<QString>("framework");
        QTest::addColumn<int>("minimum");
        QTest::addColumn<int>("maximum");
        QTest::newRow("ISO 27001:2022 Annex A has 93") << "iso27001" << 93 << 93;
        QTest::newRow("SOC 2 points CC1.1..P8.1") << "soc2" << 61 << 61;
        QTest::newRow("GDPR relevant articles") << "gdpr" << 20 << 40;
        QTest::newRow("HIPAA 164.308-316 standards") << "hipaa" << 18 << 25;
        QTest::newRow("PCI DSS 12 requirements and more") << "pci_dss" << 30 << 80;
        QTest::newRow("NIST CSF 6 functions, 22 categories") << "nist_csf" << 28 << 28;
        QTest::newRow("EU AI Act articles and Annex IV") << "eu_ai_act" << 15 << 15;
        QTest::newRow("ISO 42001 Annex A") << "iso42001" << 38 << 40;
        QTest::newRow("NIST AI RMF 4 functions, 19 categories") << "nist_ai_rmf" << 23 << 80;
    }
    void controlCounts()
    {
        QFETCH(QString, framework);
        QFETCH(int, minimum);
        QFETCH(int, maximum);
        const ComplianceFramework *f = m_catalog.framework(framework);
        QVERIFY(f);
        QVERIFY2(f->controls.size() >= minimum && f->controls.size() <= maximum,
                 qPrintable(QStringLiteral("%1 has %2 controls").arg(framework).arg(f->controls.size())));
        QVERIFY(!f->name.isEmpty());
        QSet<QString> ids;
        for (const ComplianceControl &c : f->controls) {
            QVERIFY2(!ids.contains(c.id), qPrintable(c.id));
            ids.insert(c.id);
            QVERIFY(!c.title.isEmpty());
            QVERIFY(!c.group.isEmpty());
        }
    }

    void namedControlsExist_data()
    {
        QTest::addColumn<QString>("framework");
        QTest::addColumn<QString>("control");
        QTest::newRow("CC6.1") << "soc2" << "CC6.1";
        QTest::newRow("PI1.1") << "soc2" << "PI1.1";
        QTest::newRow("ISO 5.1") << "iso27001" << "5.1";
        QTest::newRow("ISO 8.34") << "iso27001" << "8.34";
        QTest::newRow("HIPAA audit controls") << "hipaa" << "164.312(b)";
        QTest::newRow("PCI 10") << "pci_dss" << "10";
        QTest::newRow("CSF GV.OC") << "nist_csf" << "GV.OC";
        QTest::newRow("AI Act Art. 14") << "eu_ai_act" << "Art.14";
        QTest::newRow("AI Act Annex IV") << "eu_ai_act" << "AnnexIV";
        QTest::newRow("42001 A.10.4") << "iso42001" << "A.10.4";
        QTest::newRow("RMF MANAGE 4") << "nist_ai_rmf" << "MANAGE 4";
    }
    void namedControlsExist()
    {
        QFETCH(QString, framework);
        QFETCH(QString, control);
        QVERIFY(m_catalog.framework(framework)->control(control));
    }

    void builtInMappingsAreSound()
    {
        const QStringList problems = m_catalog.problems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // Every primitive backs at least one control in every framework.
        for (const QString &primitive : ComplianceCatalog::primitives()) {
            QSet<QString> frameworks;
            for (const PrimitiveControlLink &l : m_catalog.primitiveLinks()) {
                if (l.primitive == primitive)
                    frameworks.insert(l.framework);
            }
            QCOMPARE(frameworks.size(), 9);
        }
        QVERIFY(m_catalog.crossMappings().size() >= 20);
        QCOMPARE(m_catalog.primitivesFor(QStringLiteral("eu_ai_act"), QStringLiteral("Art.14")),
                 QStringList({QStringLiteral("escalation"), QStringLiteral("override")}));
    }

    // A typo in a mapped control id is caught, not silently ignored.
    void typoInPrimitiveMappingIsAProblem()
    {
        QTemporaryDir dir;
        copyCatalog(dir.path(), QStringLiteral("primitive-mappings.json"), [](QJsonObject &o) {
            QJsonArray primitives = o.value(QStringLiteral("primitives")).toArray();
            QJsonObject first = primitives.at(0).toObject();
            QJsonArray controls = first.value(QStringLiteral("controls")).toArray();
            controls.append(QJsonObject{{QStringLiteral("framework"), QStringLiteral("soc2")},
                                        {QStringLiteral("control"), QStringLiteral("CC6.9")}});
            first.insert(QStringLiteral("controls"), controls);
            primitives.replace(0, first);
            o.insert(QStringLiteral("primitives"), primitives);
        });
        auto catalog = ComplianceCatalog::loadFrom(dir.path());
        QVERIFY(catalog.ok());
        const QStringList problems = catalog->problems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QLatin1String("soc2:CC6.9")), qPrintable(problems.first()));
    }

    void badCrossMappingIsAProblem()
    {
        QTemporaryDir dir;
        copyCatalog(dir.path(), QStringLiteral("cross-framework-mappings.json"), [](QJsonObject &o) {
            QJsonArray mappings = o.value(QStringLiteral("mappings")).toArray();
            mappings.append(QJsonObject{{QStringLiteral("source"), QStringLiteral("iso27001:5.38")},
                                        {QStringLiteral("target"), QStringLiteral("soc2:CC6.1")},
                                        {QStringLiteral("relationship"), QStringLiteral("overlaps")}});
            o.insert(QStringLiteral("mappings"), mappings);
        });
        auto catalog = ComplianceCatalog::loadFrom(dir.path());
        QVERIFY(catalog.ok());
        const QString all = catalog->problems().join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("iso27001:5.38")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("overlaps")), qPrintable(all));
    }

    void duplicateControlIsAProblem()
    {
        QTemporaryDir dir;
        copyCatalog(dir.path(), QStringLiteral("gdpr.json"), [](QJsonObject &o) {
            QJsonArray controls = o.value(QStringLiteral("controls")).toArray();
            controls.append(controls.at(0));
            o.insert(QStringLiteral("controls"), controls);
        });
        auto catalog = ComplianceCatalog::loadFrom(dir.path());
        QVERIFY(catalog.ok());
        QVERIFY(catalog->problems().join(QLatin1Char(' ')).contains(QLatin1String("appears twice in gdpr")));
    }

    void unknownFrameworkNamesTheKnownOnes()
    {
        auto r = m_catalog.require(QStringLiteral("sox"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("framework"));
        QVERIFY(r.error().message.contains(QLatin1String("iso27001")));
    }

    void combine_data()
    {
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << QStringList{} << "not_implemented";
        QTest::newRow("all verified") << QStringList{"verified", "verified"} << "verified";
        QTest::newRow("verified and implemented") << QStringList{"verified", "implemented"} << "implemented";
        QTest::newRow("one missing") << QStringList{"implemented", "not_implemented"} << "partially_implemented";
        QTest::newRow("all missing") << QStringList{"not_implemented", "not_implemented"} << "not_implemented";
        QTest::newRow("a failure wins") << QStringList{"verified", "non_compliant"} << "non_compliant";
    }
    void combine()
    {
        QFETCH(QStringList, statuses);
        QFETCH(QString, expected);
        QList<ControlStatus> list;
        for (const QString &s : statuses)
            list << *ControlStatuses::fromName(s);
        QCOMPARE(ControlStatuses::name(ControlStatuses::combine(list)), expected);
    }
};

QTEST_GUILESS_MAIN(TestComplianceCatalog)
#include "TestComplianceCatalog.moc"
