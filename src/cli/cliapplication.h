// resellerdesk-cli as a library: reads the command line, runs one command, reports its exit code.
#pragma once

#include "clicommandtable.h"
#include "clienvironment.h"
#include "exitcode.h"

#include <QCommandLineOption>
#include <QObject>
#include <QStringList>

#include <memory>

class CliCommand;
class CliSession;
class QCommandLineParser;

class CliApplication : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *ProgramName = "resellerdesk-cli";

    // environment.out and environment.err must be set and outlive the application.
    explicit CliApplication(const CliEnvironment &environment, QObject *parent = nullptr);
    ~CliApplication() override;

    // Runs the command line (without the program name). finished() follows exactly once,
    // always after start() has returned, so it can be connected to QCoreApplication::exit.
    void start(const QStringList &arguments);

    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }

    // Every option every command takes.
    static QList<QCommandLineOption> globalOptions();

Q_SIGNALS:
    void finished(int exitCode);

private:
    ExitCode dispatch(const QStringList &arguments);
    ExitCode usageError(const QString &message, const QString &helpCommand = {});
    void writeRootHelp() const;
    void writeGroupHelp(const QString &group) const;
    void writeCommandHelp(const CliCommandTable::Entry &entry, const CliCommand &command) const;
    void writeVersion() const;
    void finish(int code);

    CliEnvironment m_environment;
    QList<CliCommandTable::Entry> m_entries;
    std::unique_ptr<CliSession> m_session;
    std::unique_ptr<CliCommand> m_command;
    int m_exitCode = -1;
    bool m_finished = false;
};
