#include "DecisionDetailPane.h"

#include "common/Clock.h"
#include "decision/DecisionLogModel.h"
#include "decision/DecisionService.h"
#include "escalation/EscalationQueueModel.h"
#include "escalation/EscalationService.h"
#include "evidence/EvidenceStore.h"
#include "override/OverrideService.h"
#include "responsibility/ResponsibilityTracker.h"
#include "token/CapabilityToken.h"
#include "token/TokenStore.h"
#include "widgets/DetailHtml.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Lexecon::Ui {

namespace {

QString outcomeName(const QString &outcome)
{
    if (outcome == QLatin1String("approved"))
        return DecisionDetailPane::tr("approved");
    if (outcome == QLatin1String("denied"))
        return DecisionDetailPane::tr("denied");
    if (outcome == QLatin1String("escalated"))
        return DecisionDetailPane::tr("escalated");
    if (outcome == QLatin1String("pending"))
        return DecisionDetailPane::tr("pending review");
    return outcome;
}

// One line of the history; sorted by time, ties kept in the order they were added (cause first).
struct Event
{
    qint64 ms = 0;
    QString text;
};

} // namespace

DecisionDetailPane::DecisionDetailPane(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_body = new QTextBrowser(this);
    m_body->setAccessibleName(tr("Decision details"));
    m_body->setOpenLinks(false);

    // The token authorizes the action: it is never shown in clear, only copied on request.
    m_copyToken = new QPushButton(tr("Copy &token"), this);
    m_copyToken->setAccessibleName(tr("Copy the capability token to the clipboard"));
    connect(m_copyToken, &QPushButton::clicked, this, [this] {
        if (!m_token.isEmpty())
            QApplication::clipboard()->setText(m_token);
    });

    m_buttons = new QHBoxLayout;
    m_buttons->addStretch(1);
    m_buttons->addWidget(m_copyToken);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);
    layout->addLayout(m_buttons);
    clear();
}

void DecisionDetailPane::clear()
{
    m_decisionId.clear();
    m_token.clear();
    m_title->setText(tr("Select a decision to see its request, reasons, risk and history."));
    m_body->clear();
    m_copyToken->setEnabled(false);
}

void DecisionDetailPane::addButtonFor(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setAccessibleName(action->text().remove(QLatin1Char('&')));
    m_buttons->insertWidget(m_buttons->indexOf(m_copyToken), button);
}

QString DecisionDetailPane::text() const
{
    return m_title->text() + QLatin1Char('\n') + m_body->toPlainText();
}

void DecisionDetailPane::showDecision(const QString &decisionId)
{
    if (decisionId.isEmpty()) {
        clear();
        return;
    }
    const bool same = decisionId == m_decisionId;
    auto record = m_workspace.decisions().get(decisionId);
    if (!record) {
        clear();
        m_decisionId = decisionId;
        m_title->setText(tr("The decision %1 cannot be read: %2").arg(decisionId, record.error().message));
        return;
    }
    m_decisionId = decisionId;
    m_token = record->capabilityToken;
    m_copyToken->setEnabled(!m_token.isEmpty());
    const QJsonObject rendered = m_workspace.decisions().render(*record);
    m_title->setText(tr("%1 by %2: %3")
                         .arg(record->request.action, record->request.actor,
                              outcomeName(rendered.value(QStringLiteral("final_outcome")).toString())));
    // Refreshing the same decision (new events arrived) keeps the reader's place.
    const int scrolled = same ? m_body->verticalScrollBar()->value() : 0;
    m_body->setHtml(requestHtml(*record, rendered) + historyHtml(*record) + tokenHtml(*record));
    m_body->verticalScrollBar()->setValue(scrolled);
}

QString DecisionDetailPane::requestHtml(const DecisionRecord &record, const QJsonObject &rendered)
{
    const DecisionRequest &r = record.request;
    QString html = htmlHeading(tr("Request")) + QStringLiteral("<table>");
    html += htmlRow(tr("Decision"), record.decisionId) + htmlRow(tr("Time"), localTimeText(record.createdMs));
    html += htmlRow(tr("Actor"), r.actor) + htmlRow(tr("Action"), r.action);
    html += htmlRow(tr("Resource"), r.resource.isEmpty() ? tr("none") : r.resource);
    html += htmlRow(tr("Tool"), r.tool.isEmpty() ? tr("none") : r.tool);
    html +=
        htmlRow(tr("Data classes"), r.dataClasses.isEmpty() ? tr("none") : r.dataClasses.join(QStringLiteral(", ")));
    if (!r.intent.isEmpty())
        html += htmlRow(tr("Intent"), r.intent);
    for (auto it = r.context.begin(); it != r.context.end(); ++it) {
        const QJsonValue v = it.value();
        const QString shown =
            v.isObject()  ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
            : v.isArray() ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                          : v.toVariant().toString();
        html += htmlRow(tr("Context: %1").arg(it.key()), shown);
    }
    if (!r.requestId.isEmpty())
        html += htmlRow(tr("Request id"), r.requestId);
    html += htmlRow(tr("Asked by"), record.requester);
    html += htmlRow(tr("Outcome"), outcomeName(record.outcome));
    html += htmlRow(tr("Outcome in effect"), outcomeName(rendered.value(QStringLiteral("final_outcome")).toString()));
    html +=
        htmlRow(tr("Policy"), record.policyHash.isEmpty() ? tr("none")
                                                          : tr("version %1 (%2), hash %3…")
                                                                .arg(record.policyVersion)
                                                                .arg(record.policyMode, record.policyHash.left(16)));
    html += QStringLiteral("</table>");

    html += htmlHeading(tr("Reason trace"));
    html += reasonTraceHtml(record.reasons, tr("No policy relation matched."));

    html +=
        htmlHeading(tr("Risk: %1 (%2)").arg(DecisionLogModel::riskLevelName(record.riskLevel)).arg(record.riskScore));
    const QJsonObject dimensions = record.risk.value(QStringLiteral("dimensions")).toObject();
    if (dimensions.isEmpty()) {
        html += htmlParagraph(tr("No risk dimension was given."));
    } else {
        html += QStringLiteral("<table>");
        for (auto it = dimensions.begin(); it != dimensions.end(); ++it)
            // The dimension words are translated once, for the queue's pane; the same words serve here.
            html += htmlRow(QCoreApplication::translate("Lexecon::Ui::EscalationDetailPane", qPrintable(it.key())),
                            QString::number(it.value().toInt()));
        html += QStringLiteral("</table>");
    }
    return html;
}

QString DecisionDetailPane::historyHtml(const DecisionRecord &record)
{
    QList<Event> events;
    events.append({record.createdMs, tr("Decided: %1 (risk %2, %3)")
                                         .arg(outcomeName(record.outcome))
                                         .arg(record.riskScore)
                                         .arg(DecisionLogModel::riskLevelName(record.riskLevel))});
    QStringList problems;

    if (auto chain = m_workspace.escalations().forDecision(record.decisionId)) {
        for (const Escalation &e : std::as_const(*chain)) {
            const QString tier =
                tr("tier %1, %2 priority").arg(e.tier).arg(EscalationQueueModel::priorityName(e.priority));
            events.append({e.createdAtMs, tr("Escalation %1 opened (%2); SLA deadline %3")
                                              .arg(e.escalationId, tier, localTimeText(e.slaDeadlineMs))});
            if (e.warnedAtMs > 0)
                events.append({e.warnedAtMs, tr("Escalation %1: SLA warning").arg(e.escalationId)});
            if (e.breachedAtMs > 0)
                events.append({e.breachedAtMs, tr("Escalation %1: SLA breached").arg(e.escalationId)});
            if (e.claimedAtMs > 0)
                events.append({e.claimedAtMs, tr("Escalation %1 claimed by %2").arg(e.escalationId, e.claimedBy)});
            if (e.outcome == Escalation::deferred() && e.isOpen())
                events.append({e.resolvedAtMs > 0 ? e.resolvedAtMs : e.createdAtMs,
                               tr("Escalation %1 deferred — “%2”").arg(e.escalationId, e.reason)});
            else if (!e.outcome.isEmpty())
                events.append({e.resolvedAtMs, tr("Escalation %1 resolved: %2 by %3 — “%4”")
                                                   .arg(e.escalationId, EscalationQueueModel::outcomeName(e.outcome),
                                                        e.resolvedBy, e.reason)});
        }
    } else {
        problems << chain.error().message;
    }

    if (auto overrides = m_workspace.overrides().forDecision(record.decisionId)) {
        for (const Override &o : std::as_const(*overrides)) {
            QString line =
                tr("Override %1 (%2, %3) by %4: %5 → %6 — “%7”")
                    .arg(o.overrideId, Overrides::typeName(o.type), Overrides::scopeName(o.scope), o.createdBy,
                         outcomeName(o.originalOutcome), outcomeName(o.newOutcome), o.justification);
            line += QLatin1Char(' ') + (o.expiresAt.isEmpty()
                                            ? tr("(no expiry)")
                                            : tr("(expires %1)").arg(localTimeText(timestampMs(o.expiresAt))));
            events.append({timestampMs(o.createdAt), line});
            if (o.isRevoked())
                events.append({timestampMs(o.revokedAt),
                               tr("Override %1 revoked by %2 — “%3”").arg(o.overrideId, o.revokedBy, o.revokeReason)});
        }
    } else {
        problems << overrides.error().message;
    }

    if (auto artifacts = m_workspace.evidence().forDecision(record.decisionId)) {
        for (const EvidenceArtifact &a : std::as_const(*artifacts))
            events.append({timestampMs(a.createdAt),
                           tr("Evidence %1 (%2, %3 bytes, SHA-256 %4…) by %5")
                               .arg(a.title.isEmpty() ? a.artifactId : a.title, EvidenceTypes::name(a.type))
                               .arg(a.size)
                               .arg(a.sha256.left(12), a.createdBy)});
    } else {
        problems << artifacts.error().message;
    }

    if (auto chain = m_workspace.responsibility().forDecision(record.decisionId)) {
        for (const ResponsibilityRecord &r : std::as_const(*chain))
            events.append(
                {timestampMs(r.createdAt), tr("Responsible: %1 (%2, %3)")
                                               .arg(r.decisionMaker, Responsibility::makerTypeName(r.makerType),
                                                    Responsibility::levelName(r.level))});
    } else {
        problems << chain.error().message;
    }

    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.ms < b.ms; });
    QString html = htmlHeading(tr("History")) + QStringLiteral("<table>");
    for (const Event &e : std::as_const(events))
        html += htmlRow(localTimeText(e.ms), e.text);
    html += QStringLiteral("</table>");
    for (const QString &p : std::as_const(problems))
        html += htmlParagraph(tr("Part of the history cannot be read: %1").arg(p));
    return html;
}

QString DecisionDetailPane::tokenHtml(const DecisionRecord &record)
{
    QString html = htmlHeading(tr("Capability token")) + QStringLiteral("<table>");
    if (record.capabilityToken.isEmpty() && record.tokenId.isEmpty()) {
        html += htmlRow(tr("Token"), tr("none issued"));
    } else {
        html += htmlRow(tr("Token id (jti)"), record.tokenId);
        if (auto parsed = CapabilityToken::parse(record.capabilityToken)) {
            const qint64 exp = parsed->payload.value(QStringLiteral("exp")).toInteger();
            const bool expired = exp * 1000 <= m_workspace.clock().nowMs();
            html += htmlRow(tr("Expires"),
                            expired ? tr("%1 (expired)").arg(localTimeText(exp * 1000)) : localTimeText(exp * 1000));
        }
        auto revoked = m_workspace.tokens().isRevoked(record.tokenId);
        html += htmlRow(tr("Revoked"), !revoked ? revoked.error().message : *revoked ? tr("yes") : tr("no"));
    }
    html += QStringLiteral("</table>") + htmlHeading(tr("Ledger")) + QStringLiteral("<table>");
    if (record.ledgerIndex < 0) {
        html += htmlRow(tr("Entry"), tr("not recorded"));
    } else {
        html += htmlRow(tr("Entry"), QString::number(record.ledgerIndex));
        html += htmlRow(tr("Entry hash"), record.entryHash);
    }
    return html + QStringLiteral("</table>");
}

} // namespace Lexecon::Ui
