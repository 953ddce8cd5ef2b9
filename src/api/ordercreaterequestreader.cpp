#include "ordercreaterequestreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
using Problem = OrderCreateRequestReader::Problem;

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(OrderCreateRequestReader)

public:
    Reader(OrderApiVersion version, QList<Problem> *problems)
        : m_v7(version == OrderApiVersion::V7)
        , m_problems(problems)
    {}

    void fail(const QString &field, const QString &message)
    {
        m_problems->append({field, message});
    }

    static QString join(const QString &prefix, const QString &key)
    {
        return prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
    }

    // Text fields accept numbers too: the spec itself sends phone numbers as integers in v6.
    QString text(const QJsonValue &value, const QString &field)
    {
        if (value.isString())
            return value.toString();
        if (value.isDouble())
            return QString::number(value.toDouble(), 'g', 17);
        if (!value.isNull() && !value.isUndefined())
            fail(field, tr("Expected text."));
        return {};
    }

    bool flag(const QJsonValue &value, const QString &field, bool fallback)
    {
        if (value.isBool())
            return value.toBool();
        const QString word = value.toString().trimmed().toLower();
        if (word == QLatin1String("true") || word == QLatin1String("y"))
            return true;
        if (word == QLatin1String("false") || word == QLatin1String("n"))
            return false;
        if (value.isNull() || value.isUndefined() || (value.isString() && word.isEmpty()))
            return fallback;
        fail(field, tr("Expected true or false."));
        return fallback;
    }

    void unsupported(const QString &field)
    {
        fail(field, tr("ResellerDesk cannot send this field; remove it or place the order in "
                       "another way."));
    }

    Address address(const QJsonObject &object, const QString &prefix, QString *id,
                    const QString &idKey)
    {
        Address result;
        const QList<std::pair<const char *, QString *>> fields{
            {"contact", &result.contact},
            {"companyName", &result.companyName},
            {"addressLine1", &result.addressLine1},
            {"addressLine2", &result.addressLine2},
            {"addressLine3", &result.addressLine3},
            {"city", &result.city},
            {"state", &result.state},
            {"postalCode", &result.postalCode},
            {"countryCode", &result.countryCode},
            {"phoneNumber", &result.phoneNumber},
            {"email", &result.email}};
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString field = join(prefix, it.key());
            bool known = false;
            for (const auto &[key, target] : fields) {
                if (it.key() == QLatin1String(key)) {
                    *target = text(it.value(), field);
                    known = true;
                }
            }
            if (known)
                continue;
            if (it.key() == idKey && id) {
                *id = text(it.value(), field);
                continue;
            }
            // An empty value says nothing; the spec's own examples send "endUserId": "".
            if (it.value().isString() && it.value().toString().trimmed().isEmpty())
                continue;
            unsupported(field);
        }
        return result;
    }

    void shipment(const QJsonObject &object, OrderShipmentDetails *details)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString field = join(QStringLiteral("shipmentDetails"), it.key());
            const QString key = it.key();
            if (key == QLatin1String("carrierCode")) {
                details->carrierCode = text(it.value(), field);
            } else if (key == QLatin1String("requestedDeliveryDate")) {
                const QString value = text(it.value(), field).trimmed();
                QDate date = QDate::fromString(value, QStringLiteral("yyyy-MM-dd"));
                if (!date.isValid())
                    date = QDate::fromString(value, QStringLiteral("yyyyMMdd"));
                if (!value.isEmpty() && !date.isValid())
                    fail(field, tr("Expected a date such as 2026-07-31."));
                details->requestedDeliveryDate = date;
            } else if (key == QLatin1String("shipComplete")) {
                details->shipComplete = flag(it.value(), field, false);
            } else if (key == QLatin1String("signatureRequired")) {
                details->signatureRequired = flag(it.value(), field, false);
            } else if (key == QLatin1String("shippingInstructions")) {
                details->shippingInstructions = text(it.value(), field);
            } else if (key == QLatin1String("freightAccountNumber")) {
                details->freightAccountNumber = text(it.value(), field);
            } else {
                unsupported(field);
            }
        }
    }

    void attributes(const QJsonValue &value, OrderCreateRequest *request)
    {
        const QString field = QStringLiteral("additionalAttributes");
        if (!value.isArray()) {
            fail(field, tr("Expected a list of attributeName/attributeValue pairs."));
            return;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = QStringLiteral("%1[%2]").arg(field).arg(i);
            const QJsonObject object = array.at(i).toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (it.key() != QLatin1String("attributeName") &&
                    it.key() != QLatin1String("attributeValue"))
                    unsupported(join(at, it.key()));
            }
            const QString name = text(object.value(QLatin1String("attributeName")),
                                      join(at, QStringLiteral("attributeName")))
                                     .trimmed();
            const QString attributeValue = text(object.value(QLatin1String("attributeValue")),
                                                join(at, QStringLiteral("attributeValue")));
            const QString word = attributeValue.trimmed().toLower();
            if (name.compare(QLatin1String(OrderCreateRequest::CustomerHoldAttribute),
                             Qt::CaseInsensitive) == 0 &&
                (word == QLatin1String("true") || word == QLatin1String("false"))) {
                request->placeOnCustomerHold = word == QLatin1String("true");
            } else if (name.compare(QLatin1String("allowDuplicateCustomerOrderNumber"),
                                    Qt::CaseInsensitive) == 0 &&
                       (word == QLatin1String("true") || word == QLatin1String("false"))) {
                request->allowDuplicateCustomerOrderNumber = word == QLatin1String("true");
            } else {
                request->additionalAttributes.append({name, attributeValue});
            }
        }
    }

    void lines(const QJsonValue &value, OrderCreateRequest *request)
    {
        if (!value.isArray()) {
            fail(QStringLiteral("lines"), tr("Expected a list of lines."));
            return;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = QStringLiteral("lines[%1]").arg(i);
            if (!array.at(i).isObject()) {
                fail(at, tr("Expected an object."));
                continue;
            }
            const QJsonObject object = array.at(i).toObject();
            OrderCreateLine line;
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString field = join(at, it.key());
                const QString key = it.key();
                if (key == QLatin1String("customerLineNumber")) {
                    line.customerLineNumber = text(it.value(), field);
                } else if (key == QLatin1String("ingramPartNumber")) {
                    line.ingramPartNumber = text(it.value(), field);
                } else if (key == QLatin1String("vendorPartNumber") && m_v7) {
                    line.vendorPartNumber = text(it.value(), field);
                } else if (key == QLatin1String("quantity")) {
                    line.quantity = quantity(it.value(), field);
                } else if (key == QLatin1String("unitPrice")) {
                    if (it.value().isDouble())
                        line.unitPrice = it.value().toDouble();
                    else if (!it.value().isNull())
                        fail(field, tr("Expected a number."));
                } else if (key == QLatin1String("specialBidNumber")) {
                    line.specialBidNumber = text(it.value(), field);
                } else if (key == QLatin1String("notes")) {
                    line.notes = text(it.value(), field);
                } else {
                    unsupported(field);
                }
            }
            request->lines.append(line);
        }
    }

    int quantity(const QJsonValue &value, const QString &field)
    {
        if (value.isDouble() && value.toDouble() == double(value.toInt()))
            return value.toInt();
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        if (value.isString() && ok)
            return number;
        fail(field, tr("Expected a whole number."));
        return 0;
    }

    OrderCreateRequest read(const QJsonObject &body)
    {
        OrderCreateRequest request;
        request.acceptBackOrder = false;
        bool sawAcceptBackOrder = false;
        for (auto it = body.begin(); it != body.end(); ++it) {
            const QString key = it.key();
            if (key == QLatin1String("customerOrderNumber")) {
                request.customerOrderNumber = text(it.value(), key);
            } else if (key == QLatin1String("endCustomerOrderNumber")) {
                request.endCustomerOrderNumber = text(it.value(), key);
            } else if (key == QLatin1String("notes")) {
                request.notes = text(it.value(), key);
            } else if (key == QLatin1String("billToAddressId")) {
                request.billToAddressId = text(it.value(), key);
            } else if (key == QLatin1String("specialBidNumber")) {
                request.specialBidNumber = text(it.value(), key);
            } else if (key == QLatin1String("acceptBackOrder")) {
                request.acceptBackOrder = flag(it.value(), key, false);
                sawAcceptBackOrder = true;
            } else if (key == QLatin1String("shipToInfo") && it.value().isObject()) {
                request.shipTo = address(it.value().toObject(), key, &request.shipToAddressId,
                                         QStringLiteral("addressId"));
            } else if (key == QLatin1String("endUserInfo") && it.value().isObject()) {
                request.endUserInfo = address(it.value().toObject(), key, nullptr, {});
            } else if (key == QLatin1String("shipmentDetails") && it.value().isObject()) {
                shipment(it.value().toObject(), &request.shipmentDetails);
            } else if (key == QLatin1String("additionalAttributes")) {
                attributes(it.value(), &request);
            } else if (key == QLatin1String("lines")) {
                lines(it.value(), &request);
            } else if (key == QLatin1String("shipToInfo") || key == QLatin1String("endUserInfo") ||
                       key == QLatin1String("shipmentDetails")) {
                fail(key, tr("Expected an object."));
            } else {
                unsupported(key);
            }
        }
        // The API's own default when the field is left out.
        if (!sawAcceptBackOrder)
            request.acceptBackOrder = true;
        // toJson() sends the ID only without an address: both would lose one of them.
        if (!request.shipTo.isEmpty() && !request.shipToAddressId.trimmed().isEmpty()) {
            fail(QStringLiteral("shipToInfo.addressId"),
                 tr("Give either an addressId or an address, not both."));
        }
        return request;
    }

private:
    bool m_v7;
    QList<Problem> *m_problems;
};
} // namespace

OrderCreateRequest OrderCreateRequestReader::read(const QJsonObject &body, OrderApiVersion version,
                                                  QList<Problem> *problems)
{
    QList<Problem> own;
    Reader reader(version, problems ? problems : &own);
    return reader.read(body);
}

OrderCreateRequest OrderCreateRequestReader::read(const QByteArray &json, OrderApiVersion version,
                                                  QList<Problem> *problems)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        if (problems) {
            problems->append(
                {QString(),
                 error.error != QJsonParseError::NoError
                     ? QCoreApplication::translate("OrderCreateRequestReader",
                                                   "Not valid JSON at byte %1: %2")
                           .arg(error.offset)
                           .arg(error.errorString())
                     : QCoreApplication::translate("OrderCreateRequestReader",
                                                   "Expected a JSON object with the order.")});
        }
        return {};
    }
    return read(document.object(), version, problems);
}
