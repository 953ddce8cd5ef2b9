// The built resellerdesk-cli run as a real process: arguments, environment, settings, exit codes.
#include "clitestsupport.h"
#include "exitcode.h"
#include "orderstatus.h"
#include "sandbox/sandboxserver.h"

#include "appinfo.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void searchJson();
    void searchCsvWithFilter();
    void showPrintsTrackingAndSerials();
    void usageErrors_data();
    void usageErrors();
    void unknownOrderExitsWith3();
    void closedPortExitsWith4();
    void unknownProfileExitsWith5();
    void unavailableKeychainExitsWith5();
    void environmentSecretWorks();
    void verbosePrintsCorrelationIds();
    void helpAndVersionNeedNoDisplay();

private:
    ProcessResult run(const QStringList &arguments, const QProcessEnvironment &extra = {});
    // The settings file the child reads through the app's identity.
    std::unique_ptr<QSettings> childSettings();

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<SandboxStore> m_store;
};

void TestCliProcess::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(RD_CLI_EXECUTABLE)), RD_CLI_EXECUTABLE);
    // The child's --offline sandbox is built from the default options for today.
    m_store = std::make_unique<SandboxStore>(SandboxOptions{});
}

void TestCliProcess::init()
{
    // Each test gets its own empty configuration: no profile leaks from one into the next,
    // and nothing touches the real user's settings.
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

std::unique_ptr<QSettings> TestCliProcess::childSettings()
{
    // QSettings' native format on Linux is this INI file below XDG_CONFIG_HOME.
    const QString path = m_home->filePath(
        QStringLiteral("config/%1/%2.conf")
            .arg(QLatin1String(RESELLERDESK_ORGANIZATION), QLatin1String(RESELLERDESK_NAME)));
    return std::make_unique<QSettings>(path, QSettings::IniFormat);
}

ProcessResult TestCliProcess::run(const QStringList &arguments, const QProcessEnvironment &extra)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("RESELLERDESK_CLIENT_SECRET"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    // No keychain unless a test asks for one: a session bus address that leads nowhere.
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + m_home->filePath(QStringLiteral("no-bus")));
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    const QStringList keys = extra.keys();
    for (const QString &key : keys)
        environment.insert(key, extra.value(key));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RD_CLI_EXECUTABLE), arguments);
    ProcessResult result;
    if (!process.waitForStarted(10000)) {
        qWarning() << "could not start" << RD_CLI_EXECUTABLE << process.errorString();
        return result;
    }
    // The event loop keeps running meanwhile: tests answer the child from a sandbox of their own.
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 90000)) {
        qWarning() << "resellerdesk-cli did not end:" << arguments;
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCliProcess::searchJson()
{
    const ProcessResult result =
        run({QStringLiteral("--offline"), QStringLiteral("orders"), QStringLiteral("search"),
             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--status"),
             QStringLiteral("SHIPPED"), QStringLiteral("--page-size"), QStringLiteral("10")});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonObject page = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray orders = page.value(QLatin1String("orders")).toArray();
    QCOMPARE(orders.size(), 10);
    QVERIFY(page.value(QLatin1String("recordsFound")).toInt() >= 10);
    for (const QJsonValue &value : orders) {
        const QJsonObject order = value.toObject();
        QCOMPARE(OrderStatus(order.value(QLatin1String("orderStatus")).toString()).kind(),
                 OrderStatus::Kind::Shipped);
        const SandboxOrder *known =
            m_store->order(order.value(QLatin1String("ingramOrderNumber")).toString());
        QVERIFY(known);
        QCOMPARE(order.value(QLatin1String("customerOrderNumber")).toString(),
                 known->customerOrderNumber);
    }
}

void TestCliProcess::searchCsvWithFilter()
{
    const SandboxOrder *order = orderWithSerials(*m_store);
    QVERIFY(order);
    const SandboxPackage *package = firstSerializedPackage(*order);
    const ProcessResult result =
        run({QStringLiteral("--offline"), QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("orders"), QStringLiteral("search"), QStringLiteral("--serial"),
             package->serialNumbers.constFirst()});
    QCOMPARE(result.exitCode, 0);
    const QList<QStringList> records = parseCsv(result.out);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).at(0), QStringLiteral("ingramOrderNumber"));
    QCOMPARE(records.at(1).at(0), order->ingramOrderNumber);
    QCOMPARE(records.at(1).at(records.at(0).indexOf(QStringLiteral("customerOrderNumber"))),
             order->customerOrderNumber);
}

void TestCliProcess::showPrintsTrackingAndSerials()
{
    const SandboxOrder *order = orderWithSerials(*m_store);
    QVERIFY(order);
    const SandboxPackage *package = firstSerializedPackage(*order);
    const ProcessResult result = run({QStringLiteral("--offline"), QStringLiteral("orders"),
                                      QStringLiteral("show"), order->ingramOrderNumber});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("Order ") + order->ingramOrderNumber));
    QVERIFY2(result.out.contains(package->trackingNumber), qPrintable(result.out));
    for (const QString &serial : package->serialNumbers)
        QVERIFY2(result.out.contains(serial), qPrintable(serial));
}

void TestCliProcess::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString offline = QStringLiteral("--offline");
    const QString orders = QStringLiteral("orders");
    const QString search = QStringLiteral("search");
    QTest::newRow("unknown option")
        << QStringList{offline, orders, search, QStringLiteral("--no-such-option")};
    QTest::newRow("bad date") << QStringList{
        offline, orders, search, QStringLiteral("--order-date"), QStringLiteral("31.12.2024")};
    QTest::newRow("page size 101") << QStringList{
        offline, orders, search, QStringLiteral("--page-size"), QStringLiteral("101")};
    QTest::newRow("secret as an argument") << QStringList{
        offline, orders, search, QStringLiteral("--client-secret"), QStringLiteral("abc")};
    QTest::newRow("no command") << QStringList{};
}

void TestCliProcess::usageErrors()
{
    QFETCH(QStringList, arguments);
    const ProcessResult result = run(arguments);
    QCOMPARE(result.exitCode, int(ExitCode::Usage));
    QVERIFY2(result.err.startsWith(QLatin1String("Error: ")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestCliProcess::unknownOrderExitsWith3()
{
    const ProcessResult result = run({QStringLiteral("--offline"), QStringLiteral("orders"),
                                      QStringLiteral("show"), QStringLiteral("20-NOPE99")});
    QCOMPARE(result.exitCode, int(ExitCode::Api));
    QVERIFY2(QRegularExpression(QStringLiteral("Correlation ID: [0-9a-f]{32}"))
                 .match(result.err)
                 .hasMatch(),
             qPrintable(result.err));
}

void TestCliProcess::closedPortExitsWith4()
{
    const quint16 port = closedPort();
    QVERIFY(port);
    {
        auto settings = childSettings();
        saveProfiles(settings.get(),
                     {customProfile(QStringLiteral("Unreachable"),
                                    QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)))},
                     false);
    }
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("RESELLERDESK_CLIENT_SECRET"), QStringLiteral("some-secret"));
    const ProcessResult result = run({QStringLiteral("--profile"), QStringLiteral("Unreachable"),
                                      QStringLiteral("orders"), QStringLiteral("search")},
                                     extra);
    QCOMPARE(result.exitCode, int(ExitCode::Network));
    QVERIFY2(result.err.contains(QLatin1String("Could not reach")), qPrintable(result.err));
    QVERIFY(!result.err.contains(QLatin1String("some-secret")));
}

void TestCliProcess::unknownProfileExitsWith5()
{
    {
        auto settings = childSettings();
        saveProfiles(
            settings.get(),
            {customProfile(QStringLiteral("Only one"), QUrl(QStringLiteral("http://127.0.0.1:9")))},
            false);
    }
    const ProcessResult result = run({QStringLiteral("--profile"), QStringLiteral("Another"),
                                      QStringLiteral("orders"), QStringLiteral("search")});
    QCOMPARE(result.exitCode, int(ExitCode::Configuration));
    // The child found the app's profiles through the app's settings identity.
    QVERIFY2(result.err.contains(QLatin1String("\"Only one\"")), qPrintable(result.err));
}

void TestCliProcess::unavailableKeychainExitsWith5()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    {
        auto settings = childSettings();
        saveProfiles(settings.get(), {customProfile(QStringLiteral("Keychain"), sandbox.baseUrl())},
                     false);
    }
    const ProcessResult result = run({QStringLiteral("--profile"), QStringLiteral("Keychain"),
                                      QStringLiteral("orders"), QStringLiteral("search")});
    QCOMPARE(result.exitCode, int(ExitCode::Configuration));
    QVERIFY2(result.err.contains(QLatin1String("Keychain")), qPrintable(result.err));
    QVERIFY(sandbox.receivedRequests().isEmpty());
}

void TestCliProcess::environmentSecretWorks()
{
    SandboxOptions options;
    options.clientSecret = QStringLiteral("process-env-secret-42");
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen());
    {
        auto settings = childSettings();
        saveProfiles(settings.get(), {customProfile(QStringLiteral("Scripted"), sandbox.baseUrl())},
                     true);
    }
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("RESELLERDESK_CLIENT_SECRET"), options.clientSecret);
    // No --profile: the current profile of the app's settings.
    const ProcessResult result =
        run({QStringLiteral("orders"), QStringLiteral("search"), QStringLiteral("-f"),
             QStringLiteral("json"), QStringLiteral("--page-size"), QStringLiteral("2")},
            extra);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8())
                 .object()
                 .value(QLatin1String("orders"))
                 .toArray()
                 .size(),
             2);
    QVERIFY(!result.out.contains(options.clientSecret));
    QVERIFY(!result.err.contains(options.clientSecret));

    // The same run without the variable has no secret (and no keychain) to sign in with.
    const ProcessResult without = run({QStringLiteral("orders"), QStringLiteral("search")});
    QCOMPARE(without.exitCode, int(ExitCode::Configuration));
}

void TestCliProcess::verbosePrintsCorrelationIds()
{
    const ProcessResult result =
        run({QStringLiteral("--offline"), QStringLiteral("--verbose"), QStringLiteral("orders"),
             QStringLiteral("search"), QStringLiteral("--page-size"), QStringLiteral("1")});
    QCOMPARE(result.exitCode, 0);
    const QRegularExpression line(
        QStringLiteral("GET /resellers/v6/orders/search\\?\\S* -> 200 in \\d+ ms, correlation ID "
                       "[0-9a-f]{32}"));
    QVERIFY2(line.match(result.err).hasMatch(), qPrintable(result.err));
    // stdout holds the result only.
    QVERIFY(!result.out.contains(QLatin1String("correlation ID")));
}

void TestCliProcess::helpAndVersionNeedNoDisplay()
{
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("DISPLAY"), QString());
    extra.insert(QStringLiteral("WAYLAND_DISPLAY"), QString());
    extra.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
    const ProcessResult help = run({QStringLiteral("--help")}, extra);
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("Exit codes:")));
    const ProcessResult searchHelp =
        run({QStringLiteral("orders"), QStringLiteral("search"), QStringLiteral("--help")}, extra);
    QCOMPARE(searchHelp.exitCode, 0);
    QVERIFY(searchHelp.out.contains(QLatin1String("--all-pages")));
    const ProcessResult version = run({QStringLiteral("--version")}, extra);
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(),
             QStringLiteral("resellerdesk-cli %1 (%2)")
                 .arg(QLatin1String(RESELLERDESK_VERSION), QLatin1String(RESELLERDESK_NAME)));
}

QTEST_GUILESS_MAIN(TestCliProcess)
#include "tst_cli_process.moc"
