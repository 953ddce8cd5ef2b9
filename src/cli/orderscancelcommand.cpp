#include "orderscancelcommand.h"

#include "clisession.h"
#include "orderwritejobs.h"
#include "orderwriteservice.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

namespace {
const QString YesOption = QStringLiteral("yes");
}

OrdersCancelCommand::OrdersCancelCommand(QObject *parent)
    : CliCommand(parent)
{}

QString OrdersCancelCommand::description() const
{
    return tr("Cancels an order placed on customer hold. Asks first, unless --yes is given.");
}

QList<QCommandLineOption> OrdersCancelCommand::options() const
{
    return {
        QCommandLineOption({QStringLiteral("y"), YesOption},
                           tr("Cancel without asking; required when the input is not a "
                              "terminal (scripts).")),
    };
}

QList<CliCommand::Argument> OrdersCancelCommand::arguments() const
{
    return {{QStringLiteral("number"), tr("The Ingram Micro order number."), tr("NUMBER")}};
}

QString OrdersCancelCommand::helpNotes() const
{
    return tr("Only orders on customer hold (placed with the additional attribute "
              "allowOrderOnCustomerHold) can be cancelled, within the API's hold window; "
              "otherwise the API's reason is printed and the command exits with %1.")
        .arg(static_cast<int>(ExitCode::Api));
}

QString OrdersCancelCommand::configure(const QCommandLineParser &parser,
                                       const QStringList &arguments)
{
    if (arguments.isEmpty())
        return tr("Give the order number: orders cancel NUMBER.");
    if (arguments.size() > 1)
        return tr("Unexpected argument \"%1\"; orders cancel takes one order number.")
            .arg(arguments.at(1));
    m_orderNumber = arguments.constFirst().trimmed();
    m_yes = parser.isSet(YesOption);
    return {};
}

void OrdersCancelCommand::start()
{
    if (!m_yes) {
        const CliEnvironment &environment = session()->environment();
        if (!environment.in || !environment.inputIsTerminal) {
            err() << tr("Error: %1")
                         .arg(tr("Cancelling needs --yes when the input is not a terminal."))
                  << '\n';
            finish(ExitCode::Usage);
            return;
        }
        err() << tr("Cancel order %1 (profile \"%2\")? This cannot be undone. [y/N] ")
                     .arg(m_orderNumber, session()->profile().name);
        err().flush();
        const QString answer = environment.in->readLine().trimmed().toLower();
        if (answer != QLatin1String("y") && answer != tr("y") && answer != QLatin1String("yes") &&
            answer != tr("yes")) {
            err() << tr("Not cancelled.") << '\n';
            finish(ExitCode::Failure);
            return;
        }
    }
    OrderActionJob *job = session()->writer()->cancel(m_orderNumber, this);
    connect(job, &ApiJob::finished, this, &OrdersCancelCommand::onFinished);
}

void OrdersCancelCommand::onFinished(ApiJob *job)
{
    if (job->hasError()) {
        fail(job->error());
        return;
    }
    const auto *action = static_cast<OrderActionJob *>(job);
    if (format() == OutputFormat::Json) {
        QJsonObject result{{QStringLiteral("orderNumber"), m_orderNumber},
                           {QStringLiteral("cancelled"), true}};
        if (!action->raw().isEmpty())
            result.insert(QStringLiteral("response"), action->raw());
        out() << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    } else {
        out() << tr("Order %1 was cancelled.").arg(m_orderNumber) << '\n';
    }
    finish(ExitCode::Success);
}
