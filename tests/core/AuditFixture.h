#pragma once

#include "audit/PacketBuilder.h"
#include "audit/PacketRequestService.h"
#include "audit/PacketScope.h"
#include "common/Timestamp.h"
#include "audit/PacketWorkspace.h"
#include "auth/Principal.h"
#include "decision/DecisionStore.h"
#include "escalation/EscalationService.h"
#include "mock/MockClock.h"
#include "override/OverrideService.h"
#include "support/PolicyWorkspace.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace Lexecon::Test {

// A real workspace with a little of everything a packet holds: approved, denied and escalated
// decisions (one escalation resolved), an override, their evidence and interventions. The clock
// moves one minute per decision so that date ranges can split them.
struct AuditFixture
{
    QTemporaryDir dir;
    MockClock clock;
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<PacketRequestService> requests;
    QStringList decisions;
    qint64 startMs = 0;

    void open(int count = 12)
    {
        auto opened = openPolicyWorkspace(dir.filePath(QStringLiteral("ws")), clock);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        ws = std::move(opened).value();
        requests = std::make_unique<PacketRequestService>(ws->database(), ws->ledger(), clock);
        startMs = clock.nowMs();
        const QStringList actions{QStringLiteral("search_kb"), QStringLiteral("reply_customer"), QStringLiteral("delete_record")};
        for (int i = 0; i < count; ++i) {
            clock.advanceMinutes(1);
            decisions << decideAsSupportBot(*ws, actions.at(i % 3), i % 4 == 3);
        }
        const Principal officer = Principal::user(QStringLiteral("olga"), Role::ComplianceOfficer);
        auto open = ws->escalations().list({});
        QVERIFY(open.ok() && !open->isEmpty());
        auto resolved = ws->escalations().resolve(open->first().escalationId, QStringLiteral("denied"),
                                                  QStringLiteral("The caller could not be verified."), officer);
        QVERIFY2(resolved.ok(), qPrintable(resolved.error().message));
        auto denied = ws->decisionStore()->get(decisions.at(2));
        QVERIFY(denied.ok());
        auto overridden = ws->overrides().create(decisions.at(2), OverrideType::HumanReview, OverrideScope::SingleDecision,
                                                 QStringLiteral("The customer asked for erasure in writing; verified."),
                                                 QString(), std::nullopt, officer);
        QVERIFY2(overridden.ok(), qPrintable(overridden.error().message));
    }

    PacketBuilder builder(PdfRenderer pdf = {}) { return PacketBuilder(packetSources(*ws, requests.get()), std::move(pdf)); }
    QString path(const QString &name) const { return dir.filePath(name); }
};

} // namespace Lexecon::Test
