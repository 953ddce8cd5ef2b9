// An order being written in the editor, kept on disk as a local draft until the API confirms it.
#pragma once

#include "ordercreaterequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

class OrderDraft
{
public:
    enum class State
    {
        Editing,
        // Sent (or being sent); kept until the API has confirmed the order, so that a lost
        // answer never loses the order or invites a blind resend.
        Submitted,
    };

    static constexpr int FormatVersion = 1;

    QString id; // file name stem; letters, digits and dashes only
    QString profileId;
    OrderApiVersion apiVersion = OrderApiVersion::V6;
    QDateTime created;
    QDateTime updated;
    State state = State::Editing;
    QDateTime submitted; // when it was last sent; null while editing
    // What the desk last learned about the submission ("may have been placed", an error).
    QString statusNote;
    OrderCreateRequest request;

    // A new empty draft with a fresh id, created and updated now.
    static OrderDraft create(const QString &profileId, OrderApiVersion version);
    static bool isValidId(const QString &id);

    // Every field, empty ones included: the draft format loses nothing, unlike request bodies.
    QJsonObject toJson() const;
    // Nullopt-like: returns false and sets error when the JSON is not a draft.
    static bool fromJson(const QJsonObject &json, OrderDraft *draft, QString *error);

    static QString stateKey(State state);
    static QString apiVersionKey(OrderApiVersion version);

    bool operator==(const OrderDraft &other) const;
    bool operator!=(const OrderDraft &other) const { return !(*this == other); }
};
