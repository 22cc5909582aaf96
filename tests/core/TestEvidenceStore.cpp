#include "auth/Principal.h"
#include "common/Timestamp.h"
#include "common/Ulid.h"
#include "evidence/EvidenceStore.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerVerifier.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/StoreFixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

class TestEvidenceStore : public QObject
{
    Q_OBJECT

    Test::StoreFixture m_fx;
    std::unique_ptr<EvidenceStore> m_store;
    const Principal m_officer = Principal::user(QStringLiteral("olivia"), Role::ComplianceOfficer);

    qint64 rowCount() { return m_fx.rowCount(QStringLiteral("evidence_artifacts")); }
    int fileCount()
    {
        int n = 0;
        QDirIterator it(m_fx.dir->filePath(QStringLiteral("evidence")), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++n;
        }
        return n;
    }
    QString decisionId() { return Ulid::make(QStringLiteral("dec_"), m_fx.clock); }
    // Content one byte over the inline limit: it goes to a content-addressed file.
    static QByteArray large(const QByteArray &seed)
    {
        QByteArray out = seed.repeated(int(EvidenceStore::InlineMaxBytes / seed.size()) + 1);
        out.truncate(int(EvidenceStore::InlineMaxBytes) + 1);
        return out;
    }
    bool contentIsNull(const QString &artifactId)
    {
        QSqlDatabase conn = m_fx.db->connection();
        auto q = Sql::exec(conn, QStringLiteral("SELECT content IS NULL FROM evidence_artifacts WHERE artifact_id = ?"),
                           {artifactId});
        return q && q->next() && q->value(0).toInt() == 1;
    }
    QByteArray storedContentColumn(const QString &artifactId)
    {
        QSqlDatabase conn = m_fx.db->connection();
        auto q = Sql::exec(conn, QStringLiteral("SELECT content FROM evidence_artifacts WHERE artifact_id = ?"),
                           {artifactId});
        return q && q->next() ? q->value(0).toByteArray() : QByteArray("<no row>");
    }

private Q_SLOTS:
    void init()
    {
        m_fx.clock.setMs(1795341600000); // 2026-11-22T10:00:00Z
        m_store.reset();
        auto opened = m_fx.open();
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::make_unique<EvidenceStore>(m_fx.db, *m_fx.ledger, m_fx.clock, m_fx.dir->path());
    }

    void smallContentIsStoredInTheRow()
    {
        const QByteArray content("{\"outcome\":\"approved\"}");
        const QString dec = decisionId();
        auto a = m_store->store(EvidenceType::DecisionLog, content, QStringLiteral("application/json"), dec,
                                QStringLiteral("Decision log"), m_officer);
        QVERIFY2(a.ok(), qPrintable(a.error().message));
        QVERIFY(a->storedInline);
        QCOMPARE(fileCount(), 0); // no file, no fsync of its own: it commits with the ledger entry
        QCOMPARE(storedContentColumn(a->artifactId), content);
        auto back = m_store->get(a->artifactId);
        QVERIFY(back.ok());
        QVERIFY(back->storedInline);
        QVERIFY(back->inlineContent.isEmpty()); // read on demand, not with every listing
        QCOMPARE(back->sha256, QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(*m_store->content(a->artifactId), content);
        QVERIFY(m_store->verify(a->artifactId).ok());
        QVERIFY(m_store->verifyAll()->ok);
        QVERIFY(QDir(m_fx.dir->filePath(QStringLiteral("evidence"))).exists());
    }

    void inlineLimit_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("inlined");
        QTest::newRow("empty") << 0 << true;
        QTest::newRow("at the limit") << int(EvidenceStore::InlineMaxBytes) << true;
        QTest::newRow("one over") << int(EvidenceStore::InlineMaxBytes) + 1 << false;
    }
    void inlineLimit()
    {
        QFETCH(int, size);
        QFETCH(bool, inlined);
        const QByteArray content(size, 'e');
        auto a = m_store->store(EvidenceType::AuditTrail, content, QStringLiteral("text/plain"), {}, {}, m_officer);
        QVERIFY2(a.ok(), qPrintable(a.error().message));
        QCOMPARE(a->storedInline, inlined);
        QCOMPARE(m_store->get(a->artifactId)->storedInline, inlined);
        QCOMPARE(fileCount(), inlined ? 0 : 1);
        QCOMPARE(contentIsNull(a->artifactId), !inlined);
        QCOMPARE(m_store->content(a->artifactId)->size(), size);
        QVERIFY(m_store->verify(a->artifactId).ok());
    }

    void largeContentGoesToAContentAddressedFile()
    {
        const QByteArray content = large("{\"outcome\":\"approved\"}");
        const QString dec = decisionId();
        auto a = m_store->store(EvidenceType::DecisionLog, content, QStringLiteral("application/json"), dec,
                                QStringLiteral("Decision log"), m_officer);
        QVERIFY2(a.ok(), qPrintable(a.error().message));
        QVERIFY(Ulid::isValid(a->artifactId, QStringLiteral("evd_")));
        QVERIFY(!a->storedInline);
        QVERIFY(contentIsNull(a->artifactId));
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        QCOMPARE(a->sha256, sha);
        QCOMPARE(a->size, content.size());
        const QString path =
            m_fx.dir->filePath(QStringLiteral("evidence/") + sha.left(2) + QLatin1Char('/') + sha.mid(2));
        QCOMPARE(m_store->pathFor(sha), path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);

        auto back = m_store->get(a->artifactId);
        QVERIFY(back.ok());
        QCOMPARE(back->decisionId, dec);
        QCOMPARE(back->createdBy, QStringLiteral("user:olivia"));
        QCOMPARE(back->title, QStringLiteral("Decision log"));
        QCOMPARE(back->createdAt, Timestamp::format(m_fx.clock.nowMs()));
        QCOMPARE(*m_store->content(a->artifactId), content);

        // One ledger entry; it carries a salted commitment to the content, not its plain hash or the title.
        auto entry = LedgerStore(m_fx.db).entry(back->ledgerIndex);
        QVERIFY(entry.ok());
        QCOMPARE(entry->type, QStringLiteral("evidence_stored"));
        QCOMPARE(entry->payload.value(QStringLiteral("artifact_id")).toString(), a->artifactId);
        QCOMPARE(entry->payload.value(QStringLiteral("content_commitment")).toString(), back->commitment);
        QVERIFY(!entry->payload.contains(QStringLiteral("sha256")));
        QVERIFY(!entry->canonical.contains(sha.toLatin1()));
        QVERIFY(!entry->canonical.contains("Decision log"));
        QCOMPARE(m_fx.ledgerSize(), 2);
    }

    void identicalContentIsStoredOnce()
    {
        const QByteArray content = large("the same bytes");
        auto a = m_store->store(EvidenceType::Screenshot, content, QStringLiteral("image/png"), {}, {}, m_officer);
        auto b = m_store->store(EvidenceType::AuditTrail, content, QStringLiteral("text/plain"), {}, {}, m_officer);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->artifactId != b->artifactId);
        QCOMPARE(a->sha256, b->sha256);
        QCOMPARE(fileCount(), 1);
        QCOMPARE(rowCount(), 2);
        QVERIFY(m_store->store(EvidenceType::AuditTrail, large("other"), QStringLiteral("text/plain"), {}, {}, m_officer)
                    .ok());
        QCOMPARE(fileCount(), 2);
    }

    void contentLimit_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty") << 0 << true;
        QTest::newRow("below") << 1023 << true;
        QTest::newRow("at limit") << 1024 << true;
        QTest::newRow("one over") << 1025 << false;
        QTest::newRow("far over") << 5000 << false;
    }
    void contentLimit()
    {
        QFETCH(int, size);
        QFETCH(bool, accepted);
        EvidenceStore small(m_fx.db, *m_fx.ledger, m_fx.clock, m_fx.dir->path(), 1024);
        const qint64 rowsBefore = rowCount();
        const qint64 ledgerBefore = m_fx.ledgerSize();
        auto a = small.store(EvidenceType::ExternalReport, QByteArray(size, 'x'), QStringLiteral("application/pdf"), {},
                             {}, m_officer);
        QCOMPARE(a.ok(), accepted);
        if (accepted) {
            QCOMPARE(rowCount(), rowsBefore + 1);
            return;
        }
        QCOMPARE(a.error().code, Error::Code::InvalidInput);
        QCOMPARE(a.error().field, QStringLiteral("content"));
        QVERIFY2(a.error().message.contains(QString::number(size)), qPrintable(a.error().message));
        QVERIFY(a.error().message.contains(QLatin1String("1024")));
        QCOMPARE(rowCount(), rowsBefore);
        QCOMPARE(m_fx.ledgerSize(), ledgerBefore);
        QCOMPARE(fileCount(), 0);
    }

    void defaultLimitIs100MB()
    {
        QCOMPARE(EvidenceStore::DefaultMaxContentBytes, qint64(104857600));
        QCOMPARE(m_store->maxContentBytes(), EvidenceStore::DefaultMaxContentBytes);
    }

    void retentionPerType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("years");
        QTest::newRow("decision_log") << "decision_log" << 10;
        QTest::newRow("policy_snapshot") << "policy_snapshot" << 10;
        QTest::newRow("screenshot") << "screenshot" << 7;
        QTest::newRow("attestation") << "attestation" << 10;
        QTest::newRow("signature") << "signature" << 10;
        QTest::newRow("audit_trail") << "audit_trail" << 10;
        QTest::newRow("external_report") << "external_report" << 10;
    }
    void retentionPerType()
    {
        QFETCH(QString, type);
        QFETCH(int, years);
        const auto t = EvidenceTypes::fromName(type);
        QVERIFY(t.has_value());
        QCOMPARE(EvidenceTypes::name(*t), type);
        auto a = m_store->store(*t, "x", QStringLiteral("text/plain"), {}, {}, m_officer);
        QVERIFY(a.ok());
        // The mock clock starts at 2026-11-22T10:00:00Z.
        QCOMPARE(a->retentionUntil, QStringLiteral("%1-11-22T10:00:00.000Z").arg(2026 + years));
        QCOMPARE(m_store->get(a->artifactId)->retentionUntil, a->retentionUntil);
    }

    void allSevenTypesAreKnown()
    {
        QCOMPARE(EvidenceTypes::all().size(), 7);
        QVERIFY(!EvidenceTypes::fromName(QStringLiteral("video")).has_value());
    }

    void invalidInput_data()
    {
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<QString>("decision");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("field");
        QTest::newRow("no media type") << ""
                                       << ""
                                       << ""
                                       << "media_type";
        QTest::newRow("media type without subtype") << "json"
                                                    << ""
                                                    << ""
                                                    << "media_type";
        QTest::newRow("decision id of another kind") << "text/plain"
                                                     << "esc_01JD0000000000000000000000"
                                                     << ""
                                                     << "decision_id";
        QTest::newRow("decision id garbage") << "text/plain"
                                             << "42"
                                             << ""
                                             << "decision_id";
        QTest::newRow("title too long") << "text/plain"
                                        << "" << QString(201, QLatin1Char('t')) << "title";
    }
    void invalidInput()
    {
        QFETCH(QString, mediaType);
        QFETCH(QString, decision);
        QFETCH(QString, title);
        QFETCH(QString, field);
        auto a = m_store->store(EvidenceType::Attestation, "x", mediaType, decision, title, m_officer);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().code, Error::Code::InvalidInput);
        QCOMPARE(a.error().field, field);
        QCOMPARE(rowCount(), 0);
        QCOMPARE(m_fx.ledgerSize(), 1);
    }

    void storePermission_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("viewer") << "viewer" << false;
        QTest::newRow("auditor") << "auditor" << false;
        QTest::newRow("compliance_officer") << "compliance_officer" << true;
        QTest::newRow("admin") << "admin" << true;
        QTest::newRow("system") << "system" << true;
    }
    void storePermission()
    {
        QFETCH(QString, who);
        QFETCH(bool, allowed);
        const Principal p = who == QLatin1String("system")
                                ? Principal::system()
                                : Principal::user(QStringLiteral("u"), *Roles::fromName(who));
        auto a = m_store->store(EvidenceType::Screenshot, "png", QStringLiteral("image/png"), {}, {}, p);
        QCOMPARE(a.ok(), allowed);
        QCOMPARE(rowCount(), allowed ? 1 : 0);
        QCOMPARE(m_fx.ledgerSize(), allowed ? 2 : 1);
        if (!allowed) {
            QCOMPARE(a.error().code, Error::Code::Forbidden);
            QVERIFY(a.error().message.contains(QLatin1String("resolve_escalation")));
            QCOMPARE(fileCount(), 0);
        }
    }

    void verifyNamesAlteredAndMissingFiles()
    {
        auto good =
            m_store->store(EvidenceType::DecisionLog, large("good"), QStringLiteral("text/plain"), {}, {}, m_officer);
        auto altered =
            m_store->store(EvidenceType::Screenshot, large("altered"), QStringLiteral("image/png"), {}, {}, m_officer);
        auto missing =
            m_store->store(EvidenceType::AuditTrail, large("missing"), QStringLiteral("text/plain"), {}, {}, m_officer);
        QVERIFY(good.ok() && altered.ok() && missing.ok());
        QVERIFY(m_store->verify(good->artifactId).ok());
        QVERIFY(m_store->verifyAll()->ok);

        QFile f(m_store->pathFor(altered->sha256));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("tampered");
        f.close();
        QVERIFY(QFile::remove(m_store->pathFor(missing->sha256)));

        QVERIFY(m_store->verify(good->artifactId).ok());
        auto a = m_store->verify(altered->artifactId);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().code, Error::Code::Integrity);
        QVERIFY(a.error().message.contains(altered->artifactId));
        QVERIFY2(a.error().message.contains(QLatin1String("altered")), qPrintable(a.error().message));
        auto m = m_store->verify(missing->artifactId);
        QVERIFY(!m.ok());
        QVERIFY(m.error().message.contains(missing->artifactId));
        QVERIFY2(m.error().message.contains(QLatin1String("missing")), qPrintable(m.error().message));
        QCOMPARE(m_store->content(altered->artifactId).error().code, Error::Code::Integrity);
        QCOMPARE(m_store->verify(QStringLiteral("evd_unknown")).error().code, Error::Code::NotFound);

        qint64 calls = 0;
        auto all = m_store->verifyAll([&](qint64 done, qint64 total) {
            ++calls;
            return done <= total;
        });
        QVERIFY(all.ok());
        QVERIFY(!all->ok);
        QCOMPARE(all->checked, 3);
        QCOMPARE(calls, 3);
        QCOMPARE(all->badArtifacts, QStringList({altered->artifactId, missing->artifactId}));
        QCOMPARE(all->problems.size(), 2);

        auto cancelled = m_store->verifyAll([](qint64, qint64) { return false; });
        QVERIFY(cancelled->cancelled);
        QCOMPARE(cancelled->checked, 1);
    }

    void verifyNamesAlteredInlineContent()
    {
        auto good = m_store->store(EvidenceType::DecisionLog, "good", QStringLiteral("text/plain"), {}, {}, m_officer);
        auto altered = m_store->store(EvidenceType::AuditTrail, "as recorded", QStringLiteral("text/plain"), {}, {},
                                      m_officer);
        auto file =
            m_store->store(EvidenceType::Screenshot, large("file"), QStringLiteral("image/png"), {}, {}, m_officer);
        QVERIFY(good.ok() && altered.ok() && file.ok());
        QVERIFY(altered->storedInline && !file->storedInline);
        // Someone with write access to the database file gets past the append-only trigger.
        QSqlDatabase conn = m_fx.db->connection();
        QVERIFY(Sql::exec(conn, QStringLiteral("DROP TRIGGER evidence_artifacts_no_update")).ok());
        QVERIFY(Sql::exec(conn, QStringLiteral("UPDATE evidence_artifacts SET content = ? WHERE artifact_id = ?"),
                          {QByteArray("as forged!!"), altered->artifactId})
                    .ok());

        QVERIFY(m_store->verify(good->artifactId).ok());
        auto v = m_store->verify(altered->artifactId);
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, Error::Code::Integrity);
        QVERIFY(v.error().message.contains(altered->artifactId));
        QVERIFY2(v.error().message.contains(QLatin1String("database row has been altered")), qPrintable(v.error().message));
        QCOMPARE(m_store->content(altered->artifactId).error().code, Error::Code::Integrity);
        auto all = m_store->verifyAll();
        QVERIFY(all.ok());
        QVERIFY(!all->ok);
        QCOMPARE(all->checked, 3);
        QCOMPARE(all->badArtifacts, QStringList({altered->artifactId}));
    }

    void inlineContentMustMatchItsSize()
    {
        QSqlDatabase conn = m_fx.db->connection();
        auto r = Sql::exec(conn,
                           QStringLiteral("INSERT INTO evidence_artifacts (artifact_id, type, sha256, size, media_type, "
                                          "created_at, created_by, retention_until, title, content) "
                                          "VALUES ('evd_x', 'audit_trail', 'x', 3, 'text/plain', 't', 'u', 't', 't', ?)"),
                           {QByteArray("four")});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("length(content) = size")), qPrintable(r.error().message));
        QCOMPARE(rowCount(), 0);
    }

    void storingAgainRepairsAnAlteredFile()
    {
        auto a =
            m_store->store(EvidenceType::DecisionLog, large("original"), QStringLiteral("text/plain"), {}, {}, m_officer);
        QFile f(m_store->pathFor(a->sha256));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("xx");
        f.close();
        QVERIFY(!m_store->verify(a->artifactId).ok());
        QVERIFY(m_store->store(EvidenceType::DecisionLog, large("original"), QStringLiteral("text/plain"), {}, {}, m_officer)
                    .ok());
        QVERIFY(m_store->verify(a->artifactId).ok());
    }

    void tableIsAppendOnly_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("update") << "UPDATE evidence_artifacts SET sha256 = 'x'";
        QTest::newRow("update inline content") << "UPDATE evidence_artifacts SET content = X'00'";
        // Marking it anonymized does not open a general update: the facts stay fixed.
        QTest::newRow("anonymize and change its type")
            << "UPDATE evidence_artifacts SET anonymized_at = 'x', content = NULL, salt = NULL, sha256 = '', "
               "title = '', type = 'screenshot'";
        QTest::newRow("anonymize but keep the content")
            << "UPDATE evidence_artifacts SET anonymized_at = 'x', salt = NULL, sha256 = '', title = ''";
        QTest::newRow("delete") << "DELETE FROM evidence_artifacts";
    }
    void tableIsAppendOnly()
    {
        QFETCH(QString, sql);
        auto a = m_store->store(EvidenceType::Signature, "sig", QStringLiteral("application/octet-stream"), {}, {},
                                m_officer);
        QVERIFY(a.ok());
        QSqlDatabase conn = m_fx.db->connection();
        auto r = Sql::exec(conn, sql);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("append-only")), qPrintable(r.error().message));
        QCOMPARE(m_store->get(a->artifactId)->sha256, a->sha256);
        QCOMPARE(*m_store->content(a->artifactId), QByteArray("sig"));
    }

    void listsByDecisionAndType()
    {
        const QString d1 = decisionId();
        const QString d2 = decisionId();
        QVERIFY(m_store->store(EvidenceType::DecisionLog, "1", QStringLiteral("text/plain"), d1, {}, m_officer).ok());
        m_fx.clock.advanceSeconds(1);
        QVERIFY(m_store->store(EvidenceType::Screenshot, "2", QStringLiteral("image/png"), d1, {}, m_officer).ok());
        QVERIFY(m_store->store(EvidenceType::DecisionLog, "3", QStringLiteral("text/plain"), d2, {}, m_officer).ok());
        QVERIFY(m_store->store(EvidenceType::PolicySnapshot, "4", QStringLiteral("application/json"), {}, {}, m_officer)
                    .ok());

        auto forD1 = m_store->forDecision(d1);
        QCOMPARE(forD1->size(), 2);
        QCOMPARE(forD1->at(0).type, EvidenceType::DecisionLog);
        QCOMPARE(forD1->at(1).type, EvidenceType::Screenshot);
        QCOMPARE(m_store->list()->size(), 4);
        EvidenceFilter logs;
        logs.type = EvidenceType::DecisionLog;
        QCOMPARE(m_store->list(logs)->size(), 2);
        logs.decisionId = d2;
        QCOMPARE(m_store->list(logs)->size(), 1);
        EvidenceFilter page;
        page.limit = 2;
        page.offset = 3;
        QCOMPARE(m_store->list(page)->size(), 1);
    }

    void prepareThenStoreInsideAnotherAppend()
    {
        const QString dec = decisionId();
        auto prepared = m_store->prepare(EvidenceType::DecisionLog, "{}", QStringLiteral("application/json"), dec, {},
                                         Principal::system());
        QVERIFY(prepared.ok());
        QCOMPARE(rowCount(), 0); // prepare stores no row
        EvidenceArtifact artifact = *prepared;
        auto entry = m_fx.ledger->append({QStringLiteral("decision"),
                                          QStringLiteral("system"),
                                          {},
                                          [&](QSqlDatabase &conn, const LedgerEntry &e) -> Result<void> {
                                              artifact.ledgerIndex = e.index;
                                              return m_store->storeInTransaction(conn, artifact);
                                          }});
        QVERIFY(entry.ok());
        QCOMPARE(m_store->get(artifact.artifactId)->ledgerIndex, entry->index);
        QCOMPARE(m_store->forDecision(dec)->size(), 1);

        // A failed append stores nothing.
        auto again = m_store->prepare(EvidenceType::DecisionLog, "{}", QStringLiteral("application/json"), dec, {},
                                      Principal::system());
        auto failed = m_fx.ledger->append({QStringLiteral("decision"),
                                           QStringLiteral("system"),
                                           {},
                                           [&](QSqlDatabase &conn, const LedgerEntry &) -> Result<void> {
                                               if (auto r = m_store->storeInTransaction(conn, *again); !r)
                                                   return r;
                                               return Error::conflict(QStringLiteral("later step failed"));
                                           }});
        QVERIFY(!failed.ok());
        QCOMPARE(rowCount(), 1);
        QCOMPARE(m_fx.ledgerSize(), 2);
    }

    void ledgerVerifiesAfterwards()
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(m_store
                        ->store(EvidenceType::AuditTrail, QByteArray::number(i), QStringLiteral("text/plain"), {}, {},
                                m_officer)
                        .ok());
        auto report = LedgerVerifier(m_fx.db).verify();
        QVERIFY(report.ok());
        QVERIFY2(report->ok, qPrintable(report->problem));
        QCOMPARE(report->entries, 6);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceStore)
#include "TestEvidenceStore.moc"
