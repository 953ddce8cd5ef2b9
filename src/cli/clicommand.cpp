#include "clicommand.h"

#include "apierror.h"

#include <QTextStream>

CliCommand::CliCommand(QObject *parent)
    : QObject(parent)
{}

void CliCommand::run(CliSession *session, QTextStream *out, QTextStream *err, OutputFormat format)
{
    m_session = session;
    m_out = out;
    m_err = err;
    m_format = format;
    start();
}

void CliCommand::finish(ExitCode code)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_out->flush();
    m_err->flush();
    // Queued, so that a command that ends inside run() still ends after it returned.
    QMetaObject::invokeMethod(
        this, [this, code] { Q_EMIT finished(static_cast<int>(code)); }, Qt::QueuedConnection);
}

void CliCommand::fail(const ApiError &error)
{
    printError(*m_err, error);
    finish(exitCodeFor(error));
}

void CliCommand::printError(QTextStream &err, const ApiError &error)
{
    err << tr("Error: %1").arg(error.message()) << '\n';
    // message() names every field after the server's own text, or else the first field only.
    const bool listed = error.kind == ApiError::Kind::Http && !error.serverMessage.isEmpty();
    for (qsizetype i = listed ? error.fieldErrors.size() : 1; i < error.fieldErrors.size(); ++i) {
        const ApiFieldError &field = error.fieldErrors.at(i);
        err << "  "
            << (field.field.isEmpty() ? field.message
                                      : tr("%1: %2").arg(field.field, field.message))
            << '\n';
    }
    const QString next = error.nextStep();
    if (!next.isEmpty())
        err << tr("Next step: %1").arg(next) << '\n';
    if (!error.correlationId.isEmpty())
        err << tr("Correlation ID: %1").arg(error.correlationId) << '\n';
    err.flush();
}
