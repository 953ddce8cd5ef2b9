#include "orderdraft.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace {
QJsonObject addressToJson(const Address &address)
{
    return address.toJson();
}

Address addressFromJson(const QJsonValue &value)
{
    const QJsonObject json = value.toObject();
    Address address;
    address.contact = json.value(QLatin1String("contact")).toString();
    address.companyName = json.value(QLatin1String("companyName")).toString();
    address.addressLine1 = json.value(QLatin1String("addressLine1")).toString();
    address.addressLine2 = json.value(QLatin1String("addressLine2")).toString();
    address.addressLine3 = json.value(QLatin1String("addressLine3")).toString();
    address.city = json.value(QLatin1String("city")).toString();
    address.state = json.value(QLatin1String("state")).toString();
    address.postalCode = json.value(QLatin1String("postalCode")).toString();
    address.countryCode = json.value(QLatin1String("countryCode")).toString();
    address.phoneNumber = json.value(QLatin1String("phoneNumber")).toString();
    address.email = json.value(QLatin1String("email")).toString();
    return address;
}

QJsonObject requestToJson(const OrderCreateRequest &request)
{
    QJsonObject root;
    root.insert(QStringLiteral("customerOrderNumber"), request.customerOrderNumber);
    root.insert(QStringLiteral("endCustomerOrderNumber"), request.endCustomerOrderNumber);
    root.insert(QStringLiteral("notes"), request.notes);
    root.insert(QStringLiteral("billToAddressId"), request.billToAddressId);
    root.insert(QStringLiteral("specialBidNumber"), request.specialBidNumber);
    root.insert(QStringLiteral("acceptBackOrder"), request.acceptBackOrder);
    root.insert(QStringLiteral("shipToAddressId"), request.shipToAddressId);
    root.insert(QStringLiteral("shipTo"), addressToJson(request.shipTo));
    root.insert(QStringLiteral("endUserInfo"), addressToJson(request.endUserInfo));
    const OrderShipmentDetails &shipment = request.shipmentDetails;
    root.insert(
        QStringLiteral("shipmentDetails"),
        QJsonObject{{QStringLiteral("carrierCode"), shipment.carrierCode},
                    {QStringLiteral("requestedDeliveryDate"),
                     shipment.requestedDeliveryDate.isValid()
                         ? QJsonValue(shipment.requestedDeliveryDate.toString(Qt::ISODate))
                         : QJsonValue()},
                    {QStringLiteral("shipComplete"), shipment.shipComplete},
                    {QStringLiteral("signatureRequired"), shipment.signatureRequired},
                    {QStringLiteral("shippingInstructions"), shipment.shippingInstructions},
                    {QStringLiteral("freightAccountNumber"), shipment.freightAccountNumber}});
    QJsonArray attributes;
    for (const AdditionalAttribute &attribute : request.additionalAttributes)
        attributes.append(QJsonObject{{QStringLiteral("name"), attribute.name},
                                      {QStringLiteral("value"), attribute.value}});
    root.insert(QStringLiteral("additionalAttributes"), attributes);
    root.insert(QStringLiteral("placeOnCustomerHold"), request.placeOnCustomerHold);
    root.insert(QStringLiteral("allowDuplicateCustomerOrderNumber"),
                request.allowDuplicateCustomerOrderNumber);
    QJsonArray lines;
    for (const OrderCreateLine &line : request.lines) {
        lines.append(QJsonObject{{QStringLiteral("customerLineNumber"), line.customerLineNumber},
                                 {QStringLiteral("ingramPartNumber"), line.ingramPartNumber},
                                 {QStringLiteral("vendorPartNumber"), line.vendorPartNumber},
                                 {QStringLiteral("quantity"), line.quantity},
                                 {QStringLiteral("unitPrice"),
                                  line.unitPrice ? QJsonValue(*line.unitPrice) : QJsonValue()},
                                 {QStringLiteral("specialBidNumber"), line.specialBidNumber},
                                 {QStringLiteral("notes"), line.notes}});
    }
    root.insert(QStringLiteral("lines"), lines);
    return root;
}

OrderCreateRequest requestFromJson(const QJsonObject &root)
{
    const auto text = [](const QJsonObject &object, const char *key) {
        return object.value(QLatin1String(key)).toString();
    };
    OrderCreateRequest request;
    request.customerOrderNumber = text(root, "customerOrderNumber");
    request.endCustomerOrderNumber = text(root, "endCustomerOrderNumber");
    request.notes = text(root, "notes");
    request.billToAddressId = text(root, "billToAddressId");
    request.specialBidNumber = text(root, "specialBidNumber");
    request.acceptBackOrder = root.value(QLatin1String("acceptBackOrder")).toBool(true);
    request.shipToAddressId = text(root, "shipToAddressId");
    request.shipTo = addressFromJson(root.value(QLatin1String("shipTo")));
    request.endUserInfo = addressFromJson(root.value(QLatin1String("endUserInfo")));
    const QJsonObject shipment = root.value(QLatin1String("shipmentDetails")).toObject();
    request.shipmentDetails.carrierCode = text(shipment, "carrierCode");
    request.shipmentDetails.requestedDeliveryDate =
        QDate::fromString(text(shipment, "requestedDeliveryDate"), Qt::ISODate);
    request.shipmentDetails.shipComplete = shipment.value(QLatin1String("shipComplete")).toBool();
    request.shipmentDetails.signatureRequired =
        shipment.value(QLatin1String("signatureRequired")).toBool();
    request.shipmentDetails.shippingInstructions = text(shipment, "shippingInstructions");
    request.shipmentDetails.freightAccountNumber = text(shipment, "freightAccountNumber");
    for (const QJsonValue &value : root.value(QLatin1String("additionalAttributes")).toArray()) {
        const QJsonObject object = value.toObject();
        request.additionalAttributes.append({text(object, "name"), text(object, "value")});
    }
    request.placeOnCustomerHold = root.value(QLatin1String("placeOnCustomerHold")).toBool();
    request.allowDuplicateCustomerOrderNumber =
        root.value(QLatin1String("allowDuplicateCustomerOrderNumber")).toBool();
    for (const QJsonValue &value : root.value(QLatin1String("lines")).toArray()) {
        const QJsonObject object = value.toObject();
        OrderCreateLine line;
        line.customerLineNumber = text(object, "customerLineNumber");
        line.ingramPartNumber = text(object, "ingramPartNumber");
        line.vendorPartNumber = text(object, "vendorPartNumber");
        line.quantity = object.value(QLatin1String("quantity")).toInt(1);
        const QJsonValue price = object.value(QLatin1String("unitPrice"));
        if (price.isDouble())
            line.unitPrice = price.toDouble();
        line.specialBidNumber = text(object, "specialBidNumber");
        line.notes = text(object, "notes");
        request.lines.append(line);
    }
    return request;
}

QString dateTimeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateTimeFrom(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

OrderDraft OrderDraft::create(const QString &profileId, OrderApiVersion version)
{
    OrderDraft draft;
    draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.profileId = profileId;
    draft.apiVersion = version;
    draft.created = QDateTime::currentDateTimeUtc();
    draft.updated = draft.created;
    return draft;
}

bool OrderDraft::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

QString OrderDraft::stateKey(State state)
{
    return state == State::Submitted ? QStringLiteral("submitted") : QStringLiteral("editing");
}

QString OrderDraft::apiVersionKey(OrderApiVersion version)
{
    return version == OrderApiVersion::V7 ? QStringLiteral("v7") : QStringLiteral("v6");
}

QJsonObject OrderDraft::toJson() const
{
    return {{QStringLiteral("format"), QStringLiteral("resellerdesk-order-draft")},
            {QStringLiteral("formatVersion"), FormatVersion},
            {QStringLiteral("id"), id},
            {QStringLiteral("profileId"), profileId},
            {QStringLiteral("apiVersion"), apiVersionKey(apiVersion)},
            {QStringLiteral("created"), dateTimeText(created)},
            {QStringLiteral("updated"), dateTimeText(updated)},
            {QStringLiteral("state"), stateKey(state)},
            {QStringLiteral("submitted"), dateTimeText(submitted)},
            {QStringLiteral("statusNote"), statusNote},
            {QStringLiteral("request"), requestToJson(request)}};
}

bool OrderDraft::fromJson(const QJsonObject &json, OrderDraft *draft, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (json.value(QLatin1String("format")).toString() != QLatin1String("resellerdesk-order-draft"))
        return fail(QCoreApplication::translate("OrderDraft", "The file is not an order draft."));
    const int version = json.value(QLatin1String("formatVersion")).toInt(0);
    if (version < 1 || version > FormatVersion)
        return fail(QCoreApplication::translate(
                        "OrderDraft", "The draft has format version %1, which this version of "
                                      "ResellerDesk cannot read.")
                        .arg(version));
    const QString id = json.value(QLatin1String("id")).toString();
    if (!isValidId(id))
        return fail(QCoreApplication::translate("OrderDraft", "The draft has no valid id."));
    if (!json.value(QLatin1String("request")).isObject())
        return fail(QCoreApplication::translate("OrderDraft", "The draft has no order in it."));
    OrderDraft result;
    result.id = id;
    result.profileId = json.value(QLatin1String("profileId")).toString();
    result.apiVersion = json.value(QLatin1String("apiVersion")).toString() == QLatin1String("v7")
                            ? OrderApiVersion::V7
                            : OrderApiVersion::V6;
    result.created = dateTimeFrom(json.value(QLatin1String("created")));
    result.updated = dateTimeFrom(json.value(QLatin1String("updated")));
    result.state = json.value(QLatin1String("state")).toString() == QLatin1String("submitted")
                       ? State::Submitted
                       : State::Editing;
    result.submitted = dateTimeFrom(json.value(QLatin1String("submitted")));
    result.statusNote = json.value(QLatin1String("statusNote")).toString();
    result.request = requestFromJson(json.value(QLatin1String("request")).toObject());
    *draft = result;
    return true;
}

bool OrderDraft::operator==(const OrderDraft &other) const
{
    // The JSON form holds every field, so comparing it compares the drafts.
    return toJson() == other.toJson();
}
