#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStringList>

#include <memory>

namespace Lexecon::Test {

// One HTTP exchange as curl saw it.
struct HttpReply
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QByteArray error; // curl's stderr when it failed

    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QByteArray describe() const;
};

// Drives the real curl binary against a listener, the way an AI system's HTTP client would.
class HttpClient
{
public:
    explicit HttpClient(QString baseUrl, QStringList extraCurlArgs = {});

    HttpReply get(const QString &path, const QByteArray &apiKey = {}, const QStringList &headers = {}) const;
    HttpReply post(const QString &path, const QByteArray &body, const QByteArray &apiKey = {},
                   const QString &contentType = QStringLiteral("application/json"),
                   const QStringList &headers = {}) const;
    HttpReply request(const QString &method, const QString &path, const QByteArray &body, const QByteArray &apiKey,
                      const QString &contentType, const QStringList &headers) const;

    // Starts a request without waiting (long-polls); finish() collects it.
    std::unique_ptr<QProcess> start(const QString &path, const QByteArray &apiKey) const;
    static HttpReply finish(QProcess &process, int timeoutMs);

    static HttpReply parse(const QByteArray &output);

private:
    QStringList arguments(const QString &method, const QString &path, const QByteArray &apiKey,
                          const QString &contentType, const QStringList &headers, bool withBody) const;

    QString m_base;
    QStringList m_extra;
};

} // namespace Lexecon::Test
