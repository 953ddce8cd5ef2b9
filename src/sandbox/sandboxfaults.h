// The fault switches of a running sandbox, settable from test code and the command line.
#pragma once

#include "sandbox/sandboxfaultrule.h"

#include <QList>
#include <QRandomGenerator>

#include <optional>

class SandboxFaults
{
public:
    explicit SandboxFaults(quint64 seed = 1);

    // Returns an id for remove().
    int add(const SandboxFaultRule &rule);
    bool remove(int id);
    void clear();
    QList<SandboxFaultRule> rules() const;
    bool isEmpty() const { return m_rules.isEmpty(); }
    // Restarts the sequence that fraction rules draw from.
    void setSeed(quint64 seed);
    // How many requests a fault (latency included) has hit so far.
    int hitCount() const { return m_hits; }

    struct Decision
    {
        int latencyMs = 0;
        // The first matching rule that is not latency, if any.
        std::optional<SandboxFaultRule> fault;
    };
    // Called once per request; counts down NextRequests rules and draws for Fraction rules.
    Decision decide(const QByteArray &method, const QString &path);

private:
    struct Entry
    {
        int id;
        SandboxFaultRule rule;
    };
    QList<Entry> m_rules;
    QRandomGenerator m_rng;
    int m_nextId = 1;
    int m_hits = 0;
};
