// Quotes in the sandbox: the seeded set, search with its filters and paging, details, validate
// quote, and orders from quotes through v6 quote-to-order and v7 create, over loopback HTTP.

#include "sandbox/sandboxquotebook.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrl>

namespace {

const QString quoteSearch = QStringLiteral("/resellers/v6/quotes/search");
const QString validate = QStringLiteral("/resellers/v6/q2o/validatequote");
const QString quoteOrderV6 = QStringLiteral("/resellers/v6/q2o/orders");
const QString createV7 = QStringLiteral("/resellers/v7/orders");
const QString orderSearch = QStringLiteral("/resellers/v6/orders/search");
const HeaderList contact = {{"IM-CustomerContact", "buyer@example.com"}};

QString quotePath(const QString &number)
{
    return QStringLiteral("/resellers/v6/quotes/") + number;
}

QStringList fieldNames(const QJsonObject &body)
{
    QStringList names;
    const QJsonArray errors = body.value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &error : errors) {
        const QJsonArray fields = error.toObject().value(QStringLiteral("fields")).toArray();
        for (const QJsonValue &field : fields)
            names.append(field.toObject().value(QStringLiteral("field")).toString());
    }
    names.sort();
    return names;
}

QString errorMessage(const QJsonObject &body)
{
    return body.value(QStringLiteral("errors"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("message"))
        .toString();
}

QJsonObject attribute(const QString &name, const QString &value)
{
    return {{QStringLiteral("attributeName"), name}, {QStringLiteral("attributeValue"), value}};
}

// Every quote, whatever its date: a range over the whole seed.
const QByteArray everything = "quoteCreateDate-bt=2000-01-01&quoteCreateDate-bt=2100-01-01";

} // namespace

class TestSandboxQuotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seededQuotes();
    void searchNeedsCustomerContact();
    void searchFilters_data();
    void searchFilters();
    void searchDefaultWindow();
    void searchPaging();
    void searchSorting();
    void searchBadParameters_data();
    void searchBadParameters();
    void details();
    void detailsUnknown();
    void validateFields();
    void validateRefusesUnorderable_data();
    void validateRefusesUnorderable();
    void quoteOrderV6NeedsVendorFields();
    void quoteOrderV6CreatesOrder();
    void quoteOrderV6Refused_data();
    void quoteOrderV6Refused();
    void quoteOrderV7AfterDelay();
    void quotesFollowReset();

private:
    QJsonArray searchAll(const QByteArray &query);

    SandboxServer *m_server = nullptr;
    SandboxTestClient *m_client = nullptr;
};

void TestSandboxQuotes::initTestCase()
{
    SandboxOptions options;
    options.orderCount = 20;
    options.referenceDate = QDate(2025, 6, 15);
    options.v7OrderDelaySeconds = 10;
    m_server = new SandboxServer(options, this);
    QVERIFY(m_server->listen());
    m_client = new SandboxTestClient(m_server);
}

QJsonArray TestSandboxQuotes::searchAll(const QByteArray &query)
{
    const SandboxTestReply reply =
        m_client->api(quoteSearch,
                      query + "&pageSize=100" +
                          (query.contains("CreateDate-bt") ? QByteArray() : "&" + everything),
                      contact);
    [&] {
        QCOMPARE(reply.status, 200);
    }();
    return reply.json().value(QStringLiteral("quotes")).toArray();
}

void TestSandboxQuotes::seededQuotes()
{
    const SandboxQuoteBook &book = m_server->store()->quotes();
    QVERIFY(book.quotes().size() >= 40);
    QSet<QString> vendors;
    QSet<QString> statuses;
    int withLineFields = 0;
    int withHeaderFields = 0;
    int withoutFields = 0;
    QSet<QString> numbers;
    for (const SandboxQuote &quote : book.quotes()) {
        QVERIFY2(!numbers.contains(quote.quoteNumber), qPrintable(quote.quoteNumber));
        numbers.insert(quote.quoteNumber);
        vendors.insert(quote.vendorName);
        statuses.insert(quote.statusName(book.today()));
        QVERIFY(!quote.lines.isEmpty());
        QVERIFY(!quote.endUser.companyName.isEmpty());
        QVERIFY(!quote.introPreamble.isEmpty());
        QVERIFY(!quote.purchaseInstructions.isEmpty());
        QVERIFY(!quote.legalTerms.isEmpty());
        QVERIFY(quote.expiry.isValid());
        QVERIFY(quote.total() > 0);
        bool lineFields = false;
        for (const SandboxQuoteLine &line : quote.lines) {
            QVERIFY(line.product);
            QVERIFY(line.quantity > 0);
            QVERIFY(line.quotePrice > 0);
            lineFields = lineFields || !line.vendorFields.isEmpty();
        }
        withLineFields += lineFields ? 1 : 0;
        withHeaderFields += quote.headerFields.isEmpty() ? 0 : 1;
        withoutFields += !lineFields && quote.headerFields.isEmpty() ? 1 : 0;
    }
    QVERIFY(vendors.size() >= 5);
    for (const char *status : {"Ready to Order", "Active", "Expired", "Draft"})
        QVERIFY2(statuses.contains(QLatin1String(status)), status);
    QVERIFY(withLineFields >= 3);
    QVERIFY(withHeaderFields >= 3);
    QVERIFY(withoutFields >= 3);

    // The same seed gives the same quotes.
    const SandboxQuoteBook again(m_server->options().seed, book.today());
    QCOMPARE(again.quotes().size(), book.quotes().size());
    for (qsizetype i = 0; i < book.quotes().size(); ++i)
        QCOMPARE(again.quotes().at(i).quoteNumber, book.quotes().at(i).quoteNumber);
}

void TestSandboxQuotes::searchNeedsCustomerContact()
{
    SandboxTestReply reply = m_client->api(quoteSearch);
    QCOMPARE(reply.status, 400);
    QCOMPARE(fieldNames(reply.json()), QStringList{QStringLiteral("IM-CustomerContact")});
    reply = m_client->api(quoteSearch, {}, {{"IM-CustomerContact", QByteArray(65, 'a')}});
    QCOMPARE(reply.status, 400);
    reply = m_client->api(quoteSearch, {}, contact);
    QCOMPARE(reply.status, 200);
}

void TestSandboxQuotes::searchFilters_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected"); // every result's key contains this

    QTest::newRow("partial quote number") << QByteArray("quoteNumber=20410") << "quoteNumber"
                                          << "QUO-20410-H4D7R2";
    QTest::newRow("quote name") << QByteArray("quoteName=campus") << "quoteName"
                                << "Campus refresh building B";
    QTest::newRow("vendor") << QByteArray("vendorName=cisco") << "vendor"
                            << "Cisco";
    QTest::newRow("special bid") << QByteArray("specialBidNumber=TEST-9771006-1923")
                                 << "specialBidNumber"
                                 << "TEST-9771006-1923";
    QTest::newRow("end user contact") << QByteArray("endUserContact=john%20doe") << "endUserContact"
                                      << "JOHN DOE";
    QTest::newRow("status") << QByteArray("status=ready%20to%20order") << "quoteStatus"
                            << "Ready to Order";
    QTest::newRow("expired") << QByteArray("status=Expired") << "quoteStatus"
                             << "Expired";
}

void TestSandboxQuotes::searchFilters()
{
    QFETCH(QByteArray, query);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const QJsonArray quotes = searchAll(query);
    QVERIFY(!quotes.isEmpty());
    for (const QJsonValue &value : quotes) {
        const QString actual = value.toObject().value(key).toString();
        QVERIFY2(actual.contains(expected, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("%1 = %2").arg(key, actual)));
    }
    // The filter narrows: fewer results than all quotes.
    QVERIFY(quotes.size() < searchAll("pageNumber=1").size());
}

void TestSandboxQuotes::searchDefaultWindow()
{
    // No filter: the quotes created in the last 30 days, newest first.
    const SandboxTestReply reply = m_client->api(quoteSearch, "pageSize=100", contact);
    QCOMPARE(reply.status, 200);
    const QJsonArray quotes = reply.json().value(QStringLiteral("quotes")).toArray();
    QVERIFY(!quotes.isEmpty());
    QVERIFY(quotes.size() < m_server->store()->quotes().quotes().size());
    QString previous = QStringLiteral("9999");
    for (const QJsonValue &value : quotes) {
        const QString date = value.toObject().value(QStringLiteral("ingramQuoteDate")).toString();
        QVERIFY(date >= QLatin1String("2025-05-17"));
        QVERIFY(date <= previous);
        previous = date;
    }

    // A create-date range, either spelling.
    const QJsonArray june = searchAll("quoteCreateDate-bt=2025-06-01,2025-06-15");
    QVERIFY(!june.isEmpty());
    for (const QJsonValue &value : june)
        QVERIFY(value.toObject().value(QStringLiteral("ingramQuoteDate")).toString() >=
                QLatin1String("2025-06-01"));
}

void TestSandboxQuotes::searchPaging()
{
    QStringList seen;
    int recordsFound = -1;
    QString next;
    for (int page = 1; page <= 10; ++page) {
        const SandboxTestReply reply = m_client->api(
            quoteSearch, "pageSize=10&pageNumber=" + QByteArray::number(page) + '&' + everything,
            contact);
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(QStringLiteral("pageSize")).toInt(), 10);
        QCOMPARE(body.value(QStringLiteral("pageNumber")).toInt(), page);
        recordsFound = body.value(QStringLiteral("recordsFound")).toInt();
        const QJsonArray quotes = body.value(QStringLiteral("quotes")).toArray();
        for (const QJsonValue &value : quotes)
            seen.append(value.toObject().value(QStringLiteral("quoteNumber")).toString());
        next = body.value(QStringLiteral("nextPage")).toString();
        if (next.isEmpty())
            break;
        QVERIFY(next.contains(QStringLiteral("pageNumber=%1").arg(page + 1)));
    }
    QCOMPARE(recordsFound, int(m_server->store()->quotes().quotes().size()));
    QCOMPARE(seen.size(), recordsFound);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), recordsFound);
}

void TestSandboxQuotes::searchSorting()
{
    const QJsonArray quotes = searchAll("sortBy=quoteNumber&sortingOrder=asc");
    QStringList numbers;
    for (const QJsonValue &value : quotes)
        numbers.append(value.toObject().value(QStringLiteral("quoteNumber")).toString());
    QStringList sorted = numbers;
    sorted.sort();
    QCOMPARE(numbers, sorted);

    const QJsonArray byExpiry = searchAll("sortBy=expiryDate&sortingOrder=desc");
    QString previous = QStringLiteral("9999");
    for (const QJsonValue &value : byExpiry) {
        const QString date =
            value.toObject().value(QStringLiteral("ingramQuoteExpiryDate")).toString();
        QVERIFY(date <= previous);
        previous = date;
    }
}

void TestSandboxQuotes::searchBadParameters_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("sort column") << QByteArray("sortBy=price") << "sortBy";
    QTest::newRow("sort order") << QByteArray("sortingOrder=up") << "sortingOrder";
    QTest::newRow("page size") << QByteArray("pageSize=0") << "pageSize";
    QTest::newRow("page size too big") << QByteArray("pageSize=101") << "pageSize";
    QTest::newRow("one date") << QByteArray("quoteCreateDate-bt=2025-01-01")
                              << "quoteCreateDate-bt";
    QTest::newRow("bad date") << QByteArray("quoteCreateDate-bt=2025-01-01,June")
                              << "quoteCreateDate-bt";
}

void TestSandboxQuotes::searchBadParameters()
{
    QFETCH(QByteArray, query);
    QFETCH(QString, field);
    const SandboxTestReply reply = m_client->api(quoteSearch, query, contact);
    QCOMPARE(reply.status, 400);
    QCOMPARE(fieldNames(reply.json()), QStringList{field});
}

void TestSandboxQuotes::details()
{
    const SandboxTestReply reply =
        m_client->api(quotePath(QLatin1String(SandboxQuoteBook::HeaderAndLineFieldsQuote)));
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(QStringLiteral("quoteNumber")).toString(),
             QLatin1String(SandboxQuoteBook::HeaderAndLineFieldsQuote));
    QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("Ready to Order"));
    for (const char *text : {"introPreamble", "purchaseInstructions", "legalTerms"})
        QVERIFY2(!body.value(QLatin1String(text)).toString().isEmpty(), text);
    QVERIFY(body.value(QStringLiteral("introPreamble"))
                .toString()
                .contains(QLatin1String(SandboxQuoteBook::HeaderAndLineFieldsQuote)));
    const QJsonArray products = body.value(QStringLiteral("products")).toArray();
    QCOMPARE(products.size(), 2);
    double total = 0;
    for (const QJsonValue &value : products) {
        const QJsonObject product = value.toObject();
        const QJsonObject price = product.value(QStringLiteral("price")).toObject();
        QVERIFY(price.value(QStringLiteral("quotePrice")).toDouble() > 0);
        QVERIFY(price.value(QStringLiteral("quotePrice")).toDouble() <
                price.value(QStringLiteral("msrp")).toDouble());
        QCOMPARE(price.value(QStringLiteral("extendedQuotePrice")).toDouble(),
                 price.value(QStringLiteral("quotePrice")).toDouble() *
                     product.value(QStringLiteral("quantity")).toInt());
        total += price.value(QStringLiteral("extendedQuotePrice")).toDouble();
    }
    QCOMPARE(body.value(QStringLiteral("extendedQuotePriceTotal")).toDouble(), total);
    QCOMPARE(body.value(QStringLiteral("endUserInfo"))
                 .toObject()
                 .value(QStringLiteral("companyName"))
                 .toString(),
             QStringLiteral("CONTOSO HEALTH"));

    // Quote numbers are case-insensitive; the lapsed quote reports itself expired.
    const SandboxTestReply lapsed =
        m_client->api(quotePath(QString::fromLatin1(SandboxQuoteBook::LapsedQuote).toLower()));
    QCOMPARE(lapsed.status, 200);
    QCOMPARE(lapsed.json().value(QStringLiteral("status")).toString(), QStringLiteral("Expired"));
}

void TestSandboxQuotes::detailsUnknown()
{
    const SandboxTestReply reply = m_client->api(quotePath(QStringLiteral("QUO-00000-A0A0A0")));
    QCOMPARE(reply.status, 404);
    QVERIFY(errorMessage(reply.json()).contains(QStringLiteral("QUO-00000-A0A0A0")));
}

void TestSandboxQuotes::validateFields()
{
    SandboxTestReply reply = m_client->api(
        validate, "quoteNumber=" + QByteArray(SandboxQuoteBook::HeaderAndLineFieldsQuote));
    QCOMPARE(reply.status, 200);
    QJsonObject body = reply.json();
    QCOMPARE(body.value(QStringLiteral("vendorName")).toString(), QStringLiteral("Cisco"));
    const QJsonArray header = body.value(QStringLiteral("vmfAdditionalAttributes")).toArray();
    QCOMPARE(header.size(), 2);
    QCOMPARE(header.at(0).toObject().value(QStringLiteral("attributeName")).toString(),
             QStringLiteral("VEND_AUTH_NBR_FLG"));
    QCOMPARE(header.at(0).toObject().value(QStringLiteral("attributeValue")).toString(),
             QStringLiteral("ABC1234"));
    QCOMPARE(header.at(0).toObject().value(QStringLiteral("attributeDescription")).toString(),
             QStringLiteral("Authorization Number"));
    const QJsonArray lines = body.value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).toObject().value(QStringLiteral("customerLineNumber")).toString(),
             QStringLiteral("11"));
    QCOMPARE(lines.at(0)
                 .toObject()
                 .value(QStringLiteral("vmfAdditionalAttributesLines"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("attributeName"))
                 .toString(),
             QStringLiteral("resellerCtacEmail"));
    // The second line uses the API's other key, as in the spec's example.
    QVERIFY(lines.at(1).toObject().contains(QStringLiteral("linesVendorMandatoryAttributes")));

    reply =
        m_client->api(validate, "quoteNumber=" + QByteArray(SandboxQuoteBook::NoVendorFieldsQuote));
    QCOMPARE(reply.status, 200);
    body = reply.json();
    QVERIFY(body.value(QStringLiteral("vmfAdditionalAttributes")).toArray().isEmpty());
    for (const QJsonValue &line : body.value(QStringLiteral("lines")).toArray())
        QVERIFY(line.toObject()
                    .value(QStringLiteral("vmfAdditionalAttributesLines"))
                    .toArray()
                    .isEmpty());

    reply = m_client->api(validate);
    QCOMPARE(reply.status, 400);
    QCOMPARE(fieldNames(reply.json()), QStringList{QStringLiteral("quoteNumber")});
    reply = m_client->api(validate, "quoteNumber=QUO-00000-A0A0A0");
    QCOMPARE(reply.status, 404);
}

void TestSandboxQuotes::validateRefusesUnorderable_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("reason");
    QTest::newRow("expired") << QString::fromLatin1(SandboxQuoteBook::ExpiredQuote) << "expired";
    QTest::newRow("lapsed") << QString::fromLatin1(SandboxQuoteBook::LapsedQuote) << "expired";
    QTest::newRow("draft") << QString::fromLatin1(SandboxQuoteBook::DraftQuote)
                           << "not ready to order";
}

void TestSandboxQuotes::validateRefusesUnorderable()
{
    QFETCH(QString, quote);
    QFETCH(QString, reason);
    const SandboxTestReply reply = m_client->api(validate, "quoteNumber=" + quote.toLatin1());
    QCOMPARE(reply.status, 400);
    QVERIFY2(errorMessage(reply.json()).contains(reason), qPrintable(errorMessage(reply.json())));
    QCOMPARE(fieldNames(reply.json()), QStringList{QStringLiteral("quoteNumber")});
}

void TestSandboxQuotes::quoteOrderV6NeedsVendorFields()
{
    const QJsonObject body{
        {QStringLiteral("quoteNumber"), QLatin1String(SandboxQuoteBook::HeaderAndLineFieldsQuote)},
        {QStringLiteral("customerOrderNumber"), QStringLiteral("RD-Q2O-MISSING")},
        // One header field given, one empty; line 11 named but without its field.
        {QStringLiteral("vmfAdditionalAttributes"),
         QJsonArray{attribute(QStringLiteral("VEND_AUTH_NBR_FLG"), QStringLiteral("ABC1234")),
                    attribute(QStringLiteral("ResellerCompanyName"), QString())}},
        {QStringLiteral("lines"),
         QJsonArray{QJsonObject{{QStringLiteral("customerLineNumber"), QStringLiteral("11")},
                                {QStringLiteral("quantity"), QStringLiteral("1")}}}},
    };
    const SandboxTestReply reply = m_client->apiJson("POST", quoteOrderV6, body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(
        fieldNames(reply.json()),
        (QStringList{QStringLiteral("lines[11].vmfAdditionalAttributesLines.resellerCtacEmail"),
                     QStringLiteral("lines[12].vmfAdditionalAttributesLines.rslrg360CtacName"),
                     QStringLiteral("vmfAdditionalAttributes.ResellerCompanyName")}));
    QVERIFY(errorMessage(reply.json()).contains(QStringLiteral("Vendor mandatory fields")));
    QVERIFY(reply.body.contains("resellerCompanyNameFlag"));
    // Nothing was ordered.
    QCOMPARE(m_client->api(orderSearch, "customerOrderNumber=RD-Q2O-MISSING").status, 204);
}

void TestSandboxQuotes::quoteOrderV6CreatesOrder()
{
    const SandboxQuote *quote = m_server->store()->quotes().quote(
        QLatin1String(SandboxQuoteBook::HeaderAndLineFieldsQuote));
    QVERIFY(quote);
    const QJsonObject body{
        {QStringLiteral("quoteNumber"), quote->quoteNumber},
        {QStringLiteral("customerOrderNumber"), QStringLiteral("RD-Q2O-V6")},
        {QStringLiteral("enduserOrderNumber"), QStringLiteral("EU-77")},
        {QStringLiteral("vmfAdditionalAttributes"),
         QJsonArray{attribute(QStringLiteral("VEND_AUTH_NBR_FLG"), QStringLiteral("ABC1234")),
                    attribute(QStringLiteral("ResellerCompanyName"), QStringLiteral("Desk Inc")),
                    QJsonObject{{QStringLiteral("attributeName"), QString()},
                                {QStringLiteral("attributeValue"), QString()},
                                {QStringLiteral("attributeDescription"), QString()}}}},
        {QStringLiteral("lines"),
         QJsonArray{QJsonObject{{QStringLiteral("customerLineNumber"), QStringLiteral("11")},
                                {QStringLiteral("ingramPartNumber"), QStringLiteral("2YK551")},
                                {QStringLiteral("quantity"), QStringLiteral("1")},
                                {QStringLiteral("vmfAdditionalAttributesLines"),
                                 QJsonArray{attribute(QStringLiteral("resellerCtacEmail"),
                                                      QStringLiteral("it@desk.example"))}}},
                    QJsonObject{{QStringLiteral("customerLineNumber"), QStringLiteral("12")},
                                {QStringLiteral("linesVendorMandatoryAttributes"),
                                 QJsonArray{attribute(QStringLiteral("rslrg360CtacName"),
                                                      QStringLiteral("Pat Buyer"))}}}}},
    };
    const SandboxTestReply reply = m_client->apiJson("POST", quoteOrderV6, body);
    QCOMPARE(reply.status, 200);
    const QJsonObject answer = reply.json();
    QCOMPARE(answer.value(QStringLiteral("quoteNumber")).toString(), quote->quoteNumber);
    QVERIFY(answer.value(QStringLiteral("confirmationNumber")).isDouble());
    QVERIFY(answer.value(QStringLiteral("confirmationNumber")).toDouble() > 0);

    // The order is there at once, with the quote's lines and prices.
    const SandboxTestReply found = m_client->api(orderSearch, "customerOrderNumber=RD-Q2O-V6");
    QCOMPARE(found.status, 200);
    const QJsonArray orders = found.json().value(QStringLiteral("orders")).toArray();
    QCOMPARE(orders.size(), 1);
    const QString number =
        orders.first().toObject().value(QStringLiteral("ingramOrderNumber")).toString();
    const SandboxOrder *order = m_server->store()->order(number);
    QVERIFY(order);
    QCOMPARE(order->endCustomerOrderNumber, QStringLiteral("EU-77"));
    QCOMPARE(order->lines.size(), quote->lines.size());
    for (const SandboxLine &line : order->lines) {
        const SandboxQuoteLine *quoted = quote->line(QString::number(line.customerLineNumber));
        QVERIFY(quoted);
        QCOMPARE(line.product->ingramPartNumber, quoted->product->ingramPartNumber);
        QCOMPARE(line.quantityOrdered, quoted->quantity);
        QCOMPARE(line.unitPrice, quoted->quotePrice);
    }
    bool hasVendorField = false;
    for (const SandboxAttribute &attribute : order->attributes)
        hasVendorField =
            hasVendorField || (attribute.name == QLatin1String("ResellerCompanyName") &&
                               attribute.value == QLatin1String("Desk Inc"));
    QVERIFY(hasVendorField);
    QCOMPARE(m_client->api(QStringLiteral("/resellers/v6.1/orders/") + number).status, 200);
}

void TestSandboxQuotes::quoteOrderV6Refused_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("message");
    QTest::newRow("expired") << QString::fromLatin1(SandboxQuoteBook::ExpiredQuote) << "expired";
    QTest::newRow("draft") << QString::fromLatin1(SandboxQuoteBook::DraftQuote) << "draft";
    QTest::newRow("unknown") << QStringLiteral("QUO-00000-A0A0A0") << "not found";
    QTest::newRow("missing") << QString() << "Required field is missing";
}

void TestSandboxQuotes::quoteOrderV6Refused()
{
    QFETCH(QString, quote);
    QFETCH(QString, message);
    QJsonObject body{{QStringLiteral("customerOrderNumber"), QStringLiteral("RD-Q2O-REFUSED")}};
    if (!quote.isEmpty())
        body.insert(QStringLiteral("quoteNumber"), quote);
    const SandboxTestReply reply = m_client->apiJson("POST", quoteOrderV6, body);
    QCOMPARE(reply.status, 400);
    QVERIFY(fieldNames(reply.json()).contains(QStringLiteral("quoteNumber")));
    QVERIFY2(reply.body.contains(message.toUtf8()), reply.body.constData());
    QCOMPARE(m_client->api(orderSearch, "customerOrderNumber=RD-Q2O-REFUSED").status, 204);
}

void TestSandboxQuotes::quoteOrderV7AfterDelay()
{
    const SandboxQuote *quote =
        m_server->store()->quotes().quote(QLatin1String(SandboxQuoteBook::NoVendorFieldsQuote));
    QVERIFY(quote);
    // A price in the request is ignored: quote orders take the quote's prices.
    const QJsonObject body{
        {QStringLiteral("quoteNumber"), quote->quoteNumber},
        {QStringLiteral("customerOrderNumber"), QStringLiteral("RD-Q2O-V7")},
        {QStringLiteral("lines"),
         QJsonArray{QJsonObject{
             {QStringLiteral("customerLineNumber"), QStringLiteral("1")},
             {QStringLiteral("ingramPartNumber"), quote->lines.first().product->ingramPartNumber},
             {QStringLiteral("quantity"), 5},
             {QStringLiteral("unitPrice"), 1.0}}}},
    };
    const SandboxTestReply reply = m_client->apiJson("POST", createV7, body);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("quoteNumber")).toString(), quote->quoteNumber);
    QVERIFY(!reply.json().value(QStringLiteral("confirmationNumber")).toString().isEmpty());
    QCOMPARE(m_client->api(orderSearch, "customerOrderNumber=RD-Q2O-V7").status, 204);

    m_server->advanceClock(11);
    const SandboxTestReply found = m_client->api(orderSearch, "customerOrderNumber=RD-Q2O-V7");
    QCOMPARE(found.status, 200);
    const QString number = found.json()
                               .value(QStringLiteral("orders"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("ingramOrderNumber"))
                               .toString();
    const SandboxOrder *order = m_server->store()->order(number);
    QVERIFY(order);
    QCOMPARE(order->lines.size(), quote->lines.size());
    QCOMPARE(order->lines.at(0).quantityOrdered, 5); // a partial quantity of line 1
    QCOMPARE(order->lines.at(0).unitPrice, quote->lines.at(0).quotePrice);
    QCOMPARE(order->lines.at(1).quantityOrdered, quote->lines.at(1).quantity);
    QCOMPARE(order->lines.at(0).specialBidNumber, quote->specialBidNumber);

    // More than quoted, and an expired quote, are refused.
    QJsonObject tooMany = body;
    tooMany.insert(QStringLiteral("customerOrderNumber"), QStringLiteral("RD-Q2O-V7-MANY"));
    tooMany.insert(
        QStringLiteral("lines"),
        QJsonArray{QJsonObject{{QStringLiteral("customerLineNumber"), QStringLiteral("1")},
                               {QStringLiteral("quantity"), 500}}});
    SandboxTestReply refused = m_client->apiJson("POST", createV7, tooMany);
    QCOMPARE(refused.status, 400);
    QCOMPARE(fieldNames(refused.json()), QStringList{QStringLiteral("lines[0].quantity")});
    QJsonObject expired{
        {QStringLiteral("quoteNumber"), QLatin1String(SandboxQuoteBook::ExpiredQuote)},
        {QStringLiteral("customerOrderNumber"), QStringLiteral("RD-Q2O-V7-EXP")}};
    refused = m_client->apiJson("POST", createV7, expired);
    QCOMPARE(refused.status, 400);
    QVERIFY(errorMessage(refused.json()).contains(QStringLiteral("expired")));
    QCOMPARE(m_server->pendingOrderCount(), 0);
}

void TestSandboxQuotes::quotesFollowReset()
{
    const QList<SandboxQuote> before = m_server->store()->quotes().quotes();
    QVERIFY(m_server->regenerate(10, 4711));
    const SandboxQuoteBook &after = m_server->store()->quotes();
    QCOMPARE(after.quotes().size(), before.size());
    // The fixed quotes stay; the generated ones follow the seed.
    QVERIFY(after.quote(QLatin1String(SandboxQuoteBook::HeaderFieldsQuote)));
    QVERIFY(after.quote(QLatin1String(SandboxQuoteBook::LineFieldsQuote)));
    QVERIFY(after.quotes().last().quoteNumber != before.last().quoteNumber);
    QVERIFY(m_server->regenerate(20, SandboxDefaults::Seed));
    QCOMPARE(m_server->store()->quotes().quotes().last().quoteNumber, before.last().quoteNumber);
}

QTEST_GUILESS_MAIN(TestSandboxQuotes)
#include "tst_sandbox_quotes.moc"
