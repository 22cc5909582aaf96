#include "HttpClient.h"

#include <QJsonDocument>

namespace Lexecon::Test {

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpReply::describe() const
{
    QByteArray out = "HTTP " + QByteArray::number(status) + "\n";
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        out += it.key() + ": " + it.value() + "\n";
    return out + "\n" + body.left(2000) + (error.isEmpty() ? QByteArray() : "\ncurl: " + error);
}

HttpClient::HttpClient(QString baseUrl, QStringList extraCurlArgs)
    : m_base(std::move(baseUrl)), m_extra(std::move(extraCurlArgs))
{
}

QStringList HttpClient::arguments(const QString &method, const QString &path, const QByteArray &apiKey,
                                  const QString &contentType, const QStringList &headers, bool withBody) const
{
    // -i: headers then body; "Expect:" off so a large body gets the final answer, not 100 first.
    QStringList args{QStringLiteral("-s"), QStringLiteral("-S"), QStringLiteral("-i"), QStringLiteral("--max-time"),
                     QStringLiteral("90"), QStringLiteral("-X"), method, QStringLiteral("-H"), QStringLiteral("Expect:")};
    args += m_extra;
    if (!apiKey.isEmpty())
        args << QStringLiteral("-H") << QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(apiKey);
    if (withBody)
        args << QStringLiteral("-H") << QStringLiteral("Content-Type: ") + contentType << QStringLiteral("--data-binary")
             << QStringLiteral("@-");
    for (const QString &h : headers)
        args << QStringLiteral("-H") << h;
    args << m_base + path;
    return args;
}

HttpReply HttpClient::get(const QString &path, const QByteArray &apiKey, const QStringList &headers) const
{
    return request(QStringLiteral("GET"), path, {}, apiKey, {}, headers);
}

HttpReply HttpClient::post(const QString &path, const QByteArray &body, const QByteArray &apiKey,
                           const QString &contentType, const QStringList &headers) const
{
    return request(QStringLiteral("POST"), path, body, apiKey, contentType, headers);
}

HttpReply HttpClient::request(const QString &method, const QString &path, const QByteArray &body,
                              const QByteArray &apiKey, const QString &contentType, const QStringList &headers) const
{
    QProcess curl;
    const bool withBody = method == QLatin1String("POST") || method == QLatin1String("PUT");
    curl.start(QStringLiteral("curl"), arguments(method, path, apiKey, contentType, headers, withBody));
    if (withBody)
        curl.write(body);
    curl.closeWriteChannel();
    return finish(curl, 100000);
}

std::unique_ptr<QProcess> HttpClient::start(const QString &path, const QByteArray &apiKey) const
{
    auto curl = std::make_unique<QProcess>();
    curl->start(QStringLiteral("curl"), arguments(QStringLiteral("GET"), path, apiKey, {}, {}, false));
    curl->closeWriteChannel();
    curl->waitForStarted();
    return curl;
}

HttpReply HttpClient::finish(QProcess &process, int timeoutMs)
{
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    HttpReply reply = parse(process.readAllStandardOutput());
    reply.error = process.readAllStandardError();
    return reply;
}

HttpReply HttpClient::parse(const QByteArray &output)
{
    HttpReply reply;
    QByteArray rest = output;
    // Interim responses (100 Continue) come first; the last head is the answer.
    while (rest.startsWith("HTTP/")) {
        const qsizetype end = rest.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        const QList<QByteArray> lines = rest.left(end).split('\n');
        rest = rest.mid(end + 4);
        reply.headers.clear();
        reply.status = lines.value(0).split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                reply.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        if (reply.status >= 200)
            break;
    }
    reply.body = rest;
    return reply;
}

} // namespace Lexecon::Test
