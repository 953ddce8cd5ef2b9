// resellerdesk-cli's commands run in-process through rd_cli against real sandboxes on loopback.
#include "cliapplication.h"
#include "clienvironment.h"
#include "clitestsupport.h"
#include "exitcode.h"
#include "orderstatus.h"
#include "sandbox/sandboxsearchcriteria.h"
#include "sandbox/sandboxserver.h"
#include "secretstore.h"

#include "appinfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Always answers "nothing stored", like a keychain that never saw this profile.
class EmptySecretStore : public SecretStore
{
public:
    int reads = 0;

    void readSecret(const QString &, QObject *, Callback callback) override
    {
        ++reads;
        QTimer::singleShot(0, this, [callback] {
            callback(SecretStoreResult::failure(SecretStoreResult::Status::NotFound,
                                                QStringLiteral("nothing stored")));
        });
    }
    void writeSecret(const QString &, const QString &, QObject *, Callback callback) override
    {
        QTimer::singleShot(0, this, [callback] { callback(SecretStoreResult::success()); });
    }
    void deleteSecret(const QString &, QObject *, Callback callback) override
    {
        QTimer::singleShot(0, this, [callback] { callback(SecretStoreResult::success()); });
    }
    QString displayName() const override { return QStringLiteral("empty store"); }
};

QJsonObject parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString() << text.left(200);
    return document.object();
}

QStringList orderNumbers(const QJsonObject &page)
{
    QStringList numbers;
    for (const QJsonValue &order : page.value(QLatin1String("orders")).toArray())
        numbers.append(order.toObject().value(QLatin1String("ingramOrderNumber")).toString());
    return numbers;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void searchTableIsAligned();
    void searchJsonMatchesTheSandbox();
    void searchStatusAndDateFilters();
    void searchCsvIsRfc4180();
    void searchAllPagesFetchesEverything();
    void searchWithoutResultsSucceeds();
    void showTablePrintsShipmentsTrackingAndSerials();
    void showJsonAndCsv();
    void showSimulateStatus();
    void usageErrors_data();
    void usageErrors();
    void unknownOrderIsAnApiError();
    void unknownProfileIsAConfigurationError();
    void closedPortIsANetworkError();
    void environmentSecretIsUsed();
    void wrongEnvironmentSecretIsAConfigurationError();
    void missingSecretIsAConfigurationError();
    void currentProfileIsTheDefault();
    void verbosePrintsCorrelationIds();
    void sandboxParametersNeverReachANonSandboxProfile();
    void helpAndVersion();
    void noSecretOption();

private:
    CliResult run(const QStringList &arguments, CliEnvironment environment = {});
    CliEnvironment withSettings();

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    SandboxOptions m_options;
    std::unique_ptr<SandboxStore> m_store;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    // The same data set as the sandbox the command line starts: pinned, so that a run across
    // midnight cannot shift it.
    m_options.referenceDate = QDate(2024, 5, 17);
    m_store = std::make_unique<SandboxStore>(m_options);
}

CliEnvironment TestCli::withSettings()
{
    CliEnvironment environment;
    environment.settings = m_settings.get();
    return environment;
}

CliResult TestCli::run(const QStringList &arguments, CliEnvironment environment)
{
    CliResult result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    environment.out = &out;
    environment.err = &err;
    environment.sandboxOptions = m_options;
    CliApplication cli(environment);
    QSignalSpy finished(&cli, &CliApplication::finished);
    cli.start(arguments);
    // finished() comes from the event loop, never from inside start().
    if (finished.count() != 0)
        qWarning() << "finished() was emitted inside start()";
    if (!QTest::qWaitFor([&finished] { return finished.count() > 0; }, 60000)) {
        qWarning() << "the command did not finish:" << arguments;
        return result;
    }
    result.exitCode = finished.constFirst().constFirst().toInt();
    if (finished.count() != 1)
        result.exitCode = -2;
    out.flush();
    err.flush();
    return result;
}

void TestCli::searchTableIsAligned()
{
    const CliResult result =
        run({QStringLiteral("--offline"), QStringLiteral("orders"), QStringLiteral("search"),
             QStringLiteral("--page-size"), QStringLiteral("5")});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6); // the header and five orders
    QVERIFY(lines.constFirst().startsWith(QLatin1String("ORDER")));
    // Aligned: the STATUS column starts at the same position in every line.
    const qsizetype statusColumn = lines.constFirst().indexOf(QLatin1String("STATUS"));
    QVERIFY(statusColumn > 0);
    for (const QString &line : lines.mid(1))
        QCOMPARE(line.at(statusColumn - 1), QLatin1Char(' '));
    QVERIFY2(result.err.contains(QLatin1String("Page 1 of")), qPrintable(result.err));
    QVERIFY(!result.out.contains(QLatin1String("Page 1 of")));
}

void TestCli::searchJsonMatchesTheSandbox()
{
    const SandboxOrder &order = m_store->orders().at(7);
    const CliResult result =
        run({QStringLiteral("--offline"), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("orders"), QStringLiteral("search"), QStringLiteral("--customer-po"),
             order.customerOrderNumber});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject page = parseJson(result.out);
    QVERIFY(orderNumbers(page).contains(order.ingramOrderNumber));
    for (const QJsonValue &value : page.value(QLatin1String("orders")).toArray()) {
        QCOMPARE(value.toObject().value(QLatin1String("customerOrderNumber")).toString(),
                 order.customerOrderNumber);
    }

    // A product filter, counted against the sandbox's own search.
    const QString vendor = order.lines.constFirst().product->vendorName;
    SandboxSearchCriteria criteria;
    criteria.vendorName = vendor;
    criteria.pageSize = 100;
    const int expected = m_store->search(criteria).recordsFound;
    QVERIFY(expected > 0);
    const CliResult byVendor =
        run({QStringLiteral("--offline"), QStringLiteral("-f"), QStringLiteral("json"),
             QStringLiteral("orders"), QStringLiteral("search"), QStringLiteral("--vendor"), vendor,
             QStringLiteral("--page-size"), QStringLiteral("100")});
    QCOMPARE(byVendor.exitCode, 0);
    const QJsonObject vendorPage = parseJson(byVendor.out);
    QCOMPARE(vendorPage.value(QLatin1String("recordsFound")).toInt(), expected);
    QCOMPARE(vendorPage.value(QLatin1String("pageSize")).toInt(), 100);
}

void TestCli::searchStatusAndDateFilters()
{
    const QDate to = m_options.referenceDate;
    const QDate from = to.addDays(-30);
    const CliResult result =
        run({QStringLiteral("--offline"), QStringLiteral("orders"), QStringLiteral("search"),
             QStringLiteral("--format=json"), QStringLiteral("--status"), QStringLiteral("SHIPPED"),
             QStringLiteral("--status"), QStringLiteral("backordered"),
             QStringLiteral("--order-date-from"), from.toString(Qt::ISODate),
             QStringLiteral("--order-date-to"), to.toString(Qt::ISODate),
             QStringLiteral("--page-size"), QStringLiteral("100")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray orders = parseJson(result.out).value(QLatin1String("orders")).toArray();
    QVERIFY(!orders.isEmpty());
    QSet<OrderStatus::Kind> kinds;
    for (const QJsonValue &value : orders) {
        const QJsonObject order = value.toObject();
        const OrderStatus status(order.value(QLatin1String("orderStatus")).toString());
        kinds.insert(status.kind());
        QVERIFY2(status.kind() == OrderStatus::Kind::Shipped ||
                     status.kind() == OrderStatus::Kind::Backordered,
                 qPrintable(status.raw()));
        const QDate date = QDate::fromString(
            order.value(QLatin1String("ingramOrderDate")).toString().left(10), Qt::ISODate);
        QVERIFY2(date >= from && date <= to, qPrintable(date.toString(Qt::ISODate)));
    }
    QCOMPARE(kinds.size(), 2);
}

void TestCli::searchCsvIsRfc4180()
{
    const CliResult result =
        run({QStringLiteral("--offline"), QStringLiteral("orders"), QStringLiteral("search"),
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--page-size"),
             QStringLiteral("10")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QLatin1String("\r\n")));
    const QList<QStringList> records = parseCsv(result.out);
    QCOMPARE(records.size(), 11);
    const QStringList header = records.constFirst();
    QCOMPARE(header.constFirst(), QStringLiteral("ingramOrderNumber"));
    const qsizetype totalColumn = header.indexOf(QStringLiteral("orderTotal"));
    const qsizetype numberColumn = 0;
    QVERIFY(totalColumn > 0);
    for (const QStringList &record : records.mid(1)) {
        QCOMPARE(record.size(), header.size());
        const SandboxOrder *order = m_store->order(record.at(numberColumn));
        QVERIFY2(order, qPrintable(record.at(numberColumn)));
        bool ok = false;
        QCOMPARE(qRound(record.at(totalColumn).toDouble(&ok) * 100), qRound(order->total() * 100));
        QVERIFY(ok);
        QCOMPARE(record.at(header.indexOf(QStringLiteral("customerOrderNumber"))),
                 order->customerOrderNumber);
    }
}

void TestCli::searchAllPagesFetchesEverything()
{
    const CliResult result =
        run({QStringLiteral("--offline"), QStringLiteral("-f"), QStringLiteral("json"),
             QStringLiteral("--verbose"), QStringLiteral("orders"), QStringLiteral("search"),
             QStringLiteral("--status"), QStringLiteral("SHIPPED"), QStringLiteral("--all-pages"),
             QStringLiteral("--page-size"), QStringLiteral("7")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject page = parseJson(result.out);
    const int found = page.value(QLatin1String("recordsFound")).toInt();
    QVERIFY(found > 7);
    const QStringList numbers = orderNumbers(page);
    QCOMPARE(numbers.size(), found);
    QCOMPARE(QSet<QString>(numbers.begin(), numbers.end()).size(), found);
    const int requests = int(result.err.count(QLatin1String("GET /resellers/v6/orders/search")));
    QCOMPARE(requests, (found + 6) / 7);
}

void TestCli::searchWithoutResultsSucceeds()
{
    const CliResult result =
        run({QStringLiteral("--offline"), QStringLiteral("orders"), QStringLiteral("search"),
             QStringLiteral("--customer-po"), QStringLiteral("NO-SUCH-PO-4711")});
    QCOMPARE(result.exitCode, int(ExitCode::Success));
    // The header only, and a note that names the filter.
    QCOMPARE(result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
    QVERIFY2(result.err.contains(QLatin1String("NO-SUCH-PO-4711")), qPrintable(result.err));

    const CliResult json =
        run({QStringLiteral("--offline"), QStringLiteral("-f"), QStringLiteral("json"),
             QStringLiteral("orders"), QStringLiteral("search"), QStringLiteral("--customer-po"),
             QStringLiteral("NO-SUCH-PO-4711")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(parseJson(json.out).value(QLatin1String("orders")).toArray().size(), 0);
}

void TestCli::showTablePrintsShipmentsTrackingAndSerials()
{
    const SandboxOrder *order = orderWithSerials(*m_store);
    QVERIFY(order);
    const SandboxPackage *package = firstSerializedPackage(*order);
    const CliResult result = run({QStringLiteral("--offline"), QStringLiteral("orders"),
                                  QStringLiteral("show"), order->ingramOrderNumber});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(QStringLiteral("Order ") + order->ingramOrderNumber),
             qPrintable(result.out.left(200)));
    for (const QString &section :
         {QStringLiteral("Ship to"), QStringLiteral("Lines"), QStringLiteral("Shipments")}) {
        QVERIFY2(result.out.contains(QLatin1Char('\n') + section + QLatin1Char('\n')),
                 qPrintable(section));
    }
    QVERIFY(result.out.contains(order->shipTo->companyName));
    QVERIFY(result.out.contains(order->lines.constFirst().product->ingramPartNumber));
    QVERIFY(result.out.contains(package->trackingNumber));
    if (!package->trackingUrl.isEmpty())
        QVERIFY(result.out.contains(package->trackingUrl));
    for (const QString &serial : package->serialNumbers)
        QVERIFY2(result.out.contains(serial), qPrintable(serial));
}

void TestCli::showJsonAndCsv()
{
    const SandboxOrder *order = orderWithSerials(*m_store);
    QVERIFY(order);
    const SandboxPackage *package = firstSerializedPackage(*order);

    const CliResult json =
        run({QStringLiteral("--offline"), QStringLiteral("orders"), QStringLiteral("show"),
             order->ingramOrderNumber, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject details = parseJson(json.out);
    QCOMPARE(details.value(QLatin1String("ingramOrderNumber")).toString(),
             order->ingramOrderNumber);
    QCOMPARE(details.value(QLatin1String("lines")).toArray().size(), order->lines.size());

    const CliResult raw =
        run({QStringLiteral("--offline"), QStringLiteral("orders"), QStringLiteral("show"),
             order->ingramOrderNumber, QStringLiteral("-f"), QStringLiteral("json"),
             QStringLiteral("--raw")});
    QCOMPARE(raw.exitCode, 0);
    QCOMPARE(parseJson(raw.out).value(QLatin1String("ingramOrderNumber")).toString(),
             order->ingramOrderNumber);

    const CliResult csv =
        run({QStringLiteral("--offline"), QStringLiteral("orders"), QStringLiteral("show"),
             order->ingramOrderNumber, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    const QList<QStringList> records = parseCsv(csv.out);
    QCOMPARE(records.size(), order->lines.size() + 1);
    const qsizetype trackingColumn =
        records.constFirst().indexOf(QStringLiteral("trackingNumbers"));
    const qsizetype serialColumn = records.constFirst().indexOf(QStringLiteral("serialNumbers"));
    QVERIFY(trackingColumn > 0 && serialColumn > 0);
    // A package may hold the units of several lines; the serial belongs to one of them.
    QStringList trackingNumbers;
    QStringList serialNumbers;
    for (const QStringList &record : records.mid(1)) {
        QCOMPARE(record.constFirst(), order->ingramOrderNumber);
        trackingNumbers += record.at(trackingColumn).split(QLatin1Char(' '));
        serialNumbers += record.at(serialColumn).split(QLatin1Char(' '));
    }
    QVERIFY(trackingNumbers.contains(package->trackingNumber));
    const bool found = serialNumbers.contains(package->serialNumbers.constFirst());
    QVERIFY(found);
}

void TestCli::showSimulateStatus()
{
    // An order of goods nothing has shipped from yet: simulating "shipped" must bring tracking
    // numbers. (Licences ship electronically, without any.)
    const SandboxOrder *open = nullptr;
    for (const SandboxOrder &order : m_store->orders()) {
        bool shippedOrVirtual = false;
        for (const SandboxLine &line : order.lines)
            shippedOrVirtual =
                shippedOrVirtual || !line.shipments.isEmpty() || line.product->license;
        if (!shippedOrVirtual) {
            open = &order;
            break;
        }
    }
    QVERIFY(open);
    const QStringList base{QStringLiteral("--offline"), QStringLiteral("orders"),
                           QStringLiteral("show"),      open->ingramOrderNumber,
                           QStringLiteral("-f"),        QStringLiteral("json")};
    const CliResult plain = run(base);
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(!plain.out.contains(QLatin1String("trackingNumber")));
    const CliResult simulated =
        run(base + QStringList{QStringLiteral("--simulate-status"), QStringLiteral("IM::SHIPPED")});
    QCOMPARE(simulated.exitCode, 0);
    QVERIFY2(simulated.out.contains(QLatin1String("trackingNumber")),
             qPrintable(simulated.out.left(500)));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString offline = QStringLiteral("--offline");
    const QString orders = QStringLiteral("orders");
    const QString search = QStringLiteral("search");
    const QString show = QStringLiteral("show");

    QTest::newRow("no command") << QStringList{offline} << QStringLiteral("No command");
    QTest::newRow("unknown group")
        << QStringList{QStringLiteral("invoices"), search} << QStringLiteral("invoices");
    QTest::newRow("unknown command")
        << QStringList{orders, QStringLiteral("delete")} << QStringLiteral("orders delete");
    QTest::newRow("group without command") << QStringList{orders} << QStringLiteral("orders");
    QTest::newRow("unknown option")
        << QStringList{offline, orders, search, QStringLiteral("--bogus")}
        << QStringLiteral("bogus");
    QTest::newRow("unknown global option")
        << QStringList{QStringLiteral("--bogus"), orders, search} << QStringLiteral("bogus");
    QTest::newRow("bad date") << QStringList{offline,
                                             orders,
                                             search,
                                             QStringLiteral("--ship-date-from"),
                                             QStringLiteral("2024-13-01"),
                                             QStringLiteral("--ship-date-to"),
                                             QStringLiteral("2024-12-01")}
                              << QStringLiteral("2024-13-01");
    QTest::newRow("half a range") << QStringList{offline, orders, search,
                                                 QStringLiteral("--order-date-from"),
                                                 QStringLiteral("2024-01-01")}
                                  << QStringLiteral("--order-date-from/--order-date-to");
    QTest::newRow("range backwards") << QStringList{offline,
                                                    orders,
                                                    search,
                                                    QStringLiteral("--invoice-date-from"),
                                                    QStringLiteral("2024-02-01"),
                                                    QStringLiteral("--invoice-date-to"),
                                                    QStringLiteral("2024-01-01")}
                                     << QStringLiteral("--invoice-date-from");
    QTest::newRow("page size 101")
        << QStringList{offline, orders, search, QStringLiteral("--page-size"),
                       QStringLiteral("101")}
        << QStringLiteral("--page-size");
    QTest::newRow("page size 0") << QStringList{offline, orders, search,
                                                QStringLiteral("--page-size"), QStringLiteral("0")}
                                 << QStringLiteral("--page-size");
    QTest::newRow("page size text")
        << QStringList{offline, orders, search, QStringLiteral("--page-size"),
                       QStringLiteral("many")}
        << QStringLiteral("many");
    QTest::newRow("page 0") << QStringList{offline, orders, search, QStringLiteral("--page"),
                                           QStringLiteral("0")}
                            << QStringLiteral("--page");
    QTest::newRow("unknown status")
        << QStringList{offline, orders, search, QStringLiteral("--status"), QStringLiteral("LOST")}
        << QStringLiteral("LOST");
    QTest::newRow("too long PO") << QStringList{offline, orders, search,
                                                QStringLiteral("--customer-po"),
                                                QString(36, QLatin1Char('X'))}
                                 << QStringLiteral("--customer-po");
    QTest::newRow("stray argument")
        << QStringList{offline, orders, search, QStringLiteral("PO-1")} << QStringLiteral("PO-1");
    QTest::newRow("unknown format")
        << QStringList{offline, QStringLiteral("--format"), QStringLiteral("xml"), orders, search}
        << QStringLiteral("xml");
    QTest::newRow("bad timeout") << QStringList{offline, QStringLiteral("--timeout"),
                                                QStringLiteral("0"), orders, search}
                                 << QStringLiteral("--timeout");
    QTest::newRow("offline and profile")
        << QStringList{offline, QStringLiteral("--profile"), QStringLiteral("x"), orders, search}
        << QStringLiteral("--offline");
    QTest::newRow("show without number")
        << QStringList{offline, orders, show} << QStringLiteral("NUMBER");
    QTest::newRow("show with two numbers")
        << QStringList{offline, orders, show, QStringLiteral("20-A"), QStringLiteral("20-B")}
        << QStringLiteral("20-B");
    QTest::newRow("show number too long")
        << QStringList{offline, orders, show, QStringLiteral("20-1234567890")}
        << QStringLiteral("12");
    QTest::newRow("bad simulated status") << QStringList{offline,
                                                         orders,
                                                         show,
                                                         QStringLiteral("20-A"),
                                                         QStringLiteral("--simulate-status"),
                                                         QStringLiteral("IM::LOST")}
                                          << QStringLiteral("IM::LOST");
    QTest::newRow("search option on show") << QStringList{offline,
                                                          orders,
                                                          show,
                                                          QStringLiteral("20-A"),
                                                          QStringLiteral("--vendor"),
                                                          QStringLiteral("x")}
                                           << QStringLiteral("vendor");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliResult result = run(arguments, withSettings());
    QCOMPARE(result.exitCode, int(ExitCode::Usage));
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("--help")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestCli::unknownOrderIsAnApiError()
{
    const CliResult result = run({QStringLiteral("--offline"), QStringLiteral("orders"),
                                  QStringLiteral("show"), QStringLiteral("20-NOPE99")});
    QCOMPARE(result.exitCode, int(ExitCode::Api));
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(QLatin1String("Order not found")), qPrintable(result.err));
    QVERIFY(result.err.contains(QLatin1String("Next step: ")));
    const QRegularExpression id(QStringLiteral("Correlation ID: ([0-9a-f]{32})"));
    QVERIFY2(id.match(result.err).hasMatch(), qPrintable(result.err));
}

void TestCli::unknownProfileIsAConfigurationError()
{
    saveProfiles(
        m_settings.get(),
        {customProfile(QStringLiteral("Known"), QUrl(QStringLiteral("http://127.0.0.1:9")))},
        false);
    const CliResult result = run({QStringLiteral("--profile"), QStringLiteral("Nobody"),
                                  QStringLiteral("orders"), QStringLiteral("search")},
                                 withSettings());
    QCOMPARE(result.exitCode, int(ExitCode::Configuration));
    QVERIFY2(result.err.contains(QLatin1String("Nobody")), qPrintable(result.err));
    QVERIFY(result.err.contains(QLatin1String("\"Known\"")));
}

void TestCli::closedPortIsANetworkError()
{
    const quint16 port = closedPort();
    QVERIFY(port);
    saveProfiles(m_settings.get(),
                 {customProfile(QStringLiteral("Closed port"),
                                QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)))},
                 false);
    CliEnvironment environment = withSettings();
    environment.clientSecret = QStringLiteral("any-secret");
    const CliResult result = run({QStringLiteral("--profile"), QStringLiteral("closed port"),
                                  QStringLiteral("orders"), QStringLiteral("search")},
                                 environment);
    QCOMPARE(result.exitCode, int(ExitCode::Network));
    QVERIFY2(result.err.contains(QLatin1String("Could not reach")), qPrintable(result.err));
    QVERIFY(!result.err.contains(QLatin1String("any-secret")));
}

void TestCli::environmentSecretIsUsed()
{
    SandboxOptions options;
    options.clientSecret = QStringLiteral("env-only-secret-1234");
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen());
    saveProfiles(m_settings.get(), {customProfile(QStringLiteral("Env"), sandbox.baseUrl())},
                 false);
    CliEnvironment environment = withSettings();
    environment.clientSecret = options.clientSecret;
    EmptySecretStore keychain;
    environment.secrets = &keychain;
    const CliResult result = run({QStringLiteral("--profile"), QStringLiteral("Env"),
                                  QStringLiteral("orders"), QStringLiteral("search")},
                                 environment);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(keychain.reads, 0);
    QVERIFY(!result.out.contains(options.clientSecret));
    QVERIFY(!result.err.contains(options.clientSecret));
}

void TestCli::wrongEnvironmentSecretIsAConfigurationError()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    saveProfiles(m_settings.get(), {customProfile(QStringLiteral("Wrong"), sandbox.baseUrl())},
                 false);
    CliEnvironment environment = withSettings();
    environment.clientSecret = QStringLiteral("not-the-secret-5678");
    const CliResult result = run({QStringLiteral("--profile"), QStringLiteral("Wrong"),
                                  QStringLiteral("orders"), QStringLiteral("search")},
                                 environment);
    QCOMPARE(result.exitCode, int(ExitCode::Configuration));
    QVERIFY2(result.err.contains(QLatin1String("Signing in")), qPrintable(result.err));
    QVERIFY(!result.err.contains(QLatin1String("not-the-secret-5678")));
}

void TestCli::missingSecretIsAConfigurationError()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    saveProfiles(m_settings.get(), {customProfile(QStringLiteral("NoSecret"), sandbox.baseUrl())},
                 false);
    CliEnvironment environment = withSettings();
    EmptySecretStore keychain;
    environment.secrets = &keychain;
    const CliResult result = run({QStringLiteral("--profile"), QStringLiteral("NoSecret"),
                                  QStringLiteral("orders"), QStringLiteral("search")},
                                 environment);
    QCOMPARE(result.exitCode, int(ExitCode::Configuration));
    QCOMPARE(keychain.reads, 1);
    QVERIFY2(result.err.contains(QLatin1String("NoSecret")), qPrintable(result.err));
    // Nothing reached the API without a secret.
    for (const SandboxRequestRecord &record : sandbox.receivedRequests())
        QVERIFY(!record.path.startsWith(QLatin1String("/resellers")));
}

void TestCli::currentProfileIsTheDefault()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    saveProfiles(m_settings.get(), {customProfile(QStringLiteral("Current"), sandbox.baseUrl())},
                 true);
    CliEnvironment environment = withSettings();
    environment.clientSecret = QLatin1String(SandboxDefaults::ClientSecret);
    const CliResult result = run({QStringLiteral("orders"), QStringLiteral("search"),
                                  QStringLiteral("--page-size"), QStringLiteral("3")},
                                 environment);
    QCOMPARE(result.exitCode, 0);
    bool searched = false;
    for (const SandboxRequestRecord &record : sandbox.receivedRequests())
        searched = searched || record.path == QLatin1String("/resellers/v6/orders/search");
    QVERIFY(searched);
}

void TestCli::verbosePrintsCorrelationIds()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    saveProfiles(m_settings.get(), {customProfile(QStringLiteral("Verbose"), sandbox.baseUrl())},
                 false);
    CliEnvironment environment = withSettings();
    environment.clientSecret = QLatin1String(SandboxDefaults::ClientSecret);
    const QString number = sandbox.store()->orders().front().ingramOrderNumber;
    const CliResult result =
        run({QStringLiteral("--profile"), QStringLiteral("Verbose"), QStringLiteral("--verbose"),
             QStringLiteral("orders"), QStringLiteral("show"), number},
            environment);
    QCOMPARE(result.exitCode, 0);
    const QRegularExpression line(
        QStringLiteral("GET /resellers/v6.1/orders/%1 -> 200 in \\d+ ms, correlation ID "
                       "([0-9a-f]{32})")
            .arg(QRegularExpression::escape(number)));
    const QRegularExpressionMatch match = line.match(result.err);
    QVERIFY2(match.hasMatch(), qPrintable(result.err));
    QVERIFY(result.err.contains(QLatin1String("POST /oauth/oauth30/token -> 200")));
    // The ID printed is the one the API received.
    bool seen = false;
    for (const SandboxRequestRecord &record : sandbox.receivedRequests())
        seen = seen || record.header("IM-CorrelationID") == match.captured(1).toLatin1();
    QVERIFY(seen);
    QVERIFY(!result.err.contains(QLatin1String(SandboxDefaults::ClientSecret)));

    // Without --verbose, stderr stays quiet on success.
    const CliResult quiet = run({QStringLiteral("--profile"), QStringLiteral("Verbose"),
                                 QStringLiteral("orders"), QStringLiteral("show"), number},
                                environment);
    QCOMPARE(quiet.exitCode, 0);
    QVERIFY2(quiet.err.isEmpty(), qPrintable(quiet.err));
}

void TestCli::sandboxParametersNeverReachANonSandboxProfile()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    saveProfiles(m_settings.get(), {customProfile(QStringLiteral("Custom"), sandbox.baseUrl())},
                 false);
    CliEnvironment environment = withSettings();
    environment.clientSecret = QLatin1String(SandboxDefaults::ClientSecret);
    const QString number = sandbox.store()->orders().front().ingramOrderNumber;
    const CliResult result =
        run({QStringLiteral("--profile"), QStringLiteral("Custom"), QStringLiteral("orders"),
             QStringLiteral("show"), number, QStringLiteral("--simulate-status"),
             QStringLiteral("IM::SHIPPED"), QStringLiteral("--region-code"), QStringLiteral("US")},
            environment);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(QLatin1String("--simulate-status")), qPrintable(result.err));
    bool sent = false;
    for (const SandboxRequestRecord &record : sandbox.receivedRequests()) {
        if (!record.path.startsWith(QLatin1String("/resellers/v6.1/orders/")))
            continue;
        sent = true;
        QVERIFY2(!record.query.contains("simulateStatus"), record.query.constData());
        QVERIFY2(!record.query.contains("regionCode"), record.query.constData());
    }
    QVERIFY(sent);
}

void TestCli::helpAndVersion()
{
    const CliResult help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const QString &text :
         {QStringLiteral("orders search"), QStringLiteral("orders show"),
          QStringLiteral("--profile"), QStringLiteral("--offline"), QStringLiteral("--format"),
          QStringLiteral("--verbose"), QStringLiteral("RESELLERDESK_CLIENT_SECRET"),
          QStringLiteral("Exit codes:"), QStringLiteral("  5  ")}) {
        QVERIFY2(help.out.contains(text), qPrintable(text));
    }

    const CliResult searchHelp =
        run({QStringLiteral("orders"), QStringLiteral("search"), QStringLiteral("--help")});
    QCOMPARE(searchHelp.exitCode, 0);
    for (const QString &option : {QStringLiteral("--order-number"),
                                  QStringLiteral("--status"),
                                  QStringLiteral("--customer-po"),
                                  QStringLiteral("--end-customer-po"),
                                  QStringLiteral("--order-date-from"),
                                  QStringLiteral("--order-date-to"),
                                  QStringLiteral("--invoice-date-from"),
                                  QStringLiteral("--invoice-date-to"),
                                  QStringLiteral("--ship-date-from"),
                                  QStringLiteral("--ship-date-to"),
                                  QStringLiteral("--delivery-date-from"),
                                  QStringLiteral("--delivery-date-to"),
                                  QStringLiteral("--ingram-part"),
                                  QStringLiteral("--vendor-part"),
                                  QStringLiteral("--serial"),
                                  QStringLiteral("--tracking"),
                                  QStringLiteral("--vendor"),
                                  QStringLiteral("--special-bid"),
                                  QStringLiteral("--page-size"),
                                  QStringLiteral("--page"),
                                  QStringLiteral("--all-pages"),
                                  QStringLiteral("Exit codes:")}) {
        QVERIFY2(searchHelp.out.contains(option), qPrintable(option));
    }
    QVERIFY(searchHelp.out.startsWith(QLatin1String("Usage: resellerdesk-cli [options] orders "
                                                    "search")));

    const CliResult showHelp =
        run({QStringLiteral("--help"), QStringLiteral("orders"), QStringLiteral("show")});
    QCOMPARE(showHelp.exitCode, 0);
    QVERIFY(showHelp.out.contains(QLatin1String("--simulate-status")));
    QVERIFY(showHelp.out.contains(QLatin1String("NUMBER")));

    const CliResult group = run({QStringLiteral("orders"), QStringLiteral("--help")});
    QCOMPARE(group.exitCode, 0);
    QVERIFY(group.out.contains(QLatin1String("orders show")));

    const CliResult version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.contains(QLatin1String(RESELLERDESK_VERSION)));
}

void TestCli::noSecretOption()
{
    // However it is spelled, a secret on the command line is refused before anything runs.
    for (const QString &option :
         {QStringLiteral("--client-secret"), QStringLiteral("--secret"),
          QStringLiteral("--password"), QStringLiteral("--client-secret=abc")}) {
        QStringList arguments{QStringLiteral("--offline"), QStringLiteral("orders"),
                              QStringLiteral("search"), option};
        if (!option.contains(QLatin1Char('=')))
            arguments.append(QStringLiteral("abc"));
        const CliResult result = run(arguments);
        QCOMPARE(result.exitCode, int(ExitCode::Usage));
    }
    // No option of any command takes one.
    const CliResult searchHelp =
        run({QStringLiteral("orders"), QStringLiteral("search"), QStringLiteral("--help")});
    const CliResult showHelp =
        run({QStringLiteral("orders"), QStringLiteral("show"), QStringLiteral("--help")});
    const QRegularExpression secretOption(QStringLiteral("--[a-z-]*(secret|password)"));
    QVERIFY(!secretOption.match(searchHelp.out).hasMatch());
    QVERIFY(!secretOption.match(showHelp.out).hasMatch());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
