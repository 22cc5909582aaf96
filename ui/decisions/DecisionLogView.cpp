#include "DecisionLogView.h"

#include "decision/DecisionLogModel.h"
#include "decision/DecisionStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace Lexecon::Ui {

DecisionLogView::DecisionLogView(std::shared_ptr<DecisionStore> store, QWidget *parent)
    : QWidget(parent), m_store(store)
{
    m_model = new DecisionLogModel(std::move(store), this);

    m_outcome = new QComboBox(this);
    m_outcome->setAccessibleName(tr("Outcome filter"));
    m_outcome->addItem(tr("All outcomes"), QString());
    m_outcome->addItem(tr("Approved"), QStringLiteral("approved"));
    m_outcome->addItem(tr("Denied"), QStringLiteral("denied"));
    m_outcome->addItem(tr("Pending review"), QStringLiteral("pending"));
    m_outcome->addItem(tr("Escalated"), QStringLiteral("escalated"));
    m_outcome->addItem(tr("Overridden"), QStringLiteral("overridden"));

    m_risk = new QComboBox(this);
    m_risk->setAccessibleName(tr("Risk level filter"));
    m_risk->addItem(tr("All risk levels"), QString());
    for (const char *level : {"low", "medium", "high", "critical"})
        m_risk->addItem(DecisionLogModel::riskLevelName(QString::fromLatin1(level)), QString::fromLatin1(level));

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search id, actor, action or resource"));
    m_search->setAccessibleName(tr("Search decisions"));
    m_search->setClearButtonEnabled(true);

    m_count = new QLabel(this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_outcome);
    filters->addWidget(m_risk);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Decision log"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(DecisionLogModel::Time, 140);
    m_table->setColumnWidth(DecisionLogModel::Decision, 275);
    m_table->setColumnWidth(DecisionLogModel::Actor, 130);
    m_table->setColumnWidth(DecisionLogModel::Action, 140);
    m_table->setColumnWidth(DecisionLogModel::Outcome, 170);
    m_table->setColumnWidth(DecisionLogModel::Risk, 110);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_outcome, &QComboBox::currentIndexChanged, this, &DecisionLogView::applyFilter);
    connect(m_risk, &QComboBox::currentIndexChanged, this, &DecisionLogView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &DecisionLogView::applyFilter);
    applyFilter();
}

void DecisionLogView::applyFilter()
{
    DecisionFilter f;
    f.outcome = m_outcome->currentData().toString();
    f.riskLevel = m_risk->currentData().toString();
    f.text = m_search->text().trimmed();
    m_model->setFilter(f);
    const auto total = m_store->count(f);
    m_count->setText(total ? tr("%n decision(s)", nullptr, int(*total)) : QString());
}

void DecisionLogView::reload()
{
    applyFilter();
}

} // namespace Lexecon::Ui
