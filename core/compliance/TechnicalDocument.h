#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Lexecon {

// One section of the Art. 11 documentation: prose and a table of facts.
struct TechnicalDocumentSection
{
    QString key;   // general_description, intended_purpose, design, development, data,
                   // human_oversight, accuracy_metrics, known_limitations, evidence_chain
    QString title; // "1. General description"
    QStringList paragraphs;
    QList<QPair<QString, QString>> facts; // label, value
    QStringList bullets;
};

// The generated technical documentation and its renderings. PDF is made elsewhere from toHtml().
struct TechnicalDocument
{
    QString title;
    QString generatedAt; // RFC 3339
    QString nodeId;
    QList<TechnicalDocumentSection> sections;

    QString toMarkdown() const;
    // A standalone HTML5 page (inline CSS, no external resources), every value escaped.
    QString toHtml() const;
    QJsonObject toJson() const;
    const TechnicalDocumentSection *section(const QString &key) const;
};

} // namespace Lexecon
