// resellerdesk-cli: the command line of ResellerDesk, for scripting and support.
#include "cliapplication.h"
#include "clienvironment.h"
#include "logfilter.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

#include "appinfo.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The app's identity, not the tool's: QSettings must find the profiles the app saved.
    QCoreApplication::setApplicationName(QStringLiteral(RESELLERDESK_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(RESELLERDESK_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral(RESELLERDESK_ORGANIZATION));
    QCoreApplication::setOrganizationDomain(QStringLiteral(RESELLERDESK_ORGANIZATION_DOMAIN));

    const QStringList arguments = app.arguments().mid(1);
    // stderr belongs to the tool's own messages; the libraries' logging would interleave
    // with them. QT_LOGGING_RULES still switches it on.
    QString rules = QStringLiteral("resellerdesk.*.debug=false\nresellerdesk.*.info=false");
    if (!arguments.contains(QLatin1String("--verbose")))
        rules += QStringLiteral("\nresellerdesk.*.warning=false");
    QLoggingCategory::setFilterRules(rules);
    LogFilter::install();

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    QSettings settings;
    CliEnvironment environment;
    environment.out = &out;
    environment.err = &err;
    environment.in = &in;
    environment.inputIsTerminal = CliEnvironment::standardInputIsTerminal();
    environment.settings = &settings;
    environment.clientSecret = CliEnvironment::clientSecretFromProcess();

    CliApplication cli(environment);
    QObject::connect(&cli, &CliApplication::finished, &app, &QCoreApplication::exit);
    cli.start(arguments);
    const int code = app.exec();
    out.flush();
    err.flush();
    return code;
}
