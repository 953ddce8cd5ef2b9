// resellerdesk-cli's write commands in-process against a real sandbox on loopback: orders
// create (v6, v7, dry run, lost answers) and orders cancel, with their exit codes.
#include "cliapplication.h"
#include "clienvironment.h"
#include "clitestsupport.h"
#include "exitcode.h"
#include "ordercreaterequestreader.h"
#include "sandbox/sandboxcatalog.h"
#include "sandbox/sandboxfaults.h"
#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString CreateV6Path = QStringLiteral("/resellers/v6/orders");
const QString CreateV7Path = QStringLiteral("/resellers/v7/orders");

QJsonObject specRequestExamples(const QString &path)
{
    QFile file(QStringLiteral(RD_SPEC_FILE));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QLatin1String("paths"))
        .toObject()
        .value(path)
        .toObject()
        .value(QLatin1String("post"))
        .toObject()
        .value(QLatin1String("requestBody"))
        .toObject()
        .value(QLatin1String("content"))
        .toObject()
        .value(QLatin1String("application/json"))
        .toObject()
        .value(QLatin1String("examples"))
        .toObject();
}
} // namespace

class TestCliOrders : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SandboxServer> m_sandbox;
    QString m_stockedPart;

    CliResult run(const QStringList &arguments, CliEnvironment environment = {})
    {
        CliResult result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        environment.out = &out;
        environment.err = &err;
        if (!environment.settings)
            environment.settings = m_settings.get();
        if (!environment.clientSecret)
            environment.clientSecret = QLatin1String(SandboxDefaults::ClientSecret);
        CliApplication cli(environment);
        QSignalSpy finished(&cli, &CliApplication::finished);
        cli.start(arguments);
        if (!QTest::qWaitFor([&finished] { return finished.count() > 0; }, 60000)) {
            qWarning() << "the command did not finish:" << arguments;
            return result;
        }
        QTest::qWait(10);
        result.exitCode = finished.count() == 1 ? finished.constFirst().constFirst().toInt() : -2;
        out.flush();
        err.flush();
        return result;
    }

    // The desk's profile pointing at the test's sandbox.
    QStringList desk(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--profile"), QStringLiteral("Desk")} + arguments;
    }

    QString writeOrder(const QString &name, const QJsonObject &body) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(QJsonDocument(body).toJson());
        return path;
    }

    // Chosen once per test: ordering lowers the stock, so a later look could pick another part.
    QString stockedPart() const { return m_stockedPart; }

    QString findStockedPart() const
    {
        for (const auto &product : SandboxCatalog::products()) {
            if (!product->license && !product->directShip && !product->alwaysBackordered &&
                m_sandbox->catalog().stock(*product, QStringLiteral("10")) > 20)
                return product->ingramPartNumber;
        }
        return {};
    }

    QJsonObject order(const QString &po, bool hold = false) const
    {
        QJsonObject body{
            {QStringLiteral("customerOrderNumber"), po},
            {QStringLiteral("notes"), QStringLiteral("placed by the command line")},
            {QStringLiteral("lines"),
             QJsonArray{QJsonObject{{QStringLiteral("customerLineNumber"), QStringLiteral("1")},
                                    {QStringLiteral("ingramPartNumber"), stockedPart()},
                                    {QStringLiteral("quantity"), 2}}}}};
        if (hold) {
            body.insert(
                QStringLiteral("additionalAttributes"),
                QJsonArray{QJsonObject{
                    {QStringLiteral("attributeName"), QStringLiteral("allowOrderOnCustomerHold")},
                    {QStringLiteral("attributeValue"), QStringLiteral("true")}}});
        }
        return body;
    }

    int requests(const QByteArray &method, const QString &pathStart) const
    {
        int n = 0;
        for (const SandboxRequestRecord &record : m_sandbox->receivedRequests())
            n += record.method == method && record.path.startsWith(pathStart) ? 1 : 0;
        return n;
    }

    int ordersWithPo(const QString &po) const
    {
        int n = 0;
        for (const SandboxOrder &order : m_sandbox->store()->orders())
            n += order.customerOrderNumber == po ? 1 : 0;
        return n;
    }

    QString createHeld(const QString &po)
    {
        const CliResult result =
            run(desk({QStringLiteral("orders"), QStringLiteral("create"),
                      writeOrder(po + QStringLiteral(".json"), order(po, true)),
                      QStringLiteral("--format"), QStringLiteral("json")}));
        if (result.exitCode != 0) {
            qWarning() << result.err;
            return {};
        }
        const QJsonObject answer = QJsonDocument::fromJson(result.out.toUtf8()).object();
        return answer.value(QLatin1String("orders"))
            .toArray()
            .at(0)
            .toObject()
            .value(QLatin1String("ingramOrderNumber"))
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
    }

    void init()
    {
        SandboxOptions options;
        options.orderCount = 20;
        options.v7OrderDelaySeconds = 0;
        m_sandbox = std::make_unique<SandboxServer>(options);
        QVERIFY(m_sandbox->listen());
        m_stockedPart = findStockedPart();
        QVERIFY(!m_stockedPart.isEmpty());
        m_settings->clear();
        ConnectionProfile profile = customProfile(QStringLiteral("Desk"), m_sandbox->baseUrl());
        saveProfiles(m_settings.get(), {profile}, false);
    }

    void cleanup() { m_sandbox.reset(); }

    void dryRunChecksAndSendsNothing()
    {
        const QString file = writeOrder(QStringLiteral("dry.json"), order(QStringLiteral("DRY-1")));
        const CliResult table = run(desk({QStringLiteral("orders"), QStringLiteral("create"), file,
                                          QStringLiteral("--dry-run")}));
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(QLatin1String("DRY-1")), qPrintable(table.out));
        QVERIFY(table.out.contains(QLatin1String("Nothing was sent")));

        const CliResult json =
            run(desk({QStringLiteral("orders"), QStringLiteral("create"), file,
                      QStringLiteral("--dry-run"), QStringLiteral("--api"), QStringLiteral("v7"),
                      QStringLiteral("-f"), QStringLiteral("json")}));
        QCOMPARE(json.exitCode, 0);
        const QJsonObject body = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(body.value(QLatin1String("customerOrderNumber")).toString(),
                 QStringLiteral("DRY-1"));
        QCOMPARE(body.value(QLatin1String("lines"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("quantity"))
                     .toInt(),
                 2);
        // v7 binds strictly: a real boolean.
        QVERIFY(body.value(QLatin1String("acceptBackOrder")).isBool());
        QCOMPARE(m_sandbox->receivedRequests().size(), 0);
    }

    void dryRunNeedsNoProfile()
    {
        // No profile, no secret, no network: checking a file must still work.
        QSettings empty(m_dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
        CliEnvironment environment;
        environment.settings = &empty;
        const QString file =
            writeOrder(QStringLiteral("dry2.json"), order(QStringLiteral("DRY-2")));
        const CliResult result = run(
            {QStringLiteral("orders"), QStringLiteral("create"), file, QStringLiteral("--dry-run")},
            environment);
        QCOMPARE(result.exitCode, 0);
    }

    void invalidOrderIsAUsageErrorListingEveryField()
    {
        QJsonObject body = order(QStringLiteral("THIS-PO-IS-FAR-TOO-LONG-FOR-V7"));
        body.insert(QStringLiteral("resellerInfo"),
                    QJsonObject{{QStringLiteral("companyName"), QStringLiteral("X")}});
        QJsonArray lines = body.value(QLatin1String("lines")).toArray();
        QJsonObject line = lines.at(0).toObject();
        line.insert(QStringLiteral("quantity"), 0);
        lines.replace(0, line);
        body.insert(QStringLiteral("lines"), lines);
        const QString file = writeOrder(QStringLiteral("bad.json"), body);
        for (const bool dryRun : {true, false}) {
            QStringList arguments{QStringLiteral("orders"), QStringLiteral("create"), file,
                                  QStringLiteral("--api"), QStringLiteral("v7")};
            if (dryRun)
                arguments << QStringLiteral("--dry-run");
            const CliResult result = run(desk(arguments));
            QCOMPARE(result.exitCode, int(ExitCode::Usage));
            QVERIFY2(result.err.contains(QLatin1String("resellerInfo:")), qPrintable(result.err));
            QVERIFY(result.err.contains(QLatin1String("cannot send this field")));
            QVERIFY(result.out.isEmpty());
        }
        // The reader stops before the API's own rules; fixed, those rules speak.
        body.remove(QStringLiteral("resellerInfo"));
        const CliResult rules = run(desk({QStringLiteral("orders"), QStringLiteral("create"),
                                          writeOrder(QStringLiteral("bad2.json"), body),
                                          QStringLiteral("--api"), QStringLiteral("v7")}));
        QCOMPARE(rules.exitCode, int(ExitCode::Usage));
        QVERIFY2(rules.err.contains(QLatin1String("customerOrderNumber: At most 18")),
                 qPrintable(rules.err));
        QVERIFY(rules.err.contains(QLatin1String("lines[0].quantity:")));
        QCOMPARE(m_sandbox->receivedRequests().size(), 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no file") << QStringList{QStringLiteral("orders"), QStringLiteral("create")}
                                 << QStringLiteral("Give the order file");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("orders"), QStringLiteral("create"),
                           QStringLiteral("/nonexistent/order.json")}
            << QStringLiteral("Cannot read the order file");
        QTest::newRow("bad api") << QStringList{QStringLiteral("orders"), QStringLiteral("create"),
                                                QStringLiteral("x.json"), QStringLiteral("--api"),
                                                QStringLiteral("v5")}
                                 << QStringLiteral("Unknown API version");
        QTest::newRow("cancel without number")
            << QStringList{QStringLiteral("orders"), QStringLiteral("cancel")}
            << QStringLiteral("Give the order number");
        QTest::newRow("cancel two numbers")
            << QStringList{QStringLiteral("orders"), QStringLiteral("cancel"),
                           QStringLiteral("20-AAAAA"), QStringLiteral("20-BBBBB")}
            << QStringLiteral("Unexpected argument");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliResult result = run(desk(arguments));
        QCOMPARE(result.exitCode, int(ExitCode::Usage));
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(m_sandbox->receivedRequests().size(), 0);
    }

    void notJsonIsAUsageError()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"customerOrderNumber\": \"X\", ");
        file.close();
        const CliResult result =
            run(desk({QStringLiteral("orders"), QStringLiteral("create"), path}));
        QCOMPARE(result.exitCode, int(ExitCode::Usage));
        QVERIFY2(result.err.contains(QLatin1String("Not valid JSON")), qPrintable(result.err));
    }

    void createV6PrintsOrdersAndLines()
    {
        QJsonObject body = order(QStringLiteral("CLI-V6"));
        QJsonArray lines = body.value(QLatin1String("lines")).toArray();
        lines.append(QJsonObject{{QStringLiteral("customerLineNumber"), QStringLiteral("2")},
                                 {QStringLiteral("ingramPartNumber"), QStringLiteral("NOSUCH1")},
                                 {QStringLiteral("quantity"), 1}});
        body.insert(QStringLiteral("lines"), lines);
        const QString file = writeOrder(QStringLiteral("v6.json"), body);
        const CliResult result = run(desk({QStringLiteral("--verbose"), QStringLiteral("orders"),
                                           QStringLiteral("create"), file}));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(ordersWithPo(QStringLiteral("CLI-V6")), 1);
        const SandboxOrder *placed = nullptr;
        for (const SandboxOrder &candidate : m_sandbox->store()->orders()) {
            if (candidate.customerOrderNumber == QLatin1String("CLI-V6"))
                placed = &candidate;
        }
        QVERIFY(placed);
        QVERIFY2(result.out.contains(placed->ingramOrderNumber), qPrintable(result.out));
        QVERIFY(result.out.contains(stockedPart()));
        // The refused line with its reject code, and the partial result said plainly.
        const QString rejected =
            result.out.split(QLatin1Char('\n')).filter(QLatin1String("NOSUCH1")).value(0);
        QVERIFY2(rejected.contains(QLatin1String(" EN ")), qPrintable(result.out));
        QVERIFY2(result.err.contains(
                     QLatin1String("Partly ordered: 1 line(s) ordered, 1 line(s) rejected")),
                 qPrintable(result.err));
        // --verbose: the create's status and correlation ID.
        const QRegularExpression line(QStringLiteral(
            "POST /resellers/v6/orders -> 207 in \\d+ ms, correlation ID ([0-9a-f]{32})"));
        QVERIFY2(line.match(result.err).hasMatch(), qPrintable(result.err));
        QCOMPARE(requests("POST", CreateV6Path), 1);
    }

    void createV6Csv()
    {
        const CliResult result =
            run(desk({QStringLiteral("orders"), QStringLiteral("create"),
                      writeOrder(QStringLiteral("csv.json"), order(QStringLiteral("CLI-CSV"))),
                      QStringLiteral("-f"), QStringLiteral("csv")}));
        QCOMPARE(result.exitCode, 0);
        const QList<QStringList> records = parseCsv(result.out);
        QVERIFY(records.size() >= 2);
        QCOMPARE(records.at(0).value(0), QStringLiteral("ORDER"));
        QCOMPARE(records.at(1).value(2), stockedPart());
        QCOMPARE(records.at(1).value(3), QStringLiteral("2"));
    }

    void createV7PrintsTheConfirmation()
    {
        const CliResult result =
            run(desk({QStringLiteral("orders"), QStringLiteral("create"),
                      writeOrder(QStringLiteral("v7.json"), order(QStringLiteral("CLI-V7"))),
                      QStringLiteral("--api"), QStringLiteral("v7"), QStringLiteral("-f"),
                      QStringLiteral("json")}));
        QCOMPARE(result.exitCode, 0);
        const QJsonObject answer = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QVERIFY2(!answer.value(QLatin1String("confirmationNumber")).toString().isEmpty(),
                 qPrintable(result.out));
        QVERIFY(result.err.contains(QLatin1String("Search for customer PO CLI-V7")));
        QCOMPARE(requests("POST", CreateV7Path), 1);
        QCOMPARE(requests("POST", CreateV6Path), 0);
    }

    void lostAnswerIsNeverResent_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("api");
        QTest::newRow("v6 dropped")
            << int(SandboxFaultKind::CommitThenDrop) << QStringLiteral("v6");
        QTest::newRow("v6 late") << int(SandboxFaultKind::LateAnswer) << QStringLiteral("v6");
        QTest::newRow("v7 dropped")
            << int(SandboxFaultKind::CommitThenDrop) << QStringLiteral("v7");
    }

    void lostAnswerIsNeverResent()
    {
        QFETCH(int, kind);
        QFETCH(QString, api);
        const QString path = api == QLatin1String("v6") ? CreateV6Path : CreateV7Path;
        m_sandbox->faults()->add(
            SandboxFaultRule(SandboxFaultKind(kind), 30000).onMethod("POST").onPath(path));
        const CliResult result =
            run(desk({QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("orders"),
                      QStringLiteral("create"),
                      writeOrder(QStringLiteral("lost.json"), order(QStringLiteral("CLI-LOST"))),
                      QStringLiteral("--api"), api}));
        QCOMPARE(result.exitCode, int(ExitCode::Unconfirmed));
        QVERIFY2(result.err.contains(QLatin1String("may have been placed")),
                 qPrintable(result.err));
        QVERIFY(result.err.contains(QLatin1String("orders search --customer-po \"CLI-LOST\"")));
        QVERIFY(result.err.contains(QLatin1String("--profile \"Desk\"")));
        QCOMPARE(requests("POST", path), 1);
        if (api == QLatin1String("v6"))
            QCOMPARE(ordersWithPo(QStringLiteral("CLI-LOST")), 1);
    }

    void serverErrorIsAnApiError()
    {
        m_sandbox->faults()->add(
            SandboxFaultRule(SandboxFaultKind::ServerError).onMethod("POST").onPath(CreateV6Path));
        const CliResult result =
            run(desk({QStringLiteral("orders"), QStringLiteral("create"),
                      writeOrder(QStringLiteral("e500.json"), order(QStringLiteral("CLI-500")))}));
        QCOMPARE(result.exitCode, int(ExitCode::Api));
        QVERIFY(result.err.contains(QLatin1String("Next step: ")));
        QVERIFY(QRegularExpression(QStringLiteral("Correlation ID: [0-9a-f]{32}"))
                    .match(result.err)
                    .hasMatch());
        QCOMPARE(requests("POST", CreateV6Path), 1);
        QVERIFY(result.out.isEmpty());
    }

    void closedPortIsANetworkError()
    {
        const quint16 port = closedPort();
        QVERIFY(port);
        saveProfiles(m_settings.get(),
                     {customProfile(QStringLiteral("Gone"),
                                    QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)))},
                     false);
        const QString file =
            writeOrder(QStringLiteral("net.json"), order(QStringLiteral("CLI-NET")));
        const CliResult create = run({QStringLiteral("--profile"), QStringLiteral("Gone"),
                                      QStringLiteral("orders"), QStringLiteral("create"), file});
        QCOMPARE(create.exitCode, int(ExitCode::Network));
        QVERIFY2(create.err.contains(QLatin1String("Could not reach")), qPrintable(create.err));
        const CliResult cancel =
            run({QStringLiteral("--profile"), QStringLiteral("Gone"), QStringLiteral("orders"),
                 QStringLiteral("cancel"), QStringLiteral("20-AAAAA"), QStringLiteral("--yes")});
        QCOMPARE(cancel.exitCode, int(ExitCode::Network));
    }

    void cancelHeldOrder()
    {
        const QString number = createHeld(QStringLiteral("CLI-HOLD"));
        QVERIFY(!number.isEmpty());
        const CliResult result =
            run(desk({QStringLiteral("orders"), QStringLiteral("cancel"), number,
                      QStringLiteral("--yes"), QStringLiteral("--verbose")}));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QLatin1String("was cancelled")), qPrintable(result.out));
        QVERIFY2(QRegularExpression(QStringLiteral("DELETE /resellers/v6/orders/%1 -> 2\\d\\d in "
                                                   "\\d+ ms, correlation ID [0-9a-f]{32}")
                                        .arg(number))
                     .match(result.err)
                     .hasMatch(),
                 qPrintable(result.err));
        // A second cancel is refused by the API with its reason.
        const CliResult again = run(desk(
            {QStringLiteral("orders"), QStringLiteral("cancel"), number, QStringLiteral("-y")}));
        QCOMPARE(again.exitCode, int(ExitCode::Api));
        QVERIFY(again.err.startsWith(QLatin1String("Error: ")));
    }

    void cancelAsksAtATerminal()
    {
        const QString number = createHeld(QStringLiteral("CLI-ASK"));
        QVERIFY(!number.isEmpty());
        const int deletesBefore = requests("DELETE", CreateV6Path);

        // Not a terminal and no --yes: refused before anything is sent.
        QString noInput;
        QTextStream pipe(&noInput);
        CliEnvironment scripted;
        scripted.in = &pipe;
        scripted.inputIsTerminal = false;
        const CliResult refused =
            run(desk({QStringLiteral("orders"), QStringLiteral("cancel"), number}), scripted);
        QCOMPARE(refused.exitCode, int(ExitCode::Usage));
        QVERIFY2(refused.err.contains(QLatin1String("--yes")), qPrintable(refused.err));

        // At a terminal, "n" keeps the order.
        QString no = QStringLiteral("n\n");
        QTextStream noStream(&no);
        CliEnvironment terminal;
        terminal.in = &noStream;
        terminal.inputIsTerminal = true;
        const CliResult kept =
            run(desk({QStringLiteral("orders"), QStringLiteral("cancel"), number}), terminal);
        QCOMPARE(kept.exitCode, int(ExitCode::Failure));
        QVERIFY2(kept.err.contains(QLatin1String("[y/N]")), qPrintable(kept.err));
        QVERIFY(kept.err.contains(QLatin1String("Not cancelled")));
        QCOMPARE(requests("DELETE", CreateV6Path), deletesBefore);

        QString yes = QStringLiteral("y\n");
        QTextStream yesStream(&yes);
        terminal.in = &yesStream;
        const CliResult cancelled =
            run(desk({QStringLiteral("orders"), QStringLiteral("cancel"), number}), terminal);
        QCOMPARE(cancelled.exitCode, 0);
        QCOMPARE(requests("DELETE", CreateV6Path), deletesBefore + 1);
    }

    void specExamplesAreRead_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<bool>("refused");
        // The spec's examples that use what an OrderCreateRequest cannot carry: shipComplete
        // "E", customerPartNumber, reseller/VMF/warranty blocks, and the quantity "1,".
        const QStringList refused{QStringLiteral("All Distributions ShipComplete-SplitOrder"),
                                  QStringLiteral("Order with CPN - SAP"),
                                  QStringLiteral("Warranty order sample"),
                                  QStringLiteral("Govt fields with End User Info")};
        const QJsonObject examples = specRequestExamples(CreateV6Path);
        QVERIFY(examples.size() >= 10);
        for (auto it = examples.begin(); it != examples.end(); ++it) {
            QTest::newRow(qPrintable(it.key()))
                << it.value().toObject().value(QLatin1String("value")).toObject()
                << refused.contains(it.key());
        }
    }

    void specExamplesAreRead()
    {
        QFETCH(QJsonObject, body);
        QFETCH(bool, refused);
        QVERIFY(!body.isEmpty());
        const OrderApiVersion version = OrderApiVersion::V6;
        QList<OrderCreateRequest::Problem> problems;
        const OrderCreateRequest request = OrderCreateRequestReader::read(body, version, &problems);
        QCOMPARE(!problems.isEmpty(), refused);
        if (!problems.isEmpty()) {
            // Refused only with reasons that name the field; never silently shortened.
            for (const OrderCreateRequest::Problem &problem : std::as_const(problems))
                QVERIFY2(!problem.field.isEmpty() && !problem.message.isEmpty(),
                         qPrintable(problem.message));
            return;
        }
        // Read without problems: what would be sent carries every field of the example.
        const QJsonObject sent = request.toJson(version);
        for (auto it = body.begin(); it != body.end(); ++it)
            QVERIFY2(sent.contains(it.key()) || it.value().toString().isEmpty(),
                     qPrintable(it.key()));
        QCOMPARE(sent.value(QLatin1String("customerOrderNumber")),
                 body.value(QLatin1String("customerOrderNumber")));
        QCOMPARE(sent.value(QLatin1String("lines")).toArray().size(),
                 body.value(QLatin1String("lines")).toArray().size());
        QCOMPARE(request.additionalAttributes.size() + (request.placeOnCustomerHold ? 1 : 0) +
                     (request.allowDuplicateCustomerOrderNumber ? 1 : 0),
                 body.value(QLatin1String("additionalAttributes")).toArray().size());
    }
};

QTEST_GUILESS_MAIN(TestCliOrders)
#include "tst_cli_orders.moc"
