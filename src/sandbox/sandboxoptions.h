// Settings of one offline sandbox instance: credentials, token lifetime and the seeded data set.
#pragma once

#include <QDate>
#include <QString>

namespace SandboxDefaults {
inline constexpr char ClientId[] = "resellerdesk";
inline constexpr char ClientSecret[] = "sandbox-secret";
// The real token endpoint hands out tokens valid for a day less one second.
inline constexpr int TokenLifetimeSeconds = 86399;
inline constexpr int OrderCount = 300;
inline constexpr quint64 Seed = 20240517;
inline constexpr int RequestRecordLimit = 1000;
inline constexpr quint16 Port = 8080;
// How long a v7 order takes to appear in search after its confirmation.
inline constexpr int V7OrderDelaySeconds = 10;
// Orders on customer hold can be modified, released or cancelled for this long after placement.
inline constexpr int HoldWindowSeconds = 24 * 3600;
} // namespace SandboxDefaults

struct SandboxOptions
{
    QString clientId = QLatin1String(SandboxDefaults::ClientId);
    QString clientSecret = QLatin1String(SandboxDefaults::ClientSecret);
    int tokenLifetimeSeconds = SandboxDefaults::TokenLifetimeSeconds;
    int orderCount = SandboxDefaults::OrderCount;
    quint64 seed = SandboxDefaults::Seed;
    // The "today" the data set is built around; null means the real current date. Tests pin it
    // so that dates in the seed are reproducible.
    QDate referenceDate;
    // How many received requests are kept for inspection; older ones are dropped first.
    int requestRecordLimit = SandboxDefaults::RequestRecordLimit;
    // Delay between a v7 confirmation and the order showing in search and details; 0 publishes
    // at once. Measured on the sandbox clock, so SandboxServer::advanceClock() shortens it.
    int v7OrderDelaySeconds = SandboxDefaults::V7OrderDelaySeconds;
    int holdWindowSeconds = SandboxDefaults::HoldWindowSeconds;
};
