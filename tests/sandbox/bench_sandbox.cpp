// bench_sandbox: prints how fast the sandbox generates, searches and answers over loopback.

#include "sandbox/sandboxcatalog.h"
#include "sandbox/sandboxsearchcriteria.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>

#include <algorithm>

namespace {

QTextStream out(stdout);

double medianMicros(QList<qint64> nanos)
{
    std::sort(nanos.begin(), nanos.end());
    return nanos.isEmpty() ? 0 : nanos.at(nanos.size() / 2) / 1000.0;
}

void benchSearch(const SandboxStore &store, const QString &label,
                 const QList<QPair<QString, QString>> &params)
{
    QByteArray encoded;
    for (const auto &p : params)
        encoded += (encoded.isEmpty() ? "" : "&") + p.first.toUtf8() + '=' +
                   QUrl::toPercentEncoding(p.second);
    SandboxSearchCriteria criteria;
    QList<SandboxFieldError> errors;
    criteria.parse(SandboxQuery::parse(encoded), &errors);
    QList<qint64> samples;
    int found = 0;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer timer;
        timer.start();
        found = store.search(criteria).recordsFound;
        samples.append(timer.nsecsElapsed());
    }
    out << QStringLiteral("  search %1: %2 found, median %3 ms\n")
               .arg(label, -34)
               .arg(found, 6)
               .arg(medianMicros(samples) / 1000.0, 0, 'f', 3);
}

// Sends count requests one after the other over one keep-alive connection.
double roundTrips(QNetworkAccessManager &nam, const QNetworkRequest &request, int count,
                  QList<qint64> *samples)
{
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = nam.get(request);
        while (!reply->isFinished())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        samples->append(timer.nsecsElapsed());
        reply->deleteLater();
    }
    return count * 1000.0 / qMax<qint64>(1, total.elapsed());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int orders = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;

    SandboxOptions options;
    options.orderCount = orders;
    options.referenceDate = QDate(2025, 6, 15);
    QElapsedTimer timer;
    timer.start();
    SandboxServer server(options);
    const qint64 constructMs = timer.elapsed();
    const SandboxStore &store = *server.store();
    out << QStringLiteral("generation: %1 orders in %2 ms (store %3 ms incl. indexes)\n")
               .arg(orders)
               .arg(constructMs)
               .arg(store.generationMilliseconds());

    const SandboxOrder &sample = store.orders().at(store.orders().size() / 2);
    QString serial, tracking;
    for (const SandboxOrder &order : store.orders()) {
        for (const SandboxLine &line : order.lines)
            for (const SandboxShipment &s : line.shipments)
                for (const SandboxCarrierShipment &c : s.carriers)
                    for (const SandboxPackage &p : c.packages) {
                        tracking = p.trackingNumber;
                        if (!p.serialNumbers.isEmpty())
                            serial = p.serialNumbers.first();
                    }
        if (!serial.isEmpty())
            break;
    }
    benchSearch(store, QStringLiteral("no filter (last 20 days)"), {});
    benchSearch(store, QStringLiteral("orderStatus=SHIPPED"),
                {{QStringLiteral("orderStatus"), QStringLiteral("SHIPPED")}});
    benchSearch(store, QStringLiteral("vendorName=cisco"),
                {{QStringLiteral("vendorName"), QStringLiteral("cisco")}});
    benchSearch(store, QStringLiteral("customerOrderNumber"),
                {{QStringLiteral("customerOrderNumber"), sample.customerOrderNumber}});
    benchSearch(store, QStringLiteral("ingramOrderNumber"),
                {{QStringLiteral("ingramOrderNumber"), sample.ingramOrderNumber}});
    benchSearch(store, QStringLiteral("serialNumber"), {{QStringLiteral("serialNumber"), serial}});
    benchSearch(store, QStringLiteral("trackingNumber"),
                {{QStringLiteral("trackingNumber"), tracking}});
    benchSearch(store, QStringLiteral("shipDate_bt (one month)"),
                {{QStringLiteral("shipDate_bt"), QStringLiteral("2025-01-01")},
                 {QStringLiteral("shipDate_bt"), QStringLiteral("2025-01-31")}});

    if (!server.listen()) {
        out << "cannot listen: " << server.errorString() << Qt::endl;
        return 1;
    }
    QNetworkAccessManager nam;
    QUrl tokenUrl = server.baseUrl();
    tokenUrl.setPath(QStringLiteral("/oauth/oauth20/token"));
    tokenUrl.setQuery(QStringLiteral(
        "grant_type=client_credentials&client_id=resellerdesk&client_secret=sandbox-secret"));
    QNetworkReply *tokenReply = nam.get(QNetworkRequest(tokenUrl));
    while (!tokenReply->isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const QByteArray token = QJsonDocument::fromJson(tokenReply->readAll())
                                 .object()
                                 .value(QStringLiteral("access_token"))
                                 .toString()
                                 .toLatin1();
    tokenReply->deleteLater();

    QUrl url = server.baseUrl();
    url.setPath(QStringLiteral("/resellers/v6.1/orders/") + sample.ingramOrderNumber);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setRawHeader("IM-CustomerNumber", "20-222222");
    request.setRawHeader("IM-CountryCode", "US");
    request.setRawHeader("IM-CorrelationID", "bench");
    QList<qint64> samples;
    roundTrips(nam, request, 50, &samples); // warm-up
    samples.clear();
    const double perSecond = roundTrips(nam, request, 2000, &samples);
    out << QStringLiteral(
               "round trip (order details, keep-alive, sequential): median %1 ms, %2 requests/s\n")
               .arg(medianMicros(samples) / 1000.0, 0, 'f', 3)
               .arg(perSecond, 0, 'f', 0);

    url.setPath(QStringLiteral("/resellers/v6/orders/search"));
    url.setQuery(QStringLiteral("pageSize=100"));
    request.setUrl(url);
    samples.clear();
    const double searchPerSecond = roundTrips(nam, request, 300, &samples);
    out << QStringLiteral("round trip (search, 100 per page): median %1 ms, %2 requests/s\n")
               .arg(medianMicros(samples) / 1000.0, 0, 'f', 3)
               .arg(searchPerSecond, 0, 'f', 0);
    // Order creation: catalog lookups, stock allocation, pricing and indexing of the new order.
    url.setPath(QStringLiteral("/resellers/v6/orders"));
    url.setQuery(QString());
    request.setUrl(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QJsonArray lines;
    for (int i = 0; i < 3; ++i)
        lines.append(QJsonObject{{QStringLiteral("customerLineNumber"), QString::number(i + 1)},
                                 {QStringLiteral("ingramPartNumber"),
                                  SandboxCatalog::products().at(i * 37)->ingramPartNumber},
                                 {QStringLiteral("quantity"), 1}});
    const QByteArray body =
        QJsonDocument(
            QJsonObject{{QStringLiteral("customerOrderNumber"), QStringLiteral("BENCH-PO")},
                        {QStringLiteral("allowDuplicateCustomerOrderNumber"), true},
                        {QStringLiteral("lines"), lines}})
            .toJson(QJsonDocument::Compact);
    samples.clear();
    QElapsedTimer createTotal;
    createTotal.start();
    constexpr int creates = 300;
    int created = 0;
    for (int i = 0; i < creates; ++i) {
        QElapsedTimer one;
        one.start();
        QNetworkReply *reply = nam.post(request, body);
        while (!reply->isFinished())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        created += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201;
        samples.append(one.nsecsElapsed());
        reply->deleteLater();
    }
    out << QStringLiteral("round trip (v6 create, 3 lines): median %1 ms, %2 requests/s, %3 of %4 "
                          "created; catalog %5 parts\n")
               .arg(medianMicros(samples) / 1000.0, 0, 'f', 3)
               .arg(creates * 1000.0 / qMax<qint64>(1, createTotal.elapsed()), 0, 'f', 0)
               .arg(created)
               .arg(creates)
               .arg(SandboxCatalog::products().size());
    out.flush();
    return 0;
}
