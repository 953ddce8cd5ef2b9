#include "sandbox/sandboxfaults.h"

SandboxFaults::SandboxFaults(quint64 seed)
{
    setSeed(seed);
}

int SandboxFaults::add(const SandboxFaultRule &rule)
{
    m_rules.append({m_nextId, rule});
    return m_nextId++;
}

bool SandboxFaults::remove(int id)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (m_rules.at(i).id == id) {
            m_rules.removeAt(i);
            return true;
        }
    }
    return false;
}

void SandboxFaults::clear()
{
    m_rules.clear();
}

QList<SandboxFaultRule> SandboxFaults::rules() const
{
    QList<SandboxFaultRule> result;
    for (const Entry &entry : m_rules)
        result.append(entry.rule);
    return result;
}

void SandboxFaults::setSeed(quint64 seed)
{
    const quint32 words[2] = {static_cast<quint32>(seed), static_cast<quint32>(seed >> 32)};
    m_rng = QRandomGenerator(words, 2);
}

SandboxFaults::Decision SandboxFaults::decide(const QByteArray &method, const QString &path)
{
    Decision decision;
    bool hit = false;
    for (qsizetype i = 0; i < m_rules.size();) {
        SandboxFaultRule &rule = m_rules[i].rule;
        const bool isLatency = rule.kind == SandboxFaultKind::Latency;
        if ((!isLatency && decision.fault) || !rule.matches(method, path)) {
            ++i;
            continue;
        }
        if (rule.mode == SandboxFaultRule::Mode::Fraction &&
            m_rng.generateDouble() >= rule.fraction) {
            ++i;
            continue;
        }
        hit = true;
        if (isLatency)
            decision.latencyMs += rule.effectiveParameter();
        else
            decision.fault = rule;
        if (rule.mode == SandboxFaultRule::Mode::NextRequests && --rule.remaining <= 0) {
            m_rules.removeAt(i);
            continue;
        }
        ++i;
    }
    if (hit)
        ++m_hits;
    return decision;
}
