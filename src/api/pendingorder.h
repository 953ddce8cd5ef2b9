// A v7 order that was confirmed but not yet seen in search: what the desk tracks until it appears.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

struct PendingOrder
{
    enum class State
    {
        Pending,  // still being looked for
        Found,    // the order appeared: orderNumbers, orderStatus
        NotFound, // not found within the tracking limit
    };

    QString id; // stable key within a profile's list
    QString customerOrderNumber;
    QString confirmationNumber; // empty when the confirmation itself was lost
    QString confirmationMessage;
    QDateTime submittedAt; // UTC
    State state = State::Pending;
    QStringList orderNumbers;
    QString orderStatus; // the API's text, as search reported it
    QDateTime lastCheckedAt;
    QDateTime nextCheckAt;
    int checks = 0;
    QString lastError;  // the message of the last failed search; never a secret
    QString resolution; // translated: "not found after 30 minutes", ...
    // Orders that carried the customer PO before this one was submitted: never mistaken for it.
    QStringList excludedOrderNumbers;

    bool isPending() const { return state == State::Pending; }

    static QString stateName(State state);
    // Translated, for views.
    static QString stateDisplayName(State state);

    QJsonObject toJson() const;
    static PendingOrder fromJson(const QJsonObject &json);
};

Q_DECLARE_METATYPE(PendingOrder)
