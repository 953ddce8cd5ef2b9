// Helpers shared by the command-line tests: profiles in a settings file, CSV reading, sandbox data.
#pragma once

#include "connectionprofile.h"
#include "profilestore.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxstore.h"

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QTcpServer>

// A complete profile of the Custom environment: what a support engineer would point at a
// sandbox running elsewhere, or at a proxy.
inline ConnectionProfile customProfile(const QString &name, const QUrl &url)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.environment = ConnectionProfile::Environment::Custom;
    profile.customUrl = url;
    profile.customerNumber = QStringLiteral("20-222222");
    profile.countryCode = QStringLiteral("US");
    profile.senderId = QStringLiteral("ResellerDesk");
    profile.clientId = QLatin1String(SandboxDefaults::ClientId);
    return profile;
}

// Saves the profiles through the app's own store, so the file has exactly the app's format.
// Returns the id of the last one, which is made current when makeCurrent is set.
inline QString saveProfiles(QSettings *settings, const QList<ConnectionProfile> &profiles,
                            bool makeCurrent)
{
    ProfileStore store(settings);
    QString id;
    for (const ConnectionProfile &profile : profiles)
        id = store.save(profile);
    if (makeCurrent && !id.isEmpty())
        store.setCurrentProfileId(id);
    settings->sync();
    return id;
}

// A loopback port nothing listens on: taken from the system, then released.
inline quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// RFC 4180: quoted fields may hold separators, doubled quotes and line breaks.
inline QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

// The first order with a shipped package that has both a tracking number and serial numbers.
inline const SandboxOrder *orderWithSerials(const SandboxStore &store)
{
    for (const SandboxOrder &order : store.orders()) {
        for (const SandboxLine &line : order.lines) {
            for (const SandboxShipment &shipment : line.shipments) {
                for (const SandboxCarrierShipment &carrier : shipment.carriers) {
                    for (const SandboxPackage &package : carrier.packages) {
                        if (!package.trackingNumber.isEmpty() && !package.serialNumbers.isEmpty())
                            return &order;
                    }
                }
            }
        }
    }
    return nullptr;
}

inline const SandboxPackage *firstSerializedPackage(const SandboxOrder &order)
{
    for (const SandboxLine &line : order.lines) {
        for (const SandboxShipment &shipment : line.shipments) {
            for (const SandboxCarrierShipment &carrier : shipment.carriers) {
                for (const SandboxPackage &package : carrier.packages) {
                    if (!package.trackingNumber.isEmpty() && !package.serialNumbers.isEmpty())
                        return &package;
                }
            }
        }
    }
    return nullptr;
}
