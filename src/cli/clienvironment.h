// What resellerdesk-cli takes from the world around it: streams, settings, secrets.
#pragma once

#include "sandbox/sandboxoptions.h"

#include <QString>

#include <optional>

class QSettings;
class QTextStream;
class SecretStore;

struct CliEnvironment
{
    // The environment variable a client secret can be given in; there is deliberately no
    // option for it, because command lines end up in shell histories and process lists.
    static constexpr const char *ClientSecretVariable = "RESELLERDESK_CLIENT_SECRET";

    QTextStream *out = nullptr; // results
    QTextStream *err = nullptr; // notes, errors, --verbose
    QTextStream *in = nullptr;  // answers to questions; null: nobody to ask
    // Whether a person types the input; without one, questions need --yes instead.
    bool inputIsTerminal = false;
    // The app's settings, where the connection profiles are; not owned. Null: the default
    // QSettings of the application identity.
    QSettings *settings = nullptr;
    // Where profile secrets are read from; not owned. Null: the system keychain.
    SecretStore *secrets = nullptr;
    // RESELLERDESK_CLIENT_SECRET, when set and not empty.
    std::optional<QString> clientSecret;
    // For the in-process sandbox of --offline.
    SandboxOptions sandboxOptions;

    // Reads RESELLERDESK_CLIENT_SECRET from the process environment.
    static std::optional<QString> clientSecretFromProcess();
    // Whether the process's standard input is a terminal.
    static bool standardInputIsTerminal();
};
