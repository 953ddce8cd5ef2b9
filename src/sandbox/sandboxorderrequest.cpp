#include "sandbox/sandboxorderrequest.h"

#include "sandbox/sandboxjsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct PartyLimits
{
    int contact;
    int companyName;
    int addressLine;
    int city;
    int state;
    int postalCode;
    int countryCode;
};

SandboxParty readParty(SandboxJsonReader &reader, const QJsonObject &object, const QString &path,
                       const PartyLimits &limits, bool *empty)
{
    const auto at = [&path](const char *key) -> QString {
        return path + QLatin1Char('.') + QLatin1String(key);
    };
    SandboxParty party;
    party.contact = reader.text(object, QStringLiteral("contact"), at("contact"), limits.contact);
    party.companyName =
        reader.text(object, QStringLiteral("companyName"), at("companyName"), limits.companyName);
    party.addressLine1 =
        reader.text(object, QStringLiteral("addressLine1"), at("addressLine1"), limits.addressLine);
    party.addressLine2 =
        reader.text(object, QStringLiteral("addressLine2"), at("addressLine2"), limits.addressLine);
    party.addressLine3 =
        reader.text(object, QStringLiteral("addressLine3"), at("addressLine3"), limits.addressLine);
    party.city = reader.text(object, QStringLiteral("city"), at("city"), limits.city);
    party.state = reader.text(object, QStringLiteral("state"), at("state"), limits.state);
    party.postalCode =
        reader.text(object, QStringLiteral("postalCode"), at("postalCode"), limits.postalCode);
    party.countryCode =
        reader.text(object, QStringLiteral("countryCode"), at("countryCode"), limits.countryCode);
    party.phoneNumber = reader.text(object, QStringLiteral("phoneNumber"), at("phoneNumber"));
    party.email = reader.text(object, QStringLiteral("email"), at("email"));
    bool allEmpty = true;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!SandboxJsonReader::jsonText(it.value()).trimmed().isEmpty())
            allEmpty = false;
    }
    *empty = allEmpty;
    return party;
}

// Name/value pairs of vendor-mandatory fields; entries without a name are padding and dropped.
QList<SandboxAttribute> readVendorFields(SandboxJsonReader &reader, const QJsonObject &object,
                                         const QStringList &keys, const QString &prefix = {})
{
    QList<SandboxAttribute> fields;
    for (const QString &key : keys) {
        const auto entries = reader.array(object, key, prefix + key);
        for (qsizetype i = 0; entries && i < entries->size(); ++i) {
            const QString path = QStringLiteral("%1%2[%3]").arg(prefix, key).arg(i);
            const QJsonObject entry = entries->at(i).toObject();
            SandboxAttribute field;
            field.name = reader.text(entry, QStringLiteral("attributeName"),
                                     path + QStringLiteral(".attributeName"));
            field.value = reader.text(entry, QStringLiteral("attributeValue"),
                                      path + QStringLiteral(".attributeValue"));
            if (!field.name.trimmed().isEmpty())
                fields.append(field);
        }
    }
    return fields;
}

} // namespace

bool SandboxOrderRequest::attributeIsTrue(const QString &name) const
{
    for (const SandboxAttribute &attribute : attributes) {
        if (attribute.name.compare(name, Qt::CaseInsensitive) == 0 &&
            attribute.value.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

SandboxOrderRequest SandboxOrderRequest::parse(const QByteArray &body, Version version,
                                               QList<SandboxFieldError> *errors, bool *bindingError)
{
    SandboxOrderRequest request;
    request.version = version;
    *bindingError = false;
    const bool v7 = version == Version::V7;
    SandboxJsonReader reader(v7, errors, bindingError);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        reader.fail(QStringLiteral("body"),
                    parseError.error != QJsonParseError::NoError
                        ? QStringLiteral("The request body is not valid JSON: %1 at offset %2")
                              .arg(parseError.errorString())
                              .arg(parseError.offset)
                        : QStringLiteral("The request body must be a JSON object"));
        *bindingError = v7;
        return request;
    }
    const QJsonObject root = document.object();

    request.customerOrderNumber = reader.text(root, QStringLiteral("customerOrderNumber"),
                                              QStringLiteral("customerOrderNumber"), v7 ? 18 : 35);
    const QJsonValue po = root.value(QStringLiteral("customerOrderNumber"));
    if (po.isUndefined() || po.isNull() || (po.isString() && po.toString().trimmed().isEmpty()))
        reader.missing(QStringLiteral("customerOrderNumber"));
    request.endCustomerOrderNumber =
        reader.text(root, QStringLiteral("endCustomerOrderNumber"),
                    QStringLiteral("endCustomerOrderNumber"), v7 ? 18 : -1);
    request.billToAddressId = reader.text(root, QStringLiteral("billToAddressId"),
                                          QStringLiteral("billToAddressId"), v7 ? -1 : 10);
    request.specialBidNumber =
        reader.text(root, QStringLiteral("specialBidNumber"), QStringLiteral("specialBidNumber"));
    request.notes = reader.text(root, QStringLiteral("notes"), QStringLiteral("notes"));
    const bool quoteOrder = version == Version::QuoteToOrderV6;
    if (quoteOrder && request.endCustomerOrderNumber.isEmpty())
        // The quote-to-order endpoint spells it this way.
        request.endCustomerOrderNumber = reader.text(root, QStringLiteral("enduserOrderNumber"),
                                                     QStringLiteral("enduserOrderNumber"));
    if (v7 || quoteOrder)
        request.quoteNumber =
            reader.text(root, QStringLiteral("quoteNumber"), QStringLiteral("quoteNumber"), 35);
    if (const auto accept = reader.boolean(root, QStringLiteral("acceptBackOrder"),
                                           QStringLiteral("acceptBackOrder")))
        request.acceptBackOrder = *accept;
    if (const auto duplicate =
            reader.boolean(root, QStringLiteral("allowDuplicateCustomerOrderNumber"),
                           QStringLiteral("allowDuplicateCustomerOrderNumber")))
        request.allowDuplicateCustomerOrderNumber = *duplicate;
    if (const auto hold = reader.boolean(root, QStringLiteral("allowOrderOnCustomerHold"),
                                         QStringLiteral("allowOrderOnCustomerHold")))
        request.customerHold = *hold;

    const PartyLimits partyLimits{70, 40, 70, 25, 3, 10, 10};
    if (const auto reseller =
            reader.object(root, QStringLiteral("resellerInfo"), QStringLiteral("resellerInfo"))) {
        bool empty = false;
        readParty(reader, *reseller, QStringLiteral("resellerInfo"), partyLimits, &empty);
    }
    if (const auto shipTo =
            reader.object(root, QStringLiteral("shipToInfo"), QStringLiteral("shipToInfo"))) {
        bool empty = false;
        SandboxParty party =
            readParty(reader, *shipTo, QStringLiteral("shipToInfo"), partyLimits, &empty);
        request.shipToAddressId = reader.text(*shipTo, QStringLiteral("addressId"),
                                              QStringLiteral("shipToInfo.addressId"), 10);
        const bool hasAddress = !party.companyName.isEmpty() || !party.addressLine1.isEmpty() ||
                                !party.city.isEmpty() || !party.postalCode.isEmpty() ||
                                !party.state.isEmpty();
        if (hasAddress) {
            // A ship-to address is all or nothing; an address ID or only contact details fall
            // back to the account's address on file.
            if (party.addressLine1.trimmed().isEmpty())
                reader.missing(QStringLiteral("shipToInfo.addressLine1"));
            if (party.city.trimmed().isEmpty())
                reader.missing(QStringLiteral("shipToInfo.city"));
            if (party.postalCode.trimmed().isEmpty())
                reader.missing(QStringLiteral("shipToInfo.postalCode"));
            if (party.countryCode.trimmed().isEmpty())
                reader.missing(QStringLiteral("shipToInfo.countryCode"));
            request.shipTo = party;
        }
    }
    if (const auto endUser =
            reader.object(root, QStringLiteral("endUserInfo"), QStringLiteral("endUserInfo"))) {
        bool empty = false;
        const SandboxParty party =
            readParty(reader, *endUser, QStringLiteral("endUserInfo"), partyLimits, &empty);
        if (empty)
            reader.fail(QStringLiteral("endUserInfo"),
                        QStringLiteral("endUserInfo must not be empty; leave it out instead"),
                        QStringLiteral("{}"));
        else
            request.endUser = party;
    }
    if (const auto shipment = reader.object(root, QStringLiteral("shipmentDetails"),
                                            QStringLiteral("shipmentDetails"))) {
        request.carrierCode = reader.text(*shipment, QStringLiteral("carrierCode"),
                                          QStringLiteral("shipmentDetails.carrierCode"), 10);
        request.freightAccountNumber =
            reader.text(*shipment, QStringLiteral("freightAccountNumber"),
                        QStringLiteral("shipmentDetails.freightAccountNumber"));
        request.shippingInstructions =
            reader.text(*shipment, QStringLiteral("shippingInstructions"),
                        QStringLiteral("shipmentDetails.shippingInstructions"), 132);
        // v6 takes "true" here although the spec says one character: its own example does.
        reader.text(*shipment, QStringLiteral("shipComplete"),
                    QStringLiteral("shipmentDetails.shipComplete"), v7 ? 1 : -1);
        reader.boolean(*shipment, QStringLiteral("signatureRequired"),
                       QStringLiteral("shipmentDetails.signatureRequired"));
        const QString date =
            reader.text(*shipment, QStringLiteral("requestedDeliveryDate"),
                        QStringLiteral("shipmentDetails.requestedDeliveryDate"), v7 ? 8 : -1);
        if (!v7 && !date.isEmpty() &&
            !QDate::fromString(date, QStringLiteral("yyyy-MM-dd")).isValid())
            reader.fail(QStringLiteral("shipmentDetails.requestedDeliveryDate"),
                        QStringLiteral("input date format error expected format is - yyyy-MM-dd"),
                        date);
    }
    if (const auto attributes = reader.array(root, QStringLiteral("additionalAttributes"),
                                             QStringLiteral("additionalAttributes"))) {
        for (qsizetype i = 0; i < attributes->size(); ++i) {
            const QString path = QStringLiteral("additionalAttributes[%1]").arg(i);
            const QJsonObject attribute = attributes->at(i).toObject();
            SandboxAttribute entry;
            entry.name = reader.text(attribute, QStringLiteral("attributeName"),
                                     path + QStringLiteral(".attributeName"));
            entry.value = reader.text(attribute, QStringLiteral("attributeValue"),
                                      path + QStringLiteral(".attributeValue"));
            if (!entry.name.isEmpty())
                request.attributes.append(entry);
        }
    }
    request.vendorFields =
        readVendorFields(reader, root, {QStringLiteral("vmfAdditionalAttributes")});
    request.allowDuplicateCustomerOrderNumber =
        request.allowDuplicateCustomerOrderNumber ||
        request.attributeIsTrue(QStringLiteral("allowDuplicateCustomerOrderNumber"));
    request.customerHold =
        request.customerHold || request.attributeIsTrue(QStringLiteral("allowOrderOnCustomerHold"));

    const auto lines = reader.array(root, QStringLiteral("lines"), QStringLiteral("lines"));
    const QJsonValue linesValue = root.value(QStringLiteral("lines"));
    const bool linesWrongType = !lines && !linesValue.isUndefined() && !linesValue.isNull();
    if (!linesWrongType && (!lines || lines->isEmpty()) && request.quoteNumber.isEmpty())
        reader.missing(QStringLiteral("lines"));
    for (qsizetype i = 0; lines && i < lines->size(); ++i) {
        const QString path = QStringLiteral("lines[%1]").arg(i);
        const auto field = [&path](const char *key) -> QString {
            return path + QLatin1Char('.') + QLatin1String(key);
        };
        if (!lines->at(i).isObject()) {
            reader.fail(path, QStringLiteral("Must be an object"),
                        SandboxJsonReader::jsonText(lines->at(i)));
            continue;
        }
        const QJsonObject object = lines->at(i).toObject();
        SandboxOrderRequestLine line;
        line.index = static_cast<int>(i);
        line.customerLineNumber = reader.text(object, QStringLiteral("customerLineNumber"),
                                              field("customerLineNumber"), 3);
        line.ingramPartNumber =
            reader.text(object, QStringLiteral("ingramPartNumber"), field("ingramPartNumber"), 18);
        line.vendorPartNumber =
            reader.text(object, QStringLiteral("vendorPartNumber"), field("vendorPartNumber"));
        line.quantity = reader.quantity(object, QStringLiteral("quantity"), field("quantity"));
        line.unitPrice = reader.number(object, QStringLiteral("unitPrice"), field("unitPrice"));
        if (line.unitPrice && *line.unitPrice < 0)
            reader.fail(field("unitPrice"), QStringLiteral("Must not be negative"),
                        QString::number(*line.unitPrice));
        reader.number(object, QStringLiteral("endUserPrice"), field("endUserPrice"));
        line.specialBidNumber =
            reader.text(object, QStringLiteral("specialBidNumber"), field("specialBidNumber"), 36);
        line.notes = reader.text(object, QStringLiteral("notes"), field("notes"));
        reader.array(object, QStringLiteral("additionalAttributes"), field("additionalAttributes"));
        line.vendorFields = readVendorFields(reader, object,
                                             {QStringLiteral("vmfAdditionalAttributesLines"),
                                              QStringLiteral("linesVendorMandatoryAttributes")},
                                             path + QLatin1Char('.'));
        reader.array(object, QStringLiteral("endUserInfo"), field("endUserInfo"));
        request.lines.append(line);
    }
    return request;
}
