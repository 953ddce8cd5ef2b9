#include "pendingorder.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
QString dateText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseDate(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            list.append(item.toString());
    }
    return list;
}
} // namespace

QString PendingOrder::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Found:
        return QStringLiteral("found");
    case State::NotFound:
        return QStringLiteral("notFound");
    }
    return {};
}

QString PendingOrder::stateDisplayName(State state)
{
    switch (state) {
    case State::Pending:
        return QCoreApplication::translate("PendingOrder", "Waiting for the order");
    case State::Found:
        return QCoreApplication::translate("PendingOrder", "Found");
    case State::NotFound:
        return QCoreApplication::translate("PendingOrder", "Not found");
    }
    return {};
}

QJsonObject PendingOrder::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("customerOrderNumber"), customerOrderNumber},
        {QStringLiteral("confirmationNumber"), confirmationNumber},
        {QStringLiteral("confirmationMessage"), confirmationMessage},
        {QStringLiteral("submittedAt"), dateText(submittedAt)},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("orderNumbers"), toArray(orderNumbers)},
        {QStringLiteral("orderStatus"), orderStatus},
        {QStringLiteral("lastCheckedAt"), dateText(lastCheckedAt)},
        {QStringLiteral("nextCheckAt"), dateText(nextCheckAt)},
        {QStringLiteral("checks"), checks},
        {QStringLiteral("lastError"), lastError},
        {QStringLiteral("resolution"), resolution},
        {QStringLiteral("excludedOrderNumbers"), toArray(excludedOrderNumbers)},
    };
}

PendingOrder PendingOrder::fromJson(const QJsonObject &json)
{
    PendingOrder order;
    order.id = json.value(QStringLiteral("id")).toString();
    order.customerOrderNumber = json.value(QStringLiteral("customerOrderNumber")).toString();
    order.confirmationNumber = json.value(QStringLiteral("confirmationNumber")).toString();
    order.confirmationMessage = json.value(QStringLiteral("confirmationMessage")).toString();
    order.submittedAt = parseDate(json.value(QStringLiteral("submittedAt")));
    const QString state = json.value(QStringLiteral("state")).toString();
    order.state = state == stateName(State::Found)      ? State::Found
                  : state == stateName(State::NotFound) ? State::NotFound
                                                        : State::Pending;
    order.orderNumbers = toList(json.value(QStringLiteral("orderNumbers")));
    order.orderStatus = json.value(QStringLiteral("orderStatus")).toString();
    order.lastCheckedAt = parseDate(json.value(QStringLiteral("lastCheckedAt")));
    order.nextCheckAt = parseDate(json.value(QStringLiteral("nextCheckAt")));
    order.checks = json.value(QStringLiteral("checks")).toInt();
    order.lastError = json.value(QStringLiteral("lastError")).toString();
    order.resolution = json.value(QStringLiteral("resolution")).toString();
    order.excludedOrderNumbers = toList(json.value(QStringLiteral("excludedOrderNumbers")));
    return order;
}
