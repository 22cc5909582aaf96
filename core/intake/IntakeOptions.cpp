#include "IntakeOptions.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QThread>

#include <algorithm>

namespace Lexecon {

bool IntakeOptions::loopback() const
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<void> IntakeOptions::parseListen(const QString &text, IntakeOptions *options)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return Error::invalid(QStringLiteral("listen"),
                              QStringLiteral("--listen takes HOST:PORT, e.g. 127.0.0.1:8787, not \"%1\"").arg(text));
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const int port = text.mid(colon + 1).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return Error::invalid(QStringLiteral("listen"),
                              QStringLiteral("the port in --listen must be a number from 0 to 65535, not \"%1\"")
                                  .arg(text.mid(colon + 1)));
    if (host.isEmpty())
        host = QStringLiteral("127.0.0.1");
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0 && QHostAddress(host).isNull())
        return Error::invalid(QStringLiteral("listen"),
                              QStringLiteral("the host in --listen must be an IP address such as 127.0.0.1 or "
                                             "0.0.0.0, not \"%1\"")
                                  .arg(host));
    options->host = host;
    options->port = port;
    return {};
}

Result<void> IntakeOptions::validate() const
{
    if (tlsCertFile.isEmpty() != tlsKeyFile.isEmpty())
        return Error::invalid(tlsCertFile.isEmpty() ? QStringLiteral("tls_cert") : QStringLiteral("tls_key"),
                              QStringLiteral("TLS needs both --tls-cert and --tls-key (PEM files)"));
    for (const QString &file : {tlsCertFile, tlsKeyFile}) {
        if (!file.isEmpty() && !QFileInfo(file).isReadable())
            return Error::invalid(file == tlsCertFile ? QStringLiteral("tls_cert") : QStringLiteral("tls_key"),
                                  QStringLiteral("cannot read %1: give a readable PEM file").arg(file));
    }
    if (!loopback() && !tls() && !insecureLan)
        return Error::invalid(QStringLiteral("listen"),
                              QStringLiteral("listening on %1 would send API keys and decisions over the network in "
                                             "clear text: give --tls-cert and --tls-key, or --insecure-lan if you "
                                             "accept that, or listen on 127.0.0.1")
                                  .arg(host));
    if (threads < 2 || maxQueuedConnections < 0)
        return Error::invalid(QStringLiteral("threads"), QStringLiteral("the intake needs at least 2 threads"));
    if (eventLoops < AutoEventLoops)
        return Error::invalid(QStringLiteral("eventLoops"),
                              QStringLiteral("give 0 or more event loops, or AutoEventLoops for one per core"));
    return {};
}

int IntakeOptions::eventLoopCount() const
{
    bool set = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("LEXECON_INTAKE_EVENT_LOOPS", &set);
    if (set && fromEnvironment >= 0)
        return fromEnvironment;
    if (eventLoops != AutoEventLoops)
        return eventLoops;
    // The ledger writer is one serial thread that every decision passes through; a loop on each
    // core would compete with it. On the 2-core VM, 1 loop against 2 (interleaved, 4 pairs):
    // 8,960-9,214 against 8,448-8,730 decisions/s, 115-120 against 120-129 us of CPU a request.
    return std::max(1, QThread::idealThreadCount() - 1);
}

QString IntakeOptions::url(int boundPort) const
{
    const QString shownHost = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    return QStringLiteral("%1://%2:%3").arg(tls() ? QStringLiteral("https") : QStringLiteral("http"), shownHost).arg(boundPort);
}

} // namespace Lexecon
