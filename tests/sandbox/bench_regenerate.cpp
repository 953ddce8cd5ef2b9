// bench_regenerate: the longest stall of the thread that runs the sandbox (the GUI thread in the
// app) while 100,000 orders are regenerated: synchronously, as the options dialog did, and on a
// worker thread, with search requests answered meanwhile.

#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QTimer>

namespace {
QTextStream out(stdout);

// Ticks every 5 ms on this thread and keeps the longest gap between two ticks.
struct StallMeter
{
    QTimer timer;
    QElapsedTimer clock;
    qint64 longest = 0;

    StallMeter()
    {
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, &timer,
                         [this] { longest = std::max(longest, clock.restart()); });
        clock.start();
        timer.start();
    }
};

void spin(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int orders = argc > 1 ? QByteArray(argv[1]).toInt() : SandboxServer::MaxOrderCount;

    SandboxOptions options;
    options.orderCount = 300;
    options.referenceDate = QDate(2025, 6, 15);
    SandboxServer server(options);
    if (!server.listen()) {
        out << "cannot listen\n";
        return 1;
    }

    {
        StallMeter meter;
        spin(50);
        QElapsedTimer timer;
        timer.start();
        QTimer::singleShot(0, &server, [&] { server.regenerate(orders, 1); });
        spin(100);
        while (timer.elapsed() < 100)
            spin(10);
        spin(50);
        out << QStringLiteral("synchronous regenerate(%1): longest stall %2 ms\n")
                   .arg(orders)
                   .arg(meter.longest);
        out.flush();
    }
    server.regenerate(300, 1);

    {
        StallMeter meter;
        spin(50);
        bool done = false;
        qint64 elapsed = 0;
        QObject::connect(&server, &SandboxServer::regenerationFinished, &server,
                         [&](bool, qint64 ms) {
                             done = true;
                             elapsed = ms;
                         });
        // Token first, then search requests for as long as the generation runs.
        QNetworkAccessManager nam;
        const QUrl base = server.baseUrl();
        QNetworkRequest tokenRequest(
            QUrl(base.toString() +
                 QStringLiteral("/oauth/oauth20/token?grant_type=client_credentials"
                                "&client_id=resellerdesk&client_secret=sandbox-secret")));
        QNetworkReply *tokenReply = nam.get(tokenRequest);
        while (!tokenReply->isFinished())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        const QByteArray token = QJsonDocument::fromJson(tokenReply->readAll())
                                     .object()
                                     .value(QLatin1String("access_token"))
                                     .toString()
                                     .toLatin1();
        tokenReply->deleteLater();

        server.startRegeneration(orders, 2);
        int answered = 0;
        qint64 slowest = 0;
        while (!done) {
            QNetworkRequest request(
                QUrl(base.toString() + QStringLiteral("/resellers/v6/orders/search?pageSize=25")));
            request.setRawHeader("Authorization", "Bearer " + token);
            request.setRawHeader("IM-CustomerNumber", "20-222222");
            request.setRawHeader("IM-CountryCode", "US");
            request.setRawHeader("IM-CorrelationID", "0123456789abcdef0123456789abcdef");
            QElapsedTimer one;
            one.start();
            QNetworkReply *reply = nam.get(request);
            while (!reply->isFinished())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
                ++answered;
                slowest = std::max(slowest, one.elapsed());
            }
            reply->deleteLater();
            spin(20);
        }
        spin(300); // the old data is freed on a worker thread
        out << QStringLiteral("worker-thread regeneration(%1): %2 ms in all, longest stall %3 ms; "
                              "%4 searches answered meanwhile, slowest %5 ms; now %6 orders\n")
                   .arg(orders)
                   .arg(elapsed)
                   .arg(meter.longest)
                   .arg(answered)
                   .arg(slowest)
                   .arg(server.store()->orderCount());
    }
    out.flush();
    return 0;
}
