#include "decision/DecisionCsvWriter.h"

#include <QBuffer>
#include <QTest>

using namespace Lexecon;

namespace {

// A small RFC 4180 reader, independent of the writer, to prove the file reads back as written.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

DecisionRecord sample(const QString &actor, const QString &action, const QString &resource)
{
    DecisionRecord r;
    r.decisionId = QStringLiteral("dec_01JD0000000000000000000001");
    r.timestamp = QStringLiteral("2026-11-22T10:00:00.000Z");
    r.request.actor = actor;
    r.request.action = action;
    r.request.resource = resource;
    r.outcome = QStringLiteral("escalated");
    r.finalOutcome = QStringLiteral("approved");
    r.riskScore = 70;
    r.riskLevel = QStringLiteral("high");
    r.policyVersion = 3;
    r.policyHash = QString(64, QLatin1Char('a'));
    r.escalationId = QStringLiteral("esc_01JD0000000000000000000001");
    r.ledgerIndex = 42;
    r.entryHash = QString(64, QLatin1Char('b'));
    return r;
}

} // namespace

class TestDecisionCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesAndNeutralizesFields_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("support_bot") << QStringLiteral("support_bot");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("line1\nline2") << QStringLiteral("\"line1\nline2\"");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("formula =") << QStringLiteral("=HYPERLINK(\"x\")")
                                   << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("formula +") << QStringLiteral("+1+1") << QStringLiteral("'+1+1");
        QTest::newRow("formula -") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("formula tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("formula and comma") << QStringLiteral("=1,2") << QStringLiteral("\"'=1,2\"");
        QTest::newRow("equals inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("unicode") << QStringLiteral("Gerät ü €") << QStringLiteral("Gerät ü €");
    }

    void quotesAndNeutralizesFields()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(DecisionCsvWriter::field(value), written);
    }

    void writesTheHeaderAndRows()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        DecisionCsvWriter writer(&buffer);
        QVERIFY(writer.writeHeader());
        QVERIFY(writer.writeRecord(sample(QStringLiteral("support_bot"), QStringLiteral("read"), QString())));
        const QByteArray csv = buffer.data();
        QVERIFY(csv.startsWith("decision_id,timestamp,actor,action,resource,outcome,final_outcome,risk_score,"
                               "risk_level,policy_version,escalation_id,ledger_index,entry_hash\r\n"));
        QVERIFY(csv.endsWith("\r\n"));
        QCOMPARE(csv.count("\r\n"), 2);
        const QList<QStringList> rows = parseCsv(csv);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].size(), 13);
        QCOMPARE(rows[1][0], QStringLiteral("dec_01JD0000000000000000000001"));
        QCOMPARE(rows[1][4], QString()); // no resource
        QCOMPARE(rows[1][6], QStringLiteral("approved"));
        QCOMPARE(rows[1][7], QStringLiteral("70"));
        QCOMPARE(rows[1][9], QStringLiteral("3"));
        QCOMPARE(rows[1][11], QStringLiteral("42"));
    }

    void leavesUnknownNumbersEmpty()
    {
        DecisionRecord r = sample(QStringLiteral("a"), QStringLiteral("b"), QString());
        r.policyHash.clear(); // decided without a policy
        r.ledgerIndex = -1;   // the fail-closed denial of last resort
        const QStringList cells = DecisionCsvWriter::cells(r);
        QCOMPARE(cells.at(9), QString());
        QCOMPARE(cells.at(11), QString());
    }

    void roundTripsHostileValues_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("resource");
        QTest::newRow("commas and quotes") << QStringLiteral("bot, \"the\" one") << QStringLiteral("db,table");
        QTest::newRow("line breaks") << QStringLiteral("multi\nline") << QStringLiteral("a\r\nb");
        QTest::newRow("non-ascii") << QStringLiteral("Bürobot ☃") << QStringLiteral("données");
    }

    void roundTripsHostileValues()
    {
        QFETCH(QString, actor);
        QFETCH(QString, resource);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        DecisionCsvWriter writer(&buffer);
        writer.writeHeader();
        writer.writeRecord(sample(actor, QStringLiteral("read"), resource));
        writer.writeRecord(sample(QStringLiteral("second"), QStringLiteral("write"), QString()));
        const QList<QStringList> rows = parseCsv(buffer.data());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0], DecisionCsvWriter::columns());
        QCOMPARE(rows[1][2], actor);
        QCOMPARE(rows[1][4], resource);
        QCOMPARE(rows[2][2], QStringLiteral("second"));
    }

    void roundTripKeepsTheApostropheOfAFormula()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        DecisionCsvWriter writer(&buffer);
        writer.writeRecord(sample(QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("read"), QString()));
        const QList<QStringList> rows = parseCsv(buffer.data());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0][2], QStringLiteral("'=cmd|' /C calc'!A0"));
    }
};

QTEST_GUILESS_MAIN(TestDecisionCsvWriter)
#include "TestDecisionCsvWriter.moc"
