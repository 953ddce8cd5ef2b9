// Loads ten pages of 100 orders from the in-process sandbox into the order search model, its
// sorting proxy and a tree view, and prints the time spent inserting each page and the longest
// stall of the GUI thread.
#include "apiclient.h"
#include "ordersearchmodel.h"
#include "ordersearchproxymodel.h"
#include "ordersservice.h"
#include "sandboxserver.h"
#include "secretsource.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QTreeView>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);

    SandboxOptions options;
    options.referenceDate = QDate(2026, 6, 15);
    options.orderCount = 2000;
    // The sandbox answers from its own thread so that its work does not count as a stall of
    // the GUI thread, as with a real server.
    QThread serverThread;
    serverThread.start();
    QObject serverContext;
    serverContext.moveToThread(&serverThread);
    SandboxServer *sandbox = nullptr;
    QUrl baseUrl;
    QMetaObject::invokeMethod(
        &serverContext,
        [&] {
            sandbox = new SandboxServer(options);
            if (sandbox->listen())
                baseUrl = sandbox->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    const auto stopServer = [&] {
        QMetaObject::invokeMethod(
            &serverContext, [&] { delete sandbox; }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
    };
    if (baseUrl.isEmpty()) {
        out << "sandbox: " << sandbox->errorString() << Qt::endl;
        stopServer();
        return 1;
    }
    ApiClient client;
    ConnectionProfile profile = ConnectionProfile::offlineSandbox();
    profile.customUrl = baseUrl;
    client.setProfile(profile, std::make_shared<InMemorySecretSource>(
                                   QLatin1String(SandboxDefaults::ClientSecret)));
    OrdersService service(&client);
    OrderSearchModel model(&service);
    OrderSearchProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFetchMoreEnabled(false); // the pages below are asked for explicitly
    proxy.sort(OrderSearchModel::OrderDateColumn, Qt::DescendingOrder);
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setModel(&proxy);
    view.resize(1300, 800);
    view.show();

    // The longest gap between ticks of a 5 ms timer is the longest the GUI thread was busy.
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0;
    qint64 longestGap = 0;
    qint64 longestGapSincePage = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.elapsed();
        longestGap = qMax(longestGap, now - lastTick);
        longestGapSincePage = qMax(longestGapSincePage, now - lastTick);
        lastTick = now;
    });

    constexpr int Pages = 10;
    QElapsedTimer insertion;
    QList<double> insertMs;
    QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, &app,
                     [&] { insertion.start(); });
    QObject::connect(&model, &OrderSearchModel::pageLoaded, &app, [&](int page, int added) {
        insertMs.append(insertion.nsecsElapsed() / 1e6);
        out << "page " << page << ": " << added << " orders, inserted in "
            << QString::number(insertMs.last(), 'f', 2) << " ms; longest stall since the last page "
            << longestGapSincePage << " ms" << Qt::endl;
        longestGapSincePage = 0;
        if (page < Pages && model.hasMorePages())
            model.loadMore();
        else
            QTimer::singleShot(50, &app, &QCoreApplication::quit);
    });
    QObject::connect(&model, &OrderSearchModel::errorOccurred, &app, [&](const ApiError &error) {
        out << "error: " << error.message() << Qt::endl;
        app.exit(1);
    });

    OrderSearchQuery query;
    query.ingramOrderDateRange = {options.referenceDate.addDays(-420), options.referenceDate};
    QElapsedTimer total;
    total.start();
    QTimer::singleShot(0, &app, [&] {
        lastTick = clock.elapsed();
        ticker.start(5);
        model.search(query);
    });
    const int rc = app.exec();
    ticker.stop();
    double sum = 0;
    double worst = 0;
    for (double ms : insertMs) {
        sum += ms;
        worst = qMax(worst, ms);
    }
    out << "rows: " << model.rowCount() << " of " << model.recordsFound() << Qt::endl;
    out << "insertion per page: mean "
        << QString::number(sum / qMax(1, int(insertMs.size())), 'f', 2) << " ms, worst "
        << QString::number(worst, 'f', 2) << " ms" << Qt::endl;
    out << "longest GUI-thread stall: " << longestGap << " ms (5 ms timer)" << Qt::endl;
    out << "wall time for " << insertMs.size() << " pages: " << total.elapsed() << " ms"
        << Qt::endl;
    stopServer();
    return rc;
}
