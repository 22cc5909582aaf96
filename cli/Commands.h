#pragma once

#include <QStringList>

namespace Lexecon {
class OffsetClock;
class Workspace;
}

// One function per command group of SPEC section 7. Each takes the words after the group
// name, prints JSON on success and returns the exit code.
namespace Lexecon::Cli {

int initCommand(Workspace &ws, const QStringList &words);
int policyCommand(Workspace &ws, const QStringList &words);
// `policy check FILE`: static analysis of a file; no workspace is opened.
int policyCheckCommand(const QStringList &words);
int decideCommand(Workspace &ws, const QStringList &words);
int decisionCommand(Workspace &ws, const QStringList &words);
int escalationCommand(Workspace &ws, const QStringList &words);
int overrideCommand(Workspace &ws, const QStringList &words);
int tokenCommand(Workspace &ws, const QStringList &words);
int userCommand(Workspace &ws, const QStringList &words);
// `auth check NAME --password-file F [--totp CODE | --backup-code C]`: exit 0 signed in, 1 refused.
int authCommand(Workspace &ws, const QStringList &words);
int apiKeyCommand(Workspace &ws, const QStringList &words);
int ledgerCommand(Workspace &ws, const QStringList &words);
// `ledger verify-proof FILE --key VKEY`: needs nothing but the key, so no workspace is opened.
int ledgerVerifyProofCommand(const QStringList &words);
int nodeCommand(Workspace &ws, const QStringList &words);
// `serve`: the HTTP intake until SIGINT/SIGTERM (SPEC section 6).
int serveCommand(Workspace &ws, const QStringList &words);
// `packet build|request|approve|reject|list|show|verify` (SPEC sections 7 and 8).
int packetCommand(Workspace &ws, const QStringList &words);
// `packet verify FILE`: needs only the packet, so no workspace is opened.
int packetVerifyCommand(const QStringList &words);
// `compliance frameworks|status|gaps|set|soc2-map|oversight|techdoc|snapshot` (docs/cli.md).
int complianceCommand(Workspace &ws, const QStringList &words);
// `retention status|run|holds|hold|release|verify` (EU AI Act Art. 12 record keeping, docs/cli.md).
int retentionCommand(Workspace &ws, const QStringList &words);
// `erase subject SUBJECT --by USER` (GDPR Art. 17, docs/cli.md).
int eraseCommand(Workspace &ws, const QStringList &words);
// The demo walks clock (the workspace's own) from a month ago to now.
int demoCommand(Workspace &ws, OffsetClock &clock, const QStringList &words);

} // namespace Lexecon::Cli
