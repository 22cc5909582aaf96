#pragma once

#include <QJsonObject>
#include <QWidget>

class QTextBrowser;

namespace Lexecon::Ui {

// EU AI Act Art. 14 in numbers: the OversightReport of the last 30 days as tables — response
// times against the SLA by priority, override and escalation rates, and each reviewer's load.
class OversightPane : public QWidget
{
    Q_OBJECT
public:
    explicit OversightPane(QWidget *parent = nullptr);

    void setReport(const QJsonObject &report);
    void showProblem(const QString &message);
    QString text() const;

private:
    QString durationText(const QJsonValue &ms) const;
    QString percentText(const QJsonValue &fraction) const;

    QTextBrowser *m_browser = nullptr;
};

} // namespace Lexecon::Ui
