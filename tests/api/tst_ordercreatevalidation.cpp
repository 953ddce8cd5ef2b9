// OrderCreateRequest::validate against the spec itself: every maxLength of the v6 and v7 create
// request schemas that the request models is enforced at the limit, plus the format rules.
#include "ordercreaterequest.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

namespace {
using Setter = std::function<void(OrderCreateRequest &, const QString &)>;

OrderCreateRequest validOrder()
{
    OrderCreateRequest request;
    request.customerOrderNumber = QStringLiteral("PO-1");
    OrderCreateLine line;
    line.ingramPartNumber = QStringLiteral("123456");
    line.quantity = 1;
    request.lines.append(line);
    request.numberLines();
    return request;
}

QStringList fields(const QList<OrderCreateRequest::Problem> &problems)
{
    QStringList names;
    for (const auto &problem : problems)
        names.append(problem.field);
    return names;
}

// The request field each spec path is written from.
QHash<QString, Setter> setters()
{
    QHash<QString, Setter> map;
    map.insert(QStringLiteral("customerOrderNumber"),
               [](OrderCreateRequest &r, const QString &v) { r.customerOrderNumber = v; });
    map.insert(QStringLiteral("endCustomerOrderNumber"),
               [](OrderCreateRequest &r, const QString &v) { r.endCustomerOrderNumber = v; });
    map.insert(QStringLiteral("billToAddressId"),
               [](OrderCreateRequest &r, const QString &v) { r.billToAddressId = v; });
    map.insert(QStringLiteral("shipToInfo.addressId"),
               [](OrderCreateRequest &r, const QString &v) { r.shipToAddressId = v; });
    map.insert(QStringLiteral("shipmentDetails.carrierCode"),
               [](OrderCreateRequest &r, const QString &v) { r.shipmentDetails.carrierCode = v; });
    map.insert(QStringLiteral("shipmentDetails.shippingInstructions"),
               [](OrderCreateRequest &r, const QString &v) {
                   r.shipmentDetails.shippingInstructions = v;
               });
    map.insert(QStringLiteral("lines[].customerLineNumber"),
               [](OrderCreateRequest &r, const QString &v) { r.lines[0].customerLineNumber = v; });
    map.insert(QStringLiteral("lines[].ingramPartNumber"),
               [](OrderCreateRequest &r, const QString &v) { r.lines[0].ingramPartNumber = v; });
    map.insert(QStringLiteral("lines[].specialBidNumber"),
               [](OrderCreateRequest &r, const QString &v) { r.lines[0].specialBidNumber = v; });
    for (const QString &party : {QStringLiteral("shipToInfo"), QStringLiteral("endUserInfo")}) {
        const bool shipTo = party == QLatin1String("shipToInfo");
        const auto address = [shipTo](OrderCreateRequest &r) -> Address & {
            return shipTo ? r.shipTo : r.endUserInfo;
        };
        // A ship-to address needs its street, city, postal code and country to be complete.
        const auto complete = [address](OrderCreateRequest &r) {
            Address &a = address(r);
            a.addressLine1 = QStringLiteral("1 Main St");
            a.city = QStringLiteral("Irvine");
            a.postalCode = QStringLiteral("92612");
            a.countryCode = QStringLiteral("US");
        };
        const auto field = [&](const char *key, QString Address::*member) {
            map.insert(party + QLatin1Char('.') + QLatin1String(key),
                       [address, complete, member](OrderCreateRequest &r, const QString &v) {
                           complete(r);
                           address(r).*member = v;
                       });
        };
        field("contact", &Address::contact);
        field("companyName", &Address::companyName);
        field("addressLine1", &Address::addressLine1);
        field("addressLine2", &Address::addressLine2);
        field("addressLine3", &Address::addressLine3);
        field("city", &Address::city);
        field("state", &Address::state);
        field("postalCode", &Address::postalCode);
    }
    return map;
}

// path -> maxLength of the create request schema, flattened like "lines[].quantity".
void collect(const QJsonObject &schemas, const QJsonObject &schema, const QString &prefix,
             QHash<QString, int> *out)
{
    QJsonObject node = schema;
    while (node.contains(QLatin1String("$ref")))
        node = schemas.value(node.value(QLatin1String("$ref")).toString().section(u'/', -1))
                   .toObject();
    const QJsonObject properties = node.value(QLatin1String("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        QJsonObject child = it.value().toObject();
        while (child.contains(QLatin1String("$ref")))
            child = schemas.value(child.value(QLatin1String("$ref")).toString().section(u'/', -1))
                        .toObject();
        if (child.value(QLatin1String("type")).toString() == QLatin1String("array"))
            collect(schemas, child.value(QLatin1String("items")).toObject(),
                    path + QStringLiteral("[]"), out);
        else if (child.contains(QLatin1String("properties")))
            collect(schemas, child, path, out);
        else if (child.contains(QLatin1String("maxLength")))
            out->insert(path, child.value(QLatin1String("maxLength")).toInt());
    }
}

QHash<QString, int> specLimits(const QString &path)
{
    QFile file(QStringLiteral(RD_SPEC_FILE));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject spec = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject schemas = spec.value(QLatin1String("components"))
                                    .toObject()
                                    .value(QLatin1String("schemas"))
                                    .toObject();
    const QJsonObject schema = spec.value(QLatin1String("paths"))
                                   .toObject()
                                   .value(path)
                                   .toObject()
                                   .value(QLatin1String("post"))
                                   .toObject()
                                   .value(QLatin1String("requestBody"))
                                   .toObject()
                                   .value(QLatin1String("content"))
                                   .toObject()
                                   .value(QLatin1String("application/json"))
                                   .toObject()
                                   .value(QLatin1String("schema"))
                                   .toObject();
    QHash<QString, int> limits;
    collect(schemas, schema, {}, &limits);
    return limits;
}
} // namespace

class TestOrderCreateValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySpecMaxLengthIsEnforced_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("maxLength");
        const QHash<QString, Setter> known = setters();
        int rows = 0;
        for (const auto &[version, endpoint] :
             {std::pair{OrderApiVersion::V6, QStringLiteral("/resellers/v6/orders")},
              std::pair{OrderApiVersion::V7, QStringLiteral("/resellers/v7/orders")}}) {
            const QHash<QString, int> limits = specLimits(endpoint);
            QVERIFY2(limits.size() > 10, qPrintable(endpoint));
            for (auto it = limits.begin(); it != limits.end(); ++it) {
                if (!known.contains(it.key()))
                    continue; // resellerInfo, quoteNumber, ...: not part of a desk order
                // country codes are checked as two letters, stricter than the schema's 10.
                const QString name = QStringLiteral("%1 %2")
                                         .arg(version == OrderApiVersion::V7 ? u"v7" : u"v6")
                                         .arg(it.key());
                QTest::newRow(qPrintable(name)) << int(version) << it.key() << it.value();
                ++rows;
            }
        }
        QVERIFY(rows >= 30);
    }
    void everySpecMaxLengthIsEnforced()
    {
        QFETCH(int, version);
        QFETCH(QString, path);
        QFETCH(int, maxLength);
        const auto apiVersion = OrderApiVersion(version);
        const Setter set = setters().value(path);
        const QString problemField =
            QString(path).replace(QStringLiteral("[]"), QStringLiteral("[0]"));
        OrderCreateRequest atLimit = validOrder();
        // Digits fit every field, the line number included.
        set(atLimit, QString(maxLength, QLatin1Char('7')));
        QVERIFY2(!fields(atLimit.validate(apiVersion)).contains(problemField),
                 qPrintable(fields(atLimit.validate(apiVersion)).join(u',')));
        OrderCreateRequest over = validOrder();
        set(over, QString(maxLength + 1, QLatin1Char('7')));
        QVERIFY2(fields(over.validate(apiVersion)).contains(problemField),
                 qPrintable(fields(over.validate(apiVersion)).join(u',')));
    }

    void formats()
    {
        OrderCreateRequest request = validOrder();
        QVERIFY(request.isValid(OrderApiVersion::V6));
        request.shipTo.addressLine1 = QStringLiteral("1 Main St");
        request.shipTo.city = QStringLiteral("Irvine");
        request.shipTo.postalCode = QStringLiteral("92612");
        request.shipTo.countryCode = QStringLiteral("US");
        request.shipTo.phoneNumber = QStringLiteral("+1 (555) 010-0100 x12");
        request.shipTo.email = QStringLiteral("desk@example.com");
        QVERIFY(fields(request.validate(OrderApiVersion::V6)).isEmpty());

        request.shipTo.phoneNumber = QStringLiteral("call me");
        request.shipTo.email = QStringLiteral("desk@");
        request.shipTo.countryCode = QStringLiteral("U1");
        request.lines[0].quantity = 0;
        request.lines[0].unitPrice = -1.0;
        const QStringList problems = fields(request.validate(OrderApiVersion::V6));
        for (const char *field :
             {"shipToInfo.phoneNumber", "shipToInfo.email", "shipToInfo.countryCode",
              "lines[0].quantity", "lines[0].unitPrice"})
            QVERIFY2(problems.contains(QLatin1String(field)), field);
    }

    void nothingIsDroppedSilently()
    {
        OrderCreateRequest request = validOrder();
        request.lines[0].vendorPartNumber = QStringLiteral("VP-1");
        QVERIFY(fields(request.validate(OrderApiVersion::V6))
                    .contains(QStringLiteral("lines[0].vendorPartNumber")));
        QVERIFY(request.isValid(OrderApiVersion::V7));

        request = validOrder();
        request.endUserInfo.companyName = QStringLiteral("End user");
        request.endUserInfo.addressLine3 = QStringLiteral("Suite 3");
        QVERIFY(request.isValid(OrderApiVersion::V6));
        QVERIFY(fields(request.validate(OrderApiVersion::V7))
                    .contains(QStringLiteral("endUserInfo.addressLine3")));

        request = validOrder();
        request.shipToAddressId = QStringLiteral("200");
        QVERIFY(request.isValid(OrderApiVersion::V6));
        request.shipTo.addressLine1 = QStringLiteral("1 Main St");
        request.shipTo.city = QStringLiteral("Irvine");
        request.shipTo.postalCode = QStringLiteral("92612");
        request.shipTo.countryCode = QStringLiteral("US");
        QVERIFY(fields(request.validate(OrderApiVersion::V6))
                    .contains(QStringLiteral("shipToInfo.addressId")));
    }

    void pastDeliveryDate()
    {
        OrderCreateRequest request = validOrder();
        request.shipmentDetails.requestedDeliveryDate = QDate::currentDate().addDays(3);
        QVERIFY(request.isValid(OrderApiVersion::V6));
        request.shipmentDetails.requestedDeliveryDate = QDate::currentDate().addDays(-1);
        QVERIFY(fields(request.validate(OrderApiVersion::V7))
                    .contains(QStringLiteral("shipmentDetails.requestedDeliveryDate")));
    }
};

QTEST_GUILESS_MAIN(TestOrderCreateValidation)
#include "tst_ordercreatevalidation.moc"
