#include "cliapplication.h"

#include "apierror.h"
#include "clicommand.h"
#include "clisession.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

#include "appinfo.h"

namespace {
const QString HelpOption = QStringLiteral("help");
const QString VersionOption = QStringLiteral("version");
const QString ProfileOption = QStringLiteral("profile");
const QString OfflineOption = QStringLiteral("offline");
const QString FormatOption = QStringLiteral("format");
const QString VerboseOption = QStringLiteral("verbose");
const QString TimeoutOption = QStringLiteral("timeout");

constexpr int DefaultTimeoutSeconds = 30;
constexpr int MaxTimeoutSeconds = 3600;

QString program()
{
    return QLatin1String(CliApplication::ProgramName);
}

// QCommandLineParser's help without its usage line, which names the running executable.
QString optionsHelp(const QCommandLineParser &parser)
{
    const QString text = parser.helpText();
    const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
    return firstBreak < 0 ? QString() : text.mid(firstBreak + 1);
}
} // namespace

CliApplication::CliApplication(const CliEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
    , m_entries(CliCommandTable::entries())
{
    Q_ASSERT(environment.out && environment.err);
}

CliApplication::~CliApplication()
{
    // The command's jobs belong to the session's client; end them first.
    m_command.reset();
    m_session.reset();
}

QList<QCommandLineOption> CliApplication::globalOptions()
{
    QCommandLineOption format({QStringLiteral("f"), FormatOption},
                              tr("Output format: table (default), json or csv."), tr("format"),
                              QStringLiteral("table"));
    return {
        QCommandLineOption(ProfileOption,
                           tr("The connection profile to use, by name, as set up in the app. "
                              "Default: the app's current profile."),
                           tr("name")),
        QCommandLineOption(OfflineOption, tr("Use the offline sandbox, started in-process; "
                                             "needs no profile and no credentials.")),
        format,
        QCommandLineOption(VerboseOption,
                           tr("Print each request's method, path, status, duration and "
                              "correlation ID to stderr.")),
        QCommandLineOption(
            TimeoutOption,
            tr("Seconds to wait for each answer (default %1).").arg(DefaultTimeoutSeconds),
            tr("seconds"), QString::number(DefaultTimeoutSeconds)),
        QCommandLineOption({QStringLiteral("h"), HelpOption},
                           tr("Show this help; after a command, the command's help.")),
        QCommandLineOption(VersionOption, tr("Show the version.")),
    };
}

void CliApplication::start(const QStringList &arguments)
{
    const ExitCode code = dispatch(arguments);
    // A command that started runs on; everything else has ended already.
    if (!m_command || code != ExitCode::Success || (!m_session && m_command->needsConnection()))
        finish(static_cast<int>(code));
}

void CliApplication::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = code;
    m_environment.out->flush();
    m_environment.err->flush();
    QMetaObject::invokeMethod(
        this, [this, code] { Q_EMIT finished(code); }, Qt::QueuedConnection);
}

ExitCode CliApplication::usageError(const QString &message, const QString &helpCommand)
{
    QTextStream &err = *m_environment.err;
    err << tr("Error: %1").arg(message) << '\n';
    const QString command =
        helpCommand.isEmpty() ? program() : program() + QLatin1Char(' ') + helpCommand;
    err << tr("Run \"%1 --help\" for the options.").arg(command) << '\n';
    return ExitCode::Usage;
}

ExitCode CliApplication::dispatch(const QStringList &arguments)
{
    const QStringList argv = QStringList{program()} + arguments;
    const QList<QCommandLineOption> globals = globalOptions();

    // First pass: global options only, to find the command words; whatever follows them
    // is the command's to parse.
    QCommandLineParser first;
    first.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    first.addOptions(globals);
    if (!first.parse(argv))
        return usageError(first.errorText());
    const QStringList words = first.positionalArguments();
    const auto isHelpWord = [](const QString &word) {
        return word == QLatin1String("--help") || word == QLatin1String("-h");
    };

    if (words.isEmpty()) {
        if (first.isSet(HelpOption)) {
            writeRootHelp();
            return ExitCode::Success;
        }
        if (first.isSet(VersionOption)) {
            writeVersion();
            return ExitCode::Success;
        }
        return usageError(tr("No command given."));
    }
    const QString group = words.constFirst();
    if (!CliCommandTable::groups(m_entries).contains(group))
        return usageError(tr("Unknown command \"%1\".").arg(group));
    if (words.size() < 2 || isHelpWord(words.at(1))) {
        if (first.isSet(HelpOption) || words.size() >= 2) {
            writeGroupHelp(group);
            return ExitCode::Success;
        }
        return usageError(tr("\"%1\" needs a command.").arg(group), group);
    }
    const CliCommandTable::Entry *entry = CliCommandTable::find(m_entries, group, words.at(1));
    if (!entry)
        return usageError(tr("Unknown command \"%1 %2\".").arg(group, words.at(1)), group);

    // Second pass: the command's options and the global ones, anywhere on the line.
    m_command = entry->create();
    const QString commandWords = group + QLatin1Char(' ') + entry->name;
    QCommandLineParser parser;
    parser.addOptions(m_command->options());
    parser.addOptions(globals);
    for (const CliCommand::Argument &argument : m_command->arguments())
        parser.addPositionalArgument(argument.name, argument.description, argument.syntax);
    if (!parser.parse(argv)) {
        m_command.reset();
        return usageError(parser.errorText(), commandWords);
    }
    if (parser.isSet(HelpOption)) {
        writeCommandHelp(*entry, *m_command);
        m_command.reset();
        return ExitCode::Success;
    }
    if (parser.isSet(VersionOption)) {
        writeVersion();
        m_command.reset();
        return ExitCode::Success;
    }

    const auto fail = [this, &commandWords](const QString &message) {
        m_command.reset();
        return usageError(message, commandWords);
    };
    const auto format = outputFormatFromName(parser.value(FormatOption));
    if (!format)
        return fail(tr("Unknown format \"%1\"; use one of %2.")
                        .arg(parser.value(FormatOption),
                             QLocale().createSeparatedList(outputFormatNames())));
    bool ok = false;
    const int timeout = parser.value(TimeoutOption).trimmed().toInt(&ok);
    if (!ok || timeout < 1 || timeout > MaxTimeoutSeconds)
        return fail(tr("--timeout needs a number of seconds from 1 to %1.").arg(MaxTimeoutSeconds));
    const bool offline = parser.isSet(OfflineOption);
    const QString profileName = parser.value(ProfileOption).trimmed();
    if (offline && parser.isSet(ProfileOption))
        return fail(tr("Use either --offline or --profile, not both."));
    if (parser.isSet(ProfileOption) && profileName.isEmpty())
        return fail(tr("--profile needs a profile name."));

    const QString problem = m_command->configure(parser, parser.positionalArguments().mid(2));
    if (!problem.isEmpty())
        return fail(problem);

    if (!m_command->needsConnection()) {
        connect(m_command.get(), &CliCommand::finished, this, &CliApplication::finish);
        m_command->run(nullptr, m_environment.out, m_environment.err, *format);
        return ExitCode::Success;
    }

    m_session = std::make_unique<CliSession>(m_environment);
    m_session->setTimeout(timeout * 1000);
    m_session->setVerbose(parser.isSet(VerboseOption));
    if (!m_session->open(offline, profileName)) {
        *m_environment.err << tr("Error: %1").arg(m_session->errorMessage()) << '\n';
        const ExitCode code = m_session->errorCode();
        m_command.reset();
        m_session.reset();
        return code;
    }

    connect(m_command.get(), &CliCommand::finished, this, &CliApplication::finish);
    m_command->run(m_session.get(), m_environment.out, m_environment.err, *format);
    return ExitCode::Success;
}

void CliApplication::writeVersion() const
{
    *m_environment.out << program() << ' ' << QStringLiteral(RESELLERDESK_VERSION) << " ("
                       << QStringLiteral(RESELLERDESK_NAME) << ")\n";
}

void CliApplication::writeRootHelp() const
{
    QTextStream &out = *m_environment.out;
    out << tr("Usage: %1 [options] COMMAND [command options]").arg(program()) << "\n\n";
    out << tr("The command line of %1, for scripting and support: the same API core, "
              "connection profiles and keychain as the app.")
               .arg(QStringLiteral(RESELLERDESK_NAME))
        << "\n\n";
    out << tr("Commands:") << '\n';
    qsizetype width = 0;
    for (const CliCommandTable::Entry &entry : m_entries)
        width = std::max(width, entry.group.size() + 1 + entry.name.size());
    for (const CliCommandTable::Entry &entry : m_entries) {
        out << "  " << QString(entry.group + QLatin1Char(' ') + entry.name).leftJustified(width)
            << "  " << entry.summary << '\n';
    }
    QCommandLineParser parser;
    parser.addOptions(globalOptions());
    out << optionsHelp(parser);
    out << '\n'
        << tr("Connection: with --profile, the named profile of the app's connection "
              "profiles; with --offline, a built-in sandbox with sample orders; with neither, "
              "the app's current profile. The client secret comes from the system keychain, "
              "where the app stores it, or from the environment variable %1 when that is set. "
              "It is never taken from the command line.")
               .arg(QLatin1String(CliEnvironment::ClientSecretVariable))
        << "\n\n";
    out << tr("Run \"%1 COMMAND --help\" for a command's options, e.g. \"%1 orders search "
              "--help\".")
               .arg(program())
        << "\n\n";
    out << exitCodeHelp();
}

void CliApplication::writeGroupHelp(const QString &group) const
{
    QTextStream &out = *m_environment.out;
    out << tr("Usage: %1 [options] %2 COMMAND [command options]").arg(program(), group) << "\n\n";
    out << tr("Commands:") << '\n';
    for (const CliCommandTable::Entry &entry : m_entries) {
        if (entry.group == group)
            out << "  " << group << ' ' << entry.name << "  " << entry.summary << '\n';
    }
}

void CliApplication::writeCommandHelp(const CliCommandTable::Entry &entry,
                                      const CliCommand &command) const
{
    QTextStream &out = *m_environment.out;
    QStringList usage{program(), tr("[options]"), entry.group, entry.name};
    QCommandLineParser parser;
    parser.setApplicationDescription(command.description());
    parser.addOptions(command.options());
    parser.addOptions(globalOptions());
    for (const CliCommand::Argument &argument : command.arguments()) {
        parser.addPositionalArgument(argument.name, argument.description, argument.syntax);
        usage.append(argument.syntax);
    }
    out << tr("Usage: %1").arg(usage.join(QLatin1Char(' '))) << '\n';
    out << optionsHelp(parser);
    const QString notes = command.helpNotes();
    if (!notes.isEmpty())
        out << '\n' << notes << '\n';
    out << '\n' << exitCodeHelp();
}
