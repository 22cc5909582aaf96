#include "compliance/TechnicalDocumentation.h"
#include "mock/MockClock.h"
#include "support/PolicyWorkspace.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

// Art. 11 documentation generated from a workspace: every catalogue section, in both renderings,
// with the workspace's own facts in it and nothing unescaped in the HTML.
class TestTechnicalDocumentation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MockClock m_clock{1795334400000};
    std::unique_ptr<Workspace> m_ws;
    TechnicalDocument m_doc;

private Q_SLOTS:
    void initTestCase()
    {
        auto ws = Test::openPolicyWorkspace(m_dir.path(), m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
        Test::decideAsSupportBot(*m_ws, QStringLiteral("search_kb"));
        Test::decideAsSupportBot(*m_ws, QStringLiteral("read_ticket"), true);
        auto doc = TechnicalDocumentation::generate(*m_ws);
        QVERIFY2(doc.ok(), qPrintable(doc.error().message));
        m_doc = *doc;
    }

    void everySection_data()
    {
        QTest::addColumn<QString>("key");
        for (const QString &key : TechnicalDocumentation::sectionKeys())
            QTest::newRow(qPrintable(key)) << key;
    }
    void everySection()
    {
        QFETCH(QString, key);
        const TechnicalDocumentSection *s = m_doc.section(key);
        QVERIFY(s);
        QVERIFY(!s->paragraphs.isEmpty() || !s->facts.isEmpty() || !s->bullets.isEmpty());
        QVERIFY2(m_doc.toMarkdown().contains(QStringLiteral("## ") + s->title), qPrintable(s->title));
        QVERIFY(m_doc.toHtml().contains(QStringLiteral("<section id=\"%1\">").arg(key)));
    }

    void catalogueSectionsComeFirstInOrder()
    {
        QCOMPARE(m_doc.sections.size(), 9);
        QCOMPARE(m_doc.sections.at(0).key, QStringLiteral("general_description"));
        QCOMPARE(m_doc.sections.at(7).key, QStringLiteral("known_limitations"));
    }

    void factsComeFromTheWorkspace()
    {
        const QString md = m_doc.toMarkdown();
        QVERIFY(md.contains(QLatin1String("| Decisions recorded | 2 |")));
        QVERIFY(md.contains(QLatin1String("support_bot")));
        QVERIFY(md.contains(m_ws->nodeId()));
        QVERIFY(md.contains(QLatin1String("| Escalations | 1 |")));
        QVERIFY(md.contains(QLatin1String("| Escalation rate | 50.0% |")));
        QVERIFY(md.contains(QLatin1String("Version 1 ")));
    }

    void htmlIsStandaloneAndEscaped()
    {
        TechnicalDocument doc = m_doc;
        doc.sections[0].facts.append(qMakePair(QStringLiteral("Note"), QStringLiteral("<script>alert(1)</script> & co")));
        const QString html = doc.toHtml();
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(!html.contains(QLatin1String("<script>")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co")));
        QVERIFY(!html.contains(QLatin1String("http://")) && !html.contains(QLatin1String("https://")));
        QVERIFY(html.trimmed().endsWith(QLatin1String("</html>")));
    }
};

QTEST_GUILESS_MAIN(TestTechnicalDocumentation)
#include "TestTechnicalDocumentation.moc"
