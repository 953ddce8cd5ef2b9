#include "ordercreaterequest.h"

#include "jsonread.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace {
class Checker
{
public:
    explicit Checker(QList<OrderCreateRequest::Problem> *problems)
        : m_problems(problems)
    {}
    void maxLength(const QString &field, const QString &value, int max)
    {
        if (max > 0 && value.trimmed().size() > max)
            fail(field, OrderCreateRequest::tr("At most %1 characters, not %2.")
                            .arg(max)
                            .arg(value.trimmed().size()));
    }
    void fail(const QString &field, const QString &message)
    {
        m_problems->append({field, message});
    }

private:
    QList<OrderCreateRequest::Problem> *m_problems;
};

void checkParty(Checker &check, const QString &prefix, const Address &address, bool v7)
{
    const auto at = [&prefix](const char *key) -> QString {
        return prefix + QLatin1Char('.') + QLatin1String(key);
    };
    check.maxLength(at("contact"), address.contact,
                    v7 && prefix == QLatin1String("endUserInfo") ? -1 : 70);
    check.maxLength(at("companyName"), address.companyName, 40);
    check.maxLength(at("addressLine1"), address.addressLine1, 70);
    check.maxLength(at("addressLine2"), address.addressLine2, 70);
    check.maxLength(at("addressLine3"), address.addressLine3, 70);
    check.maxLength(at("city"), address.city, 25);
    check.maxLength(at("state"), address.state, 3);
    check.maxLength(at("postalCode"), address.postalCode, 10);
    static const QRegularExpression country(QStringLiteral("^[A-Za-z]{2}$"));
    const QString code = address.countryCode.trimmed();
    if (!code.isEmpty() && !country.match(code).hasMatch())
        check.fail(at("countryCode"),
                   OrderCreateRequest::tr("A two-letter country code such as US."));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString mail = address.email.trimmed();
    if (!mail.isEmpty() && !email.match(mail).hasMatch())
        check.fail(at("email"), OrderCreateRequest::tr("Not an email address."));
    check.maxLength(at("email"), address.email, 241);
    // Digits with the usual separators and an extension: "+1 (555) 010-0100 x12".
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ()./-]*[0-9][0-9 ()./-]*"
                                                         "(\\s*(x|ext\\.?)\\s*[0-9]+)?$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QString phoneNumber = address.phoneNumber.trimmed();
    if (!phoneNumber.isEmpty() && !phone.match(phoneNumber).hasMatch())
        check.fail(at("phoneNumber"),
                   OrderCreateRequest::tr("Digits, spaces and + ( ) - . only, such as +1 555 "
                                          "0100."));
    check.maxLength(at("phoneNumber"), address.phoneNumber,
                    OrderCreateRequest::PhoneNumberMaxLength);
    // v7 has no third address line: it would be dropped without a word.
    if (v7 && !address.addressLine3.trimmed().isEmpty())
        check.fail(at("addressLine3"),
                   OrderCreateRequest::tr("v7 orders have no third address line; move it to "
                                          "line 2."));
}
} // namespace

bool OrderShipmentDetails::isEmpty() const
{
    return carrierCode.trimmed().isEmpty() && requestedDeliveryDate.isNull() && !shipComplete &&
           !signatureRequired && shippingInstructions.trimmed().isEmpty() &&
           freightAccountNumber.trimmed().isEmpty();
}

QJsonObject OrderCreateRequest::toJson(OrderApiVersion version) const
{
    const bool v7 = version == OrderApiVersion::V7;
    QJsonObject root;
    JsonWrite::insertText(root, QStringLiteral("customerOrderNumber"), customerOrderNumber);
    JsonWrite::insertText(root, QStringLiteral("endCustomerOrderNumber"), endCustomerOrderNumber);
    JsonWrite::insertText(root, QStringLiteral("notes"), notes);
    JsonWrite::insertText(root, QStringLiteral("billToAddressId"), billToAddressId);
    JsonWrite::insertText(root, QStringLiteral("specialBidNumber"), specialBidNumber);
    root.insert(QStringLiteral("acceptBackOrder"), acceptBackOrder);

    QJsonObject shipToInfo = shipTo.isEmpty() ? QJsonObject() : shipTo.toRequestJson(!v7);
    if (shipTo.isEmpty())
        JsonWrite::insertText(shipToInfo, QStringLiteral("addressId"), shipToAddressId);
    if (!shipToInfo.isEmpty())
        root.insert(QStringLiteral("shipToInfo"), shipToInfo);
    // The API refuses an empty endUserInfo: leave it out instead.
    const QJsonObject endUser = endUserInfo.toRequestJson(!v7);
    if (!endUser.isEmpty())
        root.insert(QStringLiteral("endUserInfo"), endUser);

    if (!shipmentDetails.isEmpty()) {
        QJsonObject shipment;
        JsonWrite::insertText(shipment, QStringLiteral("carrierCode"), shipmentDetails.carrierCode);
        if (shipmentDetails.requestedDeliveryDate.isValid())
            shipment.insert(QStringLiteral("requestedDeliveryDate"),
                            shipmentDetails.requestedDeliveryDate.toString(
                                v7 ? QStringLiteral("yyyyMMdd") : QStringLiteral("yyyy-MM-dd")));
        if (shipmentDetails.shipComplete)
            shipment.insert(QStringLiteral("shipComplete"), QStringLiteral("Y"));
        if (shipmentDetails.signatureRequired)
            shipment.insert(QStringLiteral("signatureRequired"), true);
        JsonWrite::insertText(shipment, QStringLiteral("shippingInstructions"),
                              shipmentDetails.shippingInstructions);
        JsonWrite::insertText(shipment, QStringLiteral("freightAccountNumber"),
                              shipmentDetails.freightAccountNumber);
        root.insert(QStringLiteral("shipmentDetails"), shipment);
    }

    QJsonArray attributes;
    const QLatin1String hold(CustomerHoldAttribute);
    for (const AdditionalAttribute &attribute : additionalAttributes) {
        if (attribute.name.trimmed().isEmpty())
            continue;
        if (placeOnCustomerHold && attribute.name.compare(hold, Qt::CaseInsensitive) == 0)
            continue;
        attributes.append(attribute.toJson());
    }
    if (placeOnCustomerHold)
        attributes.append(AdditionalAttribute{hold, QStringLiteral("true")}.toJson());
    if (allowDuplicateCustomerOrderNumber)
        attributes.append(AdditionalAttribute{QStringLiteral("allowDuplicateCustomerOrderNumber"),
                                              QStringLiteral("true")}
                              .toJson());
    if (!attributes.isEmpty())
        root.insert(QStringLiteral("additionalAttributes"), attributes);

    QJsonArray lineArray;
    for (const OrderCreateLine &line : lines) {
        QJsonObject object;
        JsonWrite::insertText(object, QStringLiteral("customerLineNumber"),
                              line.customerLineNumber);
        JsonWrite::insertText(object, QStringLiteral("ingramPartNumber"), line.ingramPartNumber);
        if (v7)
            JsonWrite::insertText(object, QStringLiteral("vendorPartNumber"),
                                  line.vendorPartNumber);
        object.insert(QStringLiteral("quantity"), line.quantity);
        if (line.unitPrice)
            object.insert(QStringLiteral("unitPrice"), *line.unitPrice);
        JsonWrite::insertText(object, QStringLiteral("specialBidNumber"), line.specialBidNumber);
        JsonWrite::insertText(object, QStringLiteral("notes"), line.notes);
        lineArray.append(object);
    }
    root.insert(QStringLiteral("lines"), lineArray);
    return root;
}

QJsonObject OrderCreateRequest::toJsonV6() const
{
    return toJson(OrderApiVersion::V6);
}

QJsonObject OrderCreateRequest::toJsonV7() const
{
    return toJson(OrderApiVersion::V7);
}

QList<OrderCreateRequest::Problem> OrderCreateRequest::validate(OrderApiVersion version) const
{
    const bool v7 = version == OrderApiVersion::V7;
    QList<Problem> problems;
    Checker check(&problems);
    if (customerOrderNumber.trimmed().isEmpty())
        check.fail(QStringLiteral("customerOrderNumber"),
                   OrderCreateRequest::tr("The customer PO is required."));
    check.maxLength(QStringLiteral("customerOrderNumber"), customerOrderNumber,
                    v7 ? CustomerOrderNumberMaxLengthV7 : CustomerOrderNumberMaxLengthV6);
    check.maxLength(QStringLiteral("endCustomerOrderNumber"), endCustomerOrderNumber, v7 ? 18 : 35);
    check.maxLength(QStringLiteral("billToAddressId"), billToAddressId, 10);
    check.maxLength(QStringLiteral("shipToInfo.addressId"), shipToAddressId, 10);
    if (!shipTo.isEmpty()) {
        if (!shipToAddressId.trimmed().isEmpty())
            check.fail(QStringLiteral("shipToInfo.addressId"),
                       OrderCreateRequest::tr("Give a ship-to address ID or a full address, not "
                                              "both."));
        checkParty(check, QStringLiteral("shipToInfo"), shipTo, v7);
        if (shipTo.addressLine1.trimmed().isEmpty())
            check.fail(QStringLiteral("shipToInfo.addressLine1"),
                       OrderCreateRequest::tr("A ship-to address needs a street."));
        if (shipTo.city.trimmed().isEmpty())
            check.fail(QStringLiteral("shipToInfo.city"),
                       OrderCreateRequest::tr("A ship-to address needs a city."));
        if (shipTo.postalCode.trimmed().isEmpty())
            check.fail(QStringLiteral("shipToInfo.postalCode"),
                       OrderCreateRequest::tr("A ship-to address needs a postal code."));
        if (shipTo.countryCode.trimmed().isEmpty())
            check.fail(QStringLiteral("shipToInfo.countryCode"),
                       OrderCreateRequest::tr("A ship-to address needs a country."));
    }
    if (!endUserInfo.isEmpty())
        checkParty(check, QStringLiteral("endUserInfo"), endUserInfo, v7);
    check.maxLength(QStringLiteral("shipmentDetails.carrierCode"), shipmentDetails.carrierCode, 10);
    check.maxLength(QStringLiteral("shipmentDetails.shippingInstructions"),
                    shipmentDetails.shippingInstructions, 132);
    const QDate deliveryDate = shipmentDetails.requestedDeliveryDate;
    if (deliveryDate.isValid() && deliveryDate < QDate::currentDate())
        check.fail(QStringLiteral("shipmentDetails.requestedDeliveryDate"),
                   OrderCreateRequest::tr("The requested delivery date %1 is in the past.")
                       .arg(deliveryDate.toString(Qt::ISODate)));
    for (qsizetype i = 0; i < additionalAttributes.size(); ++i) {
        const AdditionalAttribute &attribute = additionalAttributes.at(i);
        if (attribute.name.trimmed().isEmpty() && !attribute.value.trimmed().isEmpty())
            check.fail(QStringLiteral("additionalAttributes[%1].attributeName").arg(i),
                       OrderCreateRequest::tr("An attribute needs a name."));
    }

    if (lines.isEmpty())
        check.fail(QStringLiteral("lines"),
                   OrderCreateRequest::tr("An order needs at least one line."));
    QSet<QString> lineNumbers;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const OrderCreateLine &line = lines.at(i);
        const auto field = [i](const char *key) -> QString {
            return QStringLiteral("lines[%1].").arg(i) + QLatin1String(key);
        };
        const QString number = line.customerLineNumber.trimmed();
        check.maxLength(field("customerLineNumber"), number, CustomerLineNumberMaxLength);
        if (!number.isEmpty()) {
            if (lineNumbers.contains(number))
                check.fail(field("customerLineNumber"),
                           OrderCreateRequest::tr("Line number %1 is used twice.").arg(number));
            lineNumbers.insert(number);
        }
        if (line.ingramPartNumber.trimmed().isEmpty() &&
            (!v7 || line.vendorPartNumber.trimmed().isEmpty()))
            check.fail(field("ingramPartNumber"),
                       v7 ? OrderCreateRequest::tr("An Ingram or vendor part number is required.")
                          : OrderCreateRequest::tr("An Ingram part number is required."));
        check.maxLength(field("ingramPartNumber"), line.ingramPartNumber,
                        IngramPartNumberMaxLength);
        if (!v7 && !line.vendorPartNumber.trimmed().isEmpty())
            check.fail(field("vendorPartNumber"),
                       OrderCreateRequest::tr("v6 orders take no vendor part number; use v7 or "
                                              "clear it."));
        if (line.quantity <= 0)
            check.fail(field("quantity"),
                       OrderCreateRequest::tr("The quantity must be at least 1."));
        if (line.unitPrice && *line.unitPrice < 0)
            check.fail(field("unitPrice"),
                       OrderCreateRequest::tr("The price must not be negative."));
        check.maxLength(field("specialBidNumber"), line.specialBidNumber, 36);
    }
    return problems;
}

void OrderCreateRequest::numberLines()
{
    QSet<QString> used;
    for (const OrderCreateLine &line : std::as_const(lines))
        used.insert(line.customerLineNumber.trimmed());
    int next = 1;
    for (OrderCreateLine &line : lines) {
        if (!line.customerLineNumber.trimmed().isEmpty())
            continue;
        while (used.contains(QString::number(next)))
            ++next;
        line.customerLineNumber = QString::number(next);
        used.insert(line.customerLineNumber);
    }
}
