// The exit codes of resellerdesk-cli: one per kind of outcome, so scripts can tell them apart.
#pragma once

#include <QString>

class ApiError;

enum class ExitCode : int
{
    Success = 0,       // includes a search that found nothing: an empty answer is an answer
    Failure = 1,       // anything else: the offline sandbox could not start, output failed
    Usage = 2,         // unknown command or option, a bad value, a query the API would refuse
    Api = 3,           // the API answered with an error status or an unreadable answer
    Network = 4,       // no answer: connection refused, host not found, timeout, TLS
    Configuration = 5, // unknown profile, no secret, no keychain, credentials refused
    // A create or change whose answer was lost: it may have been carried out. Never resent.
    Unconfirmed = 6,
};

// Which exit code an API error ends the program with.
ExitCode exitCodeFor(const ApiError &error);

// The table of exit codes for --help, one translated line per code.
QString exitCodeHelp();
