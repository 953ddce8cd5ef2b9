// Where the API core gets a profile's client secret from, without knowing about keychains.
#pragma once

#include <QString>

#include <functional>

// The outcome of reading a secret: either the secret or a translated reason it is unavailable.
struct SecretResult
{
    QString secret;
    QString problem;
    bool ok() const { return problem.isEmpty(); }
};

class SecretSource
{
public:
    using Callback = std::function<void(const SecretResult &)>;

    virtual ~SecretSource() = default;
    // Calls callback exactly once, possibly later from the event loop.
    virtual void readSecret(Callback callback) = 0;
};

// A secret held in memory only: the offline sandbox's known secret, an environment
// variable for the command line, or a secret the user chose to keep for this run only.
class InMemorySecretSource : public SecretSource
{
public:
    explicit InMemorySecretSource(QString secret = {});
    void setSecret(const QString &secret);
    void readSecret(Callback callback) override;

private:
    QString m_secret;
};
