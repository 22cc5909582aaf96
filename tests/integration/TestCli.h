#pragma once

#include "CliRunner.h"

#include <QHash>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace Lexecon::Test {

// Runs the real lexecon-cli (SPEC section 7) the way a compliance engineer does: every row gets
// a fresh copy of one prepared workspace, and the test reads stdout JSON, stderr and exit codes.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void successPaths_data();
    void successPaths();
    void badInput_data();
    void badInput();
    void withoutWorkspace_data();
    void withoutWorkspace();
    void policyCheckNeedsNoWorkspace();
    void failsClosed_data();
    void failsClosed();
    void policyCheck_data();
    void policyCheck();
    void policySimulateListsChangedOutcomes();
    void claimedEscalationIsResolvedByItsClaimerOnly();
    void tokenOfApprovedEscalationVerifies();
    void nodeKeyMatchesOpenssl();
    void ledgerEntriesFormTheChain();
    void ledgerTamper_data();
    void ledgerTamper();
    void demoFillsAFreshWorkspace();
    void demoOnAnExistingWorkspace();
    void dataDirFromEnvironment();
    void apiKeyLifecycle();

private:
    CliResult cli(const QStringList &args) const { return m_cli->run(expand(args)); }
    QStringList expand(const QStringList &args) const;
    QString expand(QString text) const;
    void writeFile(const QString &name, const QByteArray &content) const;
    // Everything a command could change, as the CLI shows it.
    QByteArray snapshot() const;
    static void checkJson(const QJsonValue &json, const QStringList &checks);

    static QString examplePolicy();
    // The example policy with one more relation (JSON text) at the end of its relations.
    static QByteArray policyWith(const QByteArray &extraRelation);
    static bool copyTree(const QString &from, const QString &to);
    static QByteArray sha256Hex(const QByteArray &bytes);

    QTemporaryDir m_template;
    QHash<QString, QString> m_vars;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
};

} // namespace Lexecon::Test
