#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// German and French are complete: every message has a finished translation, and the compiled
// catalogues are in the program and used.
class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("de") << QStringLiteral(LEXECON_SOURCE_DIR "/translations/lexecon_de.ts");
        QTest::newRow("fr") << QStringLiteral(LEXECON_SOURCE_DIR "/translations/lexecon_fr.ts");
    }
    void everyMessageIsTranslated()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        int messages = 0;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                QVERIFY2(type != QLatin1String("unfinished") && type != QLatin1String("vanished")
                             && type != QLatin1String("obsolete"),
                         qPrintable(QStringLiteral("%1: \"%2\" is %3").arg(file, source, type)));
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                QVERIFY2(!text.trimmed().isEmpty(), qPrintable(QStringLiteral("%1: \"%2\" has no translation").arg(file, source)));
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 20);
    }

    void compiledCataloguesAreEmbedded()
    {
        QTranslator de;
        QVERIFY(de.load(QStringLiteral(":/i18n/lexecon_de.qm")));
        QCOMPARE(de.translate("Lexecon::Ui::MainWindow", "Decisions"), QStringLiteral("Entscheidungen"));
        QTranslator fr;
        QVERIFY(fr.load(QStringLiteral(":/i18n/lexecon_fr.qm")));
        QCOMPARE(fr.translate("Lexecon::Ui::MainWindow", "Decisions"), QStringLiteral("Décisions"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
