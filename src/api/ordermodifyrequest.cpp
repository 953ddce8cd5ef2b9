#include "ordermodifyrequest.h"

#include "jsonread.h"

#include <QCoreApplication>
#include <QJsonArray>

QString OrderLineChange::actionCode(Action action)
{
    switch (action) {
    case Action::Add:
        return QStringLiteral("ADD");
    case Action::Update:
        return QStringLiteral("UPDATE");
    case Action::Delete:
        return QStringLiteral("DELETE");
    }
    return {};
}

QJsonObject OrderLineChange::toJson() const
{
    QJsonObject object{{QStringLiteral("addUpdateDeleteLine"), actionCode(action)}};
    JsonWrite::insertText(object, QStringLiteral("ingramLineNumber"), ingramLineNumber);
    JsonWrite::insertText(object, QStringLiteral("customerLineNumber"), customerLineNumber);
    JsonWrite::insertText(object, QStringLiteral("ingramPartNumber"), ingramPartNumber);
    if (quantity)
        object.insert(QStringLiteral("quantity"), *quantity);
    if (notes)
        object.insert(QStringLiteral("notes"), notes->trimmed());
    return object;
}

QJsonObject OrderModifyRequest::toJson() const
{
    QJsonObject root;
    if (notes)
        root.insert(QStringLiteral("notes"), notes->trimmed());
    if (!shipTo.isEmpty()) {
        root.insert(QStringLiteral("shipToInfo"), shipTo.toRequestJson());
    }
    if (!lines.isEmpty()) {
        QJsonArray array;
        for (const OrderLineChange &line : lines)
            array.append(line.toJson());
        root.insert(QStringLiteral("lines"), array);
    }
    return root;
}

QList<OrderModifyRequest::Problem> OrderModifyRequest::validate() const
{
    QList<Problem> problems;
    const auto maxLength = [&problems](const QString &field, const QString &value, int max) {
        if (value.trimmed().size() > max)
            problems.append({field, QCoreApplication::translate("OrderModifyRequest",
                                                                "At most %1 characters, not %2.")
                                        .arg(max)
                                        .arg(value.trimmed().size())});
    };
    if (isEmpty())
        problems.append({QStringLiteral("lines"),
                         QCoreApplication::translate("OrderModifyRequest", "Nothing to change.")});
    if (notes)
        maxLength(QStringLiteral("notes"), *notes, 132);
    if (!shipTo.isEmpty()) {
        maxLength(QStringLiteral("shipToInfo.contact"), shipTo.contact, 40);
        maxLength(QStringLiteral("shipToInfo.companyName"), shipTo.companyName, 40);
        maxLength(QStringLiteral("shipToInfo.addressLine1"), shipTo.addressLine1, 60);
        maxLength(QStringLiteral("shipToInfo.addressLine2"), shipTo.addressLine2, 40);
        maxLength(QStringLiteral("shipToInfo.addressLine3"), shipTo.addressLine3, 40);
        maxLength(QStringLiteral("shipToInfo.city"), shipTo.city, 25);
        maxLength(QStringLiteral("shipToInfo.state"), shipTo.state, 3);
        maxLength(QStringLiteral("shipToInfo.postalCode"), shipTo.postalCode, 10);
        maxLength(QStringLiteral("shipToInfo.countryCode"), shipTo.countryCode, 3);
        maxLength(QStringLiteral("shipToInfo.phoneNumber"), shipTo.phoneNumber, 30);
        maxLength(QStringLiteral("shipToInfo.email"), shipTo.email, 241);
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const OrderLineChange &line = lines.at(i);
        const auto field = [i](const char *key) -> QString {
            return QStringLiteral("lines[%1].").arg(i) + QLatin1String(key);
        };
        maxLength(field("ingramLineNumber"), line.ingramLineNumber, 6);
        maxLength(field("customerLineNumber"), line.customerLineNumber, 6);
        maxLength(field("ingramPartNumber"), line.ingramPartNumber, 18);
        if (line.notes)
            maxLength(field("notes"), *line.notes, 132);
        if (line.action == OrderLineChange::Action::Add) {
            if (line.ingramPartNumber.trimmed().isEmpty())
                problems.append({field("ingramPartNumber"),
                                 QCoreApplication::translate("OrderModifyRequest",
                                                             "A new line needs a part number.")});
            if (!line.quantity)
                problems.append({field("quantity"),
                                 QCoreApplication::translate("OrderModifyRequest",
                                                             "A new line needs a quantity.")});
        } else if (line.ingramLineNumber.trimmed().isEmpty()) {
            problems.append({field("ingramLineNumber"),
                             QCoreApplication::translate("OrderModifyRequest",
                                                         "Which line to change is missing.")});
        }
        if (line.quantity && *line.quantity <= 0 && line.action != OrderLineChange::Action::Delete)
            problems.append({field("quantity"),
                             QCoreApplication::translate("OrderModifyRequest",
                                                         "The quantity must be at least 1.")});
    }
    return problems;
}
