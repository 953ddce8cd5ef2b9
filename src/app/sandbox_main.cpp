// resellerdesk-sandbox: the offline sandbox as a standalone program.

#include "appinfo.h"
#include "logfilter.h"
#include "sandbox/sandboxfaults.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QTextStream>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("resellerdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RESELLERDESK_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral(RESELLERDESK_ORGANIZATION));
    QCoreApplication::setOrganizationDomain(QStringLiteral(RESELLERDESK_ORGANIZATION_DOMAIN));
    LogFilter::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate(
            "SandboxMain",
            "%1 offline sandbox: a local emulator of the Ingram Micro Reseller API with seeded "
            "order data, for first runs, training, demos and reproducing problems.\n\n%2")
            .arg(QStringLiteral(RESELLERDESK_NAME), SandboxFaultRule::syntaxHelp()));
    parser.addHelpOption();
    const QCommandLineOption versionOption(
        {QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("SandboxMain", "Prints the name and version, then exits."));
    parser.addOption(versionOption);
    const QCommandLineOption portOption(
        {QStringLiteral("p"), QStringLiteral("port")},
        QCoreApplication::translate("SandboxMain",
                                    "TCP port to listen on; 0 picks a free one (default %1).")
            .arg(SandboxDefaults::Port),
        QCoreApplication::translate("SandboxMain", "port"), QString::number(SandboxDefaults::Port));
    const QCommandLineOption hostOption(
        QStringLiteral("host"),
        QCoreApplication::translate("SandboxMain", "Address to listen on (default 127.0.0.1)."),
        QCoreApplication::translate("SandboxMain", "address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption ordersOption(
        QStringLiteral("orders"),
        QCoreApplication::translate("SandboxMain",
                                    "Number of orders to generate, up to 100000 (default %1).")
            .arg(SandboxDefaults::OrderCount),
        QCoreApplication::translate("SandboxMain", "count"),
        QString::number(SandboxDefaults::OrderCount));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        QCoreApplication::translate(
            "SandboxMain",
            "Seed of the generated data; the same seed gives the same orders (default %1).")
            .arg(SandboxDefaults::Seed),
        QCoreApplication::translate("SandboxMain", "number"),
        QString::number(SandboxDefaults::Seed));
    const QCommandLineOption dateOption(
        QStringLiteral("reference-date"),
        QCoreApplication::translate(
            "SandboxMain",
            "The \"today\" the data is built around, as yyyy-MM-dd (default: the current date)."),
        QCoreApplication::translate("SandboxMain", "date"));
    const QCommandLineOption clientIdOption(
        QStringLiteral("client-id"),
        QCoreApplication::translate("SandboxMain",
                                    "Client ID the token endpoint accepts (default %1).")
            .arg(QLatin1String(SandboxDefaults::ClientId)),
        QCoreApplication::translate("SandboxMain", "id"), QLatin1String(SandboxDefaults::ClientId));
    const QCommandLineOption clientSecretOption(
        QStringLiteral("client-secret"),
        QCoreApplication::translate("SandboxMain",
                                    "Client secret the token endpoint accepts (default %1).")
            .arg(QLatin1String(SandboxDefaults::ClientSecret)),
        QCoreApplication::translate("SandboxMain", "secret"),
        QLatin1String(SandboxDefaults::ClientSecret));
    const QCommandLineOption lifetimeOption(
        QStringLiteral("token-lifetime"),
        QCoreApplication::translate("SandboxMain",
                                    "Lifetime of access tokens in seconds (default %1).")
            .arg(SandboxDefaults::TokenLifetimeSeconds),
        QCoreApplication::translate("SandboxMain", "seconds"),
        QString::number(SandboxDefaults::TokenLifetimeSeconds));
    const QCommandLineOption v7DelayOption(
        QStringLiteral("v7-delay"),
        QCoreApplication::translate(
            "SandboxMain",
            "Seconds between a v7 order confirmation and the order appearing in search; 0 makes "
            "it appear at once (default %1).")
            .arg(SandboxDefaults::V7OrderDelaySeconds),
        QCoreApplication::translate("SandboxMain", "seconds"),
        QString::number(SandboxDefaults::V7OrderDelaySeconds));
    const QCommandLineOption holdWindowOption(
        QStringLiteral("hold-window"),
        QCoreApplication::translate(
            "SandboxMain",
            "Seconds an order placed on customer hold can be modified, released or cancelled "
            "before it is voided (default %1).")
            .arg(SandboxDefaults::HoldWindowSeconds),
        QCoreApplication::translate("SandboxMain", "seconds"),
        QString::number(SandboxDefaults::HoldWindowSeconds));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"),
        QCoreApplication::translate("SandboxMain",
                                    "Switches a fault on; repeatable. Syntax: "
                                    "KIND[:PARAM][@[METHOD:]PATH][%FRACTION|#COUNT], "
                                    "see above."),
        QCoreApplication::translate("SandboxMain", "spec"));
    parser.addOptions({portOption, hostOption, ordersOption, seedOption, dateOption, clientIdOption,
                       clientSecretOption, lifetimeOption, v7DelayOption, holdWindowOption,
                       faultOption});
    parser.process(app);

    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << QStringLiteral(RESELLERDESK_NAME) << QLatin1Char(' ')
                            << QCoreApplication::translate("SandboxMain", "offline sandbox")
                            << QLatin1Char(' ') << QStringLiteral(RESELLERDESK_VERSION) << Qt::endl;
        return 0;
    }

    SandboxOptions options;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(QCoreApplication::translate("SandboxMain", "Invalid port \"%1\".")
                        .arg(parser.value(portOption)));
    const QHostAddress host(parser.value(hostOption));
    if (host.isNull())
        return fail(
            QCoreApplication::translate(
                "SandboxMain", "Invalid address \"%1\"; give an IP address such as 127.0.0.1.")
                .arg(parser.value(hostOption)));
    options.orderCount = parser.value(ordersOption).toInt(&ok);
    if (!ok || options.orderCount < 0 || options.orderCount > 100000)
        return fail(QCoreApplication::translate(
            "SandboxMain", "The number of orders must be between 0 and 100000."));
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return fail(QCoreApplication::translate("SandboxMain", "Invalid seed \"%1\".")
                        .arg(parser.value(seedOption)));
    if (parser.isSet(dateOption)) {
        options.referenceDate =
            QDate::fromString(parser.value(dateOption), QStringLiteral("yyyy-MM-dd"));
        if (!options.referenceDate.isValid())
            return fail(QCoreApplication::translate(
                            "SandboxMain", "Invalid reference date \"%1\"; expected yyyy-MM-dd.")
                            .arg(parser.value(dateOption)));
    }
    options.clientId = parser.value(clientIdOption);
    options.clientSecret = parser.value(clientSecretOption);
    options.tokenLifetimeSeconds = parser.value(lifetimeOption).toInt(&ok);
    if (!ok || options.tokenLifetimeSeconds < 1)
        return fail(QCoreApplication::translate(
            "SandboxMain", "The token lifetime must be a whole number of seconds, 1 or more."));

    options.v7OrderDelaySeconds = parser.value(v7DelayOption).toInt(&ok);
    if (!ok || options.v7OrderDelaySeconds < 0)
        return fail(QCoreApplication::translate(
            "SandboxMain", "The v7 delay must be a whole number of seconds, 0 or more."));
    options.holdWindowSeconds = parser.value(holdWindowOption).toInt(&ok);
    if (!ok || options.holdWindowSeconds < 0)
        return fail(QCoreApplication::translate(
            "SandboxMain", "The hold window must be a whole number of seconds, 0 or more."));

    QList<SandboxFaultRule> rules;
    const QStringList faultSpecs = parser.values(faultOption);
    for (const QString &spec : faultSpecs) {
        QString error;
        const auto rule = SandboxFaultRule::parse(spec, &error);
        if (!rule)
            return fail(QCoreApplication::translate("SandboxMain", "Invalid fault \"%1\": %2")
                            .arg(spec, error));
        rules.append(*rule);
    }

    SandboxServer server(options);
    for (const SandboxFaultRule &rule : std::as_const(rules))
        server.faults()->add(rule);
    if (!server.listen(host, static_cast<quint16>(port)))
        return fail(QCoreApplication::translate("SandboxMain", "Cannot listen on %1 port %2: %3")
                        .arg(host.toString())
                        .arg(port)
                        .arg(server.errorString()));

    QTextStream out(stdout);
    out << QCoreApplication::translate("SandboxMain", "%1 offline sandbox listening on %2")
               .arg(QStringLiteral(RESELLERDESK_NAME), server.baseUrl().toString())
        << Qt::endl;
    out << QCoreApplication::translate(
               "SandboxMain", "%1 orders (seed %2, today %3); client ID %4; %n fault switch(es).",
               nullptr, int(rules.size()))
               .arg(server.store()->orderCount())
               .arg(options.seed)
               .arg(server.store()->referenceDate().toString(Qt::ISODate), options.clientId)
        << Qt::endl;
    out.flush();
    std::fflush(stdout);
    return app.exec();
}
