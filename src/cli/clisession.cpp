#include "clisession.h"

#include "apiclient.h"
#include "apiexchange.h"
#include "keychainsecretstore.h"
#include "ordersservice.h"
#include "orderwriteservice.h"
#include "profilesecretsource.h"
#include "profilestore.h"
#include "sandbox/sandboxserver.h"
#include "secretsource.h"
#include "tokenprovider.h"

#include <QLocale>
#include <QSettings>
#include <QTextStream>

CliSession::CliSession(const CliEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
    , m_client(new ApiClient(this))
    , m_orders(new OrdersService(m_client, this))
    , m_writer(new OrderWriteService(m_client, this))
{
    connect(m_client, &ApiClient::exchangeFinished, this, &CliSession::printExchange);
}

CliSession::~CliSession()
{
    // Jobs still running must end before the sandbox they talk to goes away.
    m_client->cancelAll();
}

bool CliSession::fail(ExitCode code, const QString &message)
{
    m_errorCode = code;
    m_errorMessage = message;
    return false;
}

void CliSession::setTimeout(int ms)
{
    m_client->setTimeout(ms);
    m_client->tokenProvider()->setTimeout(ms);
}

void CliSession::setVerbose(bool verbose)
{
    m_verbose = verbose;
}

bool CliSession::open(bool offline, const QString &profileName)
{
    ConnectionProfile profile;
    if (offline) {
        profile = ConnectionProfile::offlineSandbox();
    } else if (!findProfile(profileName, &profile)) {
        return false;
    }

    // A stored offline sandbox profile has no URL of its own: its port is only known once
    // it runs, so it runs here, like in the app.
    if (profile.environment == ConnectionProfile::Environment::OfflineSandbox &&
        profile.customUrl.isEmpty() && !startOfflineSandbox(&profile)) {
        return false;
    }

    const QList<FieldProblem> problems = profile.validate();
    if (!problems.isEmpty()) {
        return fail(ExitCode::Configuration, tr("The profile \"%1\" is incomplete: %2")
                                                 .arg(profile.name, problems.constFirst().message));
    }
    m_profile = profile;
    m_client->setProfile(profile, secretSourceFor(profile));
    return true;
}

bool CliSession::findProfile(const QString &profileName, ConnectionProfile *profile)
{
    QSettings *settings = m_environment.settings;
    if (!settings) {
        m_ownSettings = std::make_unique<QSettings>();
        settings = m_ownSettings.get();
    }
    // Only read here: the store is not given a secret store, so it never deletes secrets.
    const ProfileStore store(settings);
    const QList<ConnectionProfile> profiles = store.profiles();

    if (profileName.isEmpty()) {
        *profile = store.currentProfile();
        if (profile->id.isEmpty())
            return fail(ExitCode::Configuration, tr("There is no connection profile to use."));
        return true;
    }

    QList<ConnectionProfile> matches;
    for (const ConnectionProfile &candidate : profiles) {
        if (candidate.name == profileName || candidate.id == profileName)
            matches.append(candidate);
    }
    if (matches.isEmpty()) {
        // Typed names differ in case more often than in anything else.
        for (const ConnectionProfile &candidate : profiles) {
            if (candidate.name.compare(profileName, Qt::CaseInsensitive) == 0)
                matches.append(candidate);
        }
    }
    if (matches.size() == 1) {
        *profile = matches.constFirst();
        return true;
    }

    QStringList names;
    for (const ConnectionProfile &candidate : profiles)
        names.append(QStringLiteral("\"%1\"").arg(candidate.name));
    if (matches.size() > 1) {
        return fail(ExitCode::Configuration,
                    tr("Several profiles are named \"%1\"; rename one in the app's connection "
                       "profiles.")
                        .arg(profileName));
    }
    if (names.isEmpty())
        return fail(
            ExitCode::Configuration,
            tr("There is no profile named \"%1\"; no profiles exist yet.").arg(profileName));
    return fail(ExitCode::Configuration,
                tr("There is no profile named \"%1\". Profiles: %2.")
                    .arg(profileName, QLocale().createSeparatedList(names)));
}

bool CliSession::startOfflineSandbox(ConnectionProfile *profile)
{
    auto sandbox = std::make_unique<SandboxServer>(m_environment.sandboxOptions);
    if (!sandbox->listen(QHostAddress::LocalHost, 0)) {
        return fail(ExitCode::Failure,
                    tr("The offline sandbox could not start: %1").arg(sandbox->errorString()));
    }
    profile->customUrl = sandbox->baseUrl();
    profile->clientId = m_environment.sandboxOptions.clientId;
    m_sandbox = std::move(sandbox);
    return true;
}

std::shared_ptr<SecretSource> CliSession::secretSourceFor(const ConnectionProfile &profile)
{
    // The in-process sandbox's credentials are known; nothing comes from outside.
    if (m_sandbox)
        return std::make_shared<InMemorySecretSource>(m_environment.sandboxOptions.clientSecret);
    if (m_environment.clientSecret)
        return std::make_shared<InMemorySecretSource>(*m_environment.clientSecret);
    SecretStore *store = m_environment.secrets;
    if (!store && profile.environment != ConnectionProfile::Environment::OfflineSandbox) {
        m_keychain = new KeychainSecretStore(this);
        store = m_keychain;
    }
    return ProfileSecretSource::create(profile, store, nullptr);
}

void CliSession::printExchange(const ApiExchange &exchange)
{
    if (!m_verbose || !m_environment.err)
        return;
    QString target = exchange.url.path();
    if (exchange.url.hasQuery())
        target += QLatin1Char('?') + exchange.url.query(QUrl::FullyDecoded);
    const QString outcome = exchange.status > 0 ? QString::number(exchange.status)
                                                : tr("no answer (%1)").arg(exchange.errorText);
    const QString correlationId =
        exchange.correlationId.isEmpty() ? tr("none") : exchange.correlationId;
    QString line = tr("%1 %2 -> %3 in %4 ms, correlation ID %5")
                       .arg(QString::fromLatin1(exchange.method), target, outcome)
                       .arg(exchange.durationMs)
                       .arg(correlationId);
    if (exchange.attempt > 1)
        line += QLatin1Char(' ') + tr("(attempt %1)").arg(exchange.attempt);
    *m_environment.err << line << Qt::endl;
}
