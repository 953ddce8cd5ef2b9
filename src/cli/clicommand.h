// One command of resellerdesk-cli ("orders search"): its options, checks and run.
#pragma once

#include "exitcode.h"
#include "outputformat.h"

#include <QCommandLineOption>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class ApiError;
class CliSession;
class QCommandLineParser;
class QTextStream;

class CliCommand : public QObject
{
    Q_OBJECT

public:
    // A positional argument after the command words.
    struct Argument
    {
        QString name;
        QString description;
        QString syntax;
    };

    explicit CliCommand(QObject *parent = nullptr);

    virtual QString description() const = 0;
    // Options beside the global ones.
    virtual QList<QCommandLineOption> options() const = 0;
    virtual QList<Argument> arguments() const { return {}; }
    // More help text after the options.
    virtual QString helpNotes() const { return {}; }

    // Reads the parsed options and the positional arguments after the command words, and
    // checks them before anything is sent. Returns a translated usage error, or an empty
    // string when the command can run.
    virtual QString configure(const QCommandLineParser &parser, const QStringList &arguments) = 0;
    // Whether run() needs a session; a command that only checks input runs without one.
    virtual bool needsConnection() const { return true; }

    // Runs against the session; finished() follows exactly once, always after run() returns.
    void run(CliSession *session, QTextStream *out, QTextStream *err, OutputFormat format);

    // The error's message, next step, field problems and correlation ID.
    static void printError(QTextStream &err, const ApiError &error);

Q_SIGNALS:
    void finished(int exitCode);

protected:
    virtual void start() = 0;

    // Ends the command; only the first call counts.
    void finish(ExitCode code);
    // Prints the error and ends with its exit code.
    void fail(const ApiError &error);

    CliSession *session() const { return m_session; }
    QTextStream &out() const { return *m_out; }
    QTextStream &err() const { return *m_err; }
    OutputFormat format() const { return m_format; }

private:
    CliSession *m_session = nullptr;
    QTextStream *m_out = nullptr;
    QTextStream *m_err = nullptr;
    OutputFormat m_format = OutputFormat::Table;
    bool m_finishing = false;
};
