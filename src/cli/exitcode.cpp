#include "exitcode.h"

#include "apierror.h"

#include <QCoreApplication>

ExitCode exitCodeFor(const ApiError &error)
{
    if (error.maybeProcessed)
        return ExitCode::Unconfirmed;
    switch (error.kind) {
    case ApiError::Kind::None:
        return ExitCode::Success;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
        return ExitCode::Network;
    case ApiError::Kind::Http:
    case ApiError::Kind::InvalidResponse:
        return ExitCode::Api;
    case ApiError::Kind::Authentication:
    case ApiError::Kind::Configuration:
        return ExitCode::Configuration;
    case ApiError::Kind::InvalidRequest:
        return ExitCode::Usage;
    case ApiError::Kind::Cancelled:
        break;
    }
    return ExitCode::Failure;
}

QString exitCodeHelp()
{
    const auto line = [](ExitCode code, const char *text) -> QString {
        return QStringLiteral("  %1  ").arg(static_cast<int>(code)) +
               QCoreApplication::translate("ExitCode", text) + QLatin1Char('\n');
    };
    return QCoreApplication::translate("ExitCode", "Exit codes:") + QLatin1Char('\n') +
           line(ExitCode::Success,
                QT_TRANSLATE_NOOP("ExitCode", "success; a search that finds nothing prints an "
                                              "empty result, a note on stderr, and exits 0")) +
           line(ExitCode::Failure,
                QT_TRANSLATE_NOOP("ExitCode",
                                  "other failure (the offline sandbox could not start)")) +
           line(ExitCode::Usage,
                QT_TRANSLATE_NOOP("ExitCode", "usage error: unknown command or option, invalid "
                                              "value, a query the API would refuse")) +
           line(ExitCode::Api,
                QT_TRANSLATE_NOOP("ExitCode", "API error: HTTP 4xx or 5xx (such as an unknown "
                                              "order), or an answer that could not be read")) +
           line(ExitCode::Network,
                QT_TRANSLATE_NOOP("ExitCode",
                                  "network error: no connection, timeout, TLS failure")) +
           line(ExitCode::Configuration,
                QT_TRANSLATE_NOOP("ExitCode", "configuration error: unknown profile, no client "
                                              "secret, keychain unavailable, credentials "
                                              "refused")) +
           line(ExitCode::Unconfirmed,
                QT_TRANSLATE_NOOP("ExitCode", "unconfirmed: the answer to a create or cancel was "
                                              "lost, so it may have been carried out; it is "
                                              "never sent again automatically"));
}
