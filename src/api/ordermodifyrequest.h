// Changes to an order on customer hold, sent with PUT /resellers/v6/orders/{orderNumber}.
#pragma once

#include "address.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A line change only exists as part of a modify request, so it shares its header.
struct OrderLineChange
{
    enum class Action
    {
        Add,
        Update,
        Delete
    };

    Action action = Action::Add;
    QString ingramLineNumber;   // UPDATE and DELETE: the line to change ("001")
    QString customerLineNumber; // ADD: the new line's number
    QString ingramPartNumber;
    std::optional<int> quantity;
    std::optional<QString> notes;

    static QString actionCode(Action action); // "ADD", "UPDATE", "DELETE"
    QJsonObject toJson() const;
};

class OrderModifyRequest
{
public:
    struct Problem
    {
        QString field;
        QString message;
    };

    QList<OrderLineChange> lines;
    Address shipTo;               // empty: the ship-to stays as it is
    std::optional<QString> notes; // unset: the notes stay as they are

    bool isEmpty() const { return lines.isEmpty() && shipTo.isEmpty() && !notes; }
    QJsonObject toJson() const;
    QList<Problem> validate() const;
};
