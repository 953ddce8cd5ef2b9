// Quotes through the API core against the in-process offline sandbox over real loopback HTTP:
// search, details, validate quote, and orders from quotes (v6 quote to order, v7 with a quote
// number), with their errors and the no-resend guarantee.
#include "apiclient.h"
#include "ordersservice.h"
#include "quoteorderservice.h"
#include "quotesservice.h"
#include "sandbox/sandboxquotebook.h"
#include "sandboxfaults.h"
#include "sandboxserver.h"
#include "secretsource.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
const QString QuoteOrderPath = QStringLiteral("/resellers/v6/q2o/orders");
const QString NoFields = QLatin1String(SandboxQuoteBook::NoVendorFieldsQuote);
const QString BothFields = QLatin1String(SandboxQuoteBook::HeaderAndLineFieldsQuote);
const QString HeaderFields = QLatin1String(SandboxQuoteBook::HeaderFieldsQuote);
const QString LineFields = QLatin1String(SandboxQuoteBook::LineFieldsQuote);
const QString Expired = QLatin1String(SandboxQuoteBook::ExpiredQuote);
const QString Draft = QLatin1String(SandboxQuoteBook::DraftQuote);

QStringList fieldNames(const ApiError &error)
{
    QStringList names;
    for (const ApiFieldError &field : error.fieldErrors)
        names.append(field.field);
    names.sort();
    return names;
}

QJsonObject specPath(const QString &path)
{
    QFile file(QStringLiteral(RD_SPEC_FILE));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QStringLiteral("paths"))
        .toObject()
        .value(path)
        .toObject()
        .value(QStringLiteral("get"))
        .toObject()
        .value(QStringLiteral("responses"))
        .toObject()
        .value(QStringLiteral("200"))
        .toObject()
        .value(QStringLiteral("content"))
        .toObject()
        .value(QStringLiteral("application/json"))
        .toObject();
}
} // namespace

class TestQuotesService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QuotesService> m_quotes;
    std::unique_ptr<QuoteOrderService> m_quoteOrders;
    std::unique_ptr<OrdersService> m_orders;

    template<typename Job>
    std::unique_ptr<Job> run(Job *job, int timeoutMs = 15000)
    {
        job->setAutoDelete(false);
        auto count = std::make_shared<int>(0);
        connect(job, &ApiJob::finished, this, [count](ApiJob *) { *count += 1; });
        std::unique_ptr<Job> owned(job);
        if (!QTest::qWaitFor([job] { return job->isFinished(); }, timeoutMs)) {
            job->cancel();
            QTest::qFail("the job did not finish in time", __FILE__, __LINE__);
            return owned;
        }
        QTest::qWait(20); // a second finished() would arrive here
        if (*count != 1)
            QTest::qFail("the job did not finish exactly once", __FILE__, __LINE__);
        return owned;
    }

    int requestsTo(const QString &path) const
    {
        int n = 0;
        for (const SandboxRequestRecord &record : m_sandbox->receivedRequests())
            n += record.path == path ? 1 : 0;
        return n;
    }

    void useProfile(const QString &contact)
    {
        ConnectionProfile profile = ConnectionProfile::offlineSandbox();
        profile.customUrl = m_sandbox->baseUrl();
        profile.customerContact = contact;
        m_client->setProfile(profile, std::make_shared<InMemorySecretSource>(
                                          QLatin1String(SandboxDefaults::ClientSecret)));
    }

    QList<OrderSummary> findByPo(const QString &po)
    {
        OrderSearchQuery query;
        query.customerOrderNumber = po;
        auto job = run(m_orders->search(query));
        if (job->hasError()) {
            QTest::qFail(qPrintable(job->error().message()), __FILE__, __LINE__);
            return {};
        }
        return job->page().orders;
    }

    QuoteValidation validation(const QString &quote)
    {
        auto job = run(m_quotes->validate(quote));
        if (job->hasError())
            QTest::qFail(qPrintable(job->error().message()), __FILE__, __LINE__);
        return job->validation();
    }

private Q_SLOTS:
    void init()
    {
        SandboxOptions options;
        options.orderCount = 20;
        options.referenceDate = QDate::currentDate();
        options.v7OrderDelaySeconds = 60;
        m_sandbox = std::make_unique<SandboxServer>(options);
        QVERIFY(m_sandbox->listen());
        m_client = std::make_unique<ApiClient>();
        m_client->setRetryPolicy({3, 20, 200, 5});
        m_client->setTimeout(5000);
        useProfile(QStringLiteral("buyer@example.com"));
        m_quotes = std::make_unique<QuotesService>(m_client.get());
        m_quoteOrders = std::make_unique<QuoteOrderService>(m_client.get());
        m_orders = std::make_unique<OrdersService>(m_client.get());
    }

    void cleanup()
    {
        m_orders.reset();
        m_quoteOrders.reset();
        m_quotes.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void specExamplesParse()
    {
        const QJsonObject search = specPath(QStringLiteral("/resellers/v6/quotes/search"))
                                       .value(QStringLiteral("examples"))
                                       .toObject()
                                       .value(QStringLiteral("SampleResponse"))
                                       .toObject()
                                       .value(QStringLiteral("value"))
                                       .toObject();
        QVERIFY(!search.isEmpty());
        const QuoteSearchPage page = QuoteSearchPage::fromJson(search);
        QCOMPARE(page.recordsFound, 4);
        QCOMPARE(page.quotes.size(), 4);
        QCOMPARE(page.quotes.first().quoteNumber, QStringLiteral("QUO-10985-C4C3F7"));
        QCOMPARE(page.quotes.first().quoteTotal, 400.03);
        QCOMPARE(page.quotes.first().status, QStringLiteral("Active"));
        QVERIFY(page.quotes.first().specialBidNumber.isEmpty());
        // 0001-01-01 means no expiry date, not an expired quote.
        QVERIFY(page.quotes.first().isOrderable(QDate(2025, 1, 1)));

        const QJsonObject details = specPath(QStringLiteral("/resellers/v6/quotes/{quoteNumber}"))
                                        .value(QStringLiteral("examples"))
                                        .toObject()
                                        .value(QStringLiteral("Success"))
                                        .toObject()
                                        .value(QStringLiteral("value"))
                                        .toObject();
        const QuoteDetails quote = QuoteDetails::fromJson(details);
        QCOMPARE(quote.quoteNumber, QStringLiteral("QUO-10926-Y8G1B3"));
        QCOMPARE(quote.lines.size(), 1);
        QCOMPARE(quote.lines.first().quotePrice, 122.5);
        QCOMPARE(quote.lines.first().ingramPartNumber, QStringLiteral("9DD701"));
        QVERIFY(quote.legalTerms.startsWith(QLatin1String("This offer")));
        QVERIFY(!quote.introPreamble.isEmpty());
        QVERIFY(!quote.purchaseInstructions.isEmpty());
        QCOMPARE(quote.specialBidId, QStringLiteral("TEST-9771006-1923"));
        QCOMPARE(quote.additionalAttributes.size(), 2);
        QCOMPARE(quote.endUserInfo.companyName, QStringLiteral("End User3"));

        const QJsonObject validate = specPath(QStringLiteral("/resellers/v6/q2o/validatequote"))
                                         .value(QStringLiteral("examples"))
                                         .toObject()
                                         .value(QStringLiteral("200"))
                                         .toObject()
                                         .value(QStringLiteral("value"))
                                         .toObject();
        const QuoteValidation answer = QuoteValidation::fromJson(validate);
        QCOMPARE(answer.vendorName, QStringLiteral("Cisco"));
        QCOMPARE(answer.headerFields.size(), 2);
        QCOMPARE(answer.headerFields.first().label(), QStringLiteral("Authorization Number"));
        QCOMPARE(answer.headerFields.first().value, QStringLiteral("ABC1234"));
        QVERIFY(answer.headerFields.first().required);
        QCOMPARE(answer.lines.size(), 2);
        // Both keys, blank padding entries dropped.
        QCOMPARE(answer.lines.at(0).fields.size(), 1);
        QCOMPARE(answer.lines.at(0).fields.first().name, QStringLiteral("resellerCtacEmail"));
        QCOMPARE(answer.lines.at(1).fields.size(), 1);
        QCOMPARE(answer.lines.at(1).fields.first().name, QStringLiteral("rslrg360CtacName"));
        QCOMPARE(answer.lines.at(1).quantity, 2);
        QCOMPARE(answer.requiredFieldCount(), 4);
    }

    void vendorFieldFlagsAndAllowedValues()
    {
        const QJsonObject json{
            {QStringLiteral("attributeName"), QStringLiteral("deliveryWindow")},
            {QStringLiteral("attributeValue"), QString()},
            {QStringLiteral("attributeDescription"), QStringLiteral("Delivery window")},
            {QStringLiteral("isMandatory"), QStringLiteral("false")},
            {QStringLiteral("allowedValues"),
             QJsonArray{QStringLiteral("AM"), QStringLiteral("PM")}}};
        const VendorField field = VendorField::fromJson(json);
        QVERIFY(!field.required);
        QCOMPARE(field.allowedValues, (QStringList{QStringLiteral("AM"), QStringLiteral("PM")}));
        QCOMPARE(VendorField::fromJson(field.toJson()).allowedValues, field.allowedValues);

        QuoteValidation requirements;
        requirements.quoteNumber = QStringLiteral("QUO-1");
        requirements.headerFields = {field};
        QuoteValidationLine line;
        line.customerLineNumber = QStringLiteral("1");
        line.quantity = 2;
        requirements.lines = {line};
        QuoteToOrderRequest request = QuoteToOrderRequest::fromValidation(requirements);
        request.customerOrderNumber = QStringLiteral("PO");
        // Optional and empty is fine; a value outside the list is not; nor is more than quoted.
        QVERIFY(request.isValid(OrderApiVersion::V7, &requirements));
        request.setHeaderFieldValue(QStringLiteral("deliveryWindow"), QStringLiteral("NIGHT"));
        QuoteToOrderLine more;
        more.customerLineNumber = QStringLiteral("1");
        more.quantity = 3;
        request.lines.append(more);
        QStringList problems;
        for (const auto &problem : request.validate(OrderApiVersion::V7, &requirements))
            problems.append(problem.field);
        QCOMPARE(problems, (QStringList{QStringLiteral("vmfAdditionalAttributes.deliveryWindow"),
                                        QStringLiteral("lines[0].quantity")}));
    }

    void searchWithFilters()
    {
        QuoteSearchQuery query;
        query.vendorName = QStringLiteral("cisco");
        query.status = QStringLiteral("Ready to Order");
        query.createdRange = {QDate::currentDate().addDays(-365), QDate::currentDate()};
        query.sortBy = QuoteSearchQuery::SortColumn::QuoteNumber;
        query.sortingOrder = QuoteSearchQuery::SortOrder::Ascending;
        query.pageSize = 3;
        auto job = run(m_quotes->search(query));
        QVERIFY2(!job->hasError(), qPrintable(job->error().message()));
        const QuoteSearchPage &page = job->page();
        QVERIFY(page.recordsFound > 3);
        QCOMPARE(page.quotes.size(), 3);
        QVERIFY(page.hasMorePages());
        QString previous;
        for (const QuoteSummary &quote : page.quotes) {
            QCOMPARE(quote.vendor, QStringLiteral("Cisco"));
            QCOMPARE(quote.status, QStringLiteral("Ready to Order"));
            QVERIFY(quote.isOrderable());
            QVERIFY(quote.quoteNumber > previous);
            previous = quote.quoteNumber;
        }
        // The contact header went out with the request.
        const SandboxRequestRecord record = m_sandbox->receivedRequests().constLast();
        QCOMPARE(record.header("IM-CustomerContact"), QByteArray("buyer@example.com"));

        query.pageNumber = page.pageCount();
        auto last = run(m_quotes->search(query));
        QVERIFY(!last->hasError());
        QVERIFY(!last->page().hasMorePages());
        QCOMPARE(last->page().quotes.size(),
                 page.recordsFound - (page.pageCount() - 1) * query.pageSize);

        QuoteSearchQuery none;
        none.quoteNumber = QStringLiteral("NO-SUCH-QUOTE");
        auto empty = run(m_quotes->search(none));
        QVERIFY(!empty->hasError());
        QCOMPARE(empty->page().recordsFound, 0);
        QVERIFY(empty->page().quotes.isEmpty());
    }

    void searchNeedsCustomerContact()
    {
        useProfile(QString());
        m_sandbox->clearReceivedRequests();
        auto job = run(m_quotes->search(QuoteSearchQuery()));
        QCOMPARE(job->error().kind, ApiError::Kind::Configuration);
        QVERIFY(job->error().message().contains(QLatin1String("IM-CustomerContact")));
        QCOMPARE(fieldNames(job->error()),
                 QStringList{QLatin1String(ConnectionProfile::FieldCustomerContact)});
        QCOMPARE(m_sandbox->receivedRequests().size(), 0);
    }

    void searchRefusesBadQuery()
    {
        QuoteSearchQuery query;
        query.createdRange.from = QDate(2025, 1, 1);
        query.pageSize = 500;
        m_sandbox->clearReceivedRequests();
        auto job = run(m_quotes->search(query));
        QCOMPARE(job->error().kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(fieldNames(job->error()),
                 (QStringList{QStringLiteral("pageSize"), QStringLiteral("quoteCreateDate-bt")}));
        QCOMPARE(m_sandbox->receivedRequests().size(), 0);
    }

    void details()
    {
        auto job = run(m_quotes->details(BothFields));
        QVERIFY2(!job->hasError(), qPrintable(job->error().message()));
        const QuoteDetails &quote = job->details();
        QCOMPARE(quote.quoteNumber, BothFields);
        QCOMPARE(quote.status, QStringLiteral("Ready to Order"));
        QVERIFY(quote.isOrderable());
        QVERIFY(!quote.introPreamble.isEmpty());
        QVERIFY(!quote.purchaseInstructions.isEmpty());
        QVERIFY(!quote.legalTerms.isEmpty());
        QCOMPARE(quote.lines.size(), 2);
        QCOMPARE(quote.endUserInfo.companyName, QStringLiteral("CONTOSO HEALTH"));
        double total = 0;
        for (const QuoteLine &line : quote.lines) {
            QVERIFY(line.quotePrice > 0);
            QVERIFY(line.quantity > 0);
            total += line.extendedQuotePrice;
        }
        QCOMPARE(quote.extendedQuotePriceTotal, total);

        auto expired = run(m_quotes->details(Expired));
        QVERIFY(!expired->hasError());
        QVERIFY(!expired->details().isOrderable());
        QVERIFY(expired->details().orderRefusal().contains(QLatin1String("expired")));
        auto draft = run(m_quotes->details(Draft));
        QVERIFY(draft->details().orderRefusal().contains(QLatin1String("Draft")));
    }

    void detailsErrors()
    {
        auto unknown = run(m_quotes->details(QStringLiteral("QUO-00000-A0A0A0")));
        QCOMPARE(unknown->error().kind, ApiError::Kind::Http);
        QCOMPARE(unknown->error().httpStatus, 404);
        QVERIFY(unknown->error().message().contains(QLatin1String("QUO-00000-A0A0A0")));

        m_sandbox->clearReceivedRequests();
        auto empty = run(m_quotes->details(QStringLiteral("  ")));
        QCOMPARE(empty->error().kind, ApiError::Kind::InvalidRequest);
        auto tooLong = run(m_quotes->validate(QString(36, QLatin1Char('Q'))));
        QCOMPARE(tooLong->error().kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(m_sandbox->receivedRequests().size(), 0);

        // A malformed answer is an error, never an empty quote.
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::MalformedJson)
                                     .onPath(QStringLiteral("/resellers/v6/quotes/") + NoFields));
        auto broken = run(m_quotes->details(NoFields));
        QCOMPARE(broken->error().kind, ApiError::Kind::InvalidResponse);
    }

    void validateQuote()
    {
        QuoteValidation answer = validation(BothFields);
        QCOMPARE(answer.vendorName, QStringLiteral("Cisco"));
        QVERIFY(answer.hasVendorFields());
        QCOMPARE(answer.headerFields.size(), 2);
        QCOMPARE(answer.headerFields.at(0).value, QStringLiteral("ABC1234"));
        QCOMPARE(answer.lines.size(), 2);
        QCOMPARE(answer.lines.at(1).fields.first().name, QStringLiteral("rslrg360CtacName"));

        answer = validation(NoFields);
        QVERIFY(!answer.hasVendorFields());
        QVERIFY(!answer.lines.isEmpty());

        answer = validation(HeaderFields);
        QCOMPARE(answer.headerFields.size(), 2);
        for (const QuoteValidationLine &line : answer.lines)
            QVERIFY(line.fields.isEmpty());

        answer = validation(LineFields);
        QVERIFY(answer.headerFields.isEmpty());
        QCOMPARE(answer.lines.first().fields.size(), 2);
        QCOMPARE(answer.lines.first().fields.first().value, QStringLiteral("CFG-88213"));
    }

    void validateRefusesExpiredAndDraft_data()
    {
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("reason");
        QTest::newRow("expired") << Expired << "expired";
        QTest::newRow("draft") << Draft << "draft";
    }

    void validateRefusesExpiredAndDraft()
    {
        QFETCH(QString, quote);
        QFETCH(QString, reason);
        auto job = run(m_quotes->validate(quote));
        QCOMPARE(job->error().kind, ApiError::Kind::Http);
        QCOMPARE(job->error().httpStatus, 400);
        QVERIFY2(job->error().message().contains(reason), qPrintable(job->error().message()));
        QVERIFY(!job->error().fieldMessage(QStringLiteral("quoteNumber")).isEmpty());
    }

    void requestJson()
    {
        QuoteToOrderRequest request = QuoteToOrderRequest::fromValidation(validation(BothFields));
        request.customerOrderNumber = QStringLiteral("PO-1");
        request.endCustomerOrderNumber = QStringLiteral("EU-1");
        request.setHeaderFieldValue(QStringLiteral("ResellerCompanyName"), QStringLiteral("Desk"));
        const QJsonObject v6 = request.toJsonV6();
        QCOMPARE(v6.value(QStringLiteral("enduserOrderNumber")).toString(), QStringLiteral("EU-1"));
        QVERIFY(!v6.contains(QStringLiteral("endCustomerOrderNumber")));
        const QJsonArray header = v6.value(QStringLiteral("vmfAdditionalAttributes")).toArray();
        QCOMPARE(header.size(), 2);
        QCOMPARE(header.at(0).toObject().value(QStringLiteral("attributeValue")).toString(),
                 QStringLiteral("ABC1234"));
        const QJsonObject v7 = request.toJsonV7();
        QCOMPARE(v7.value(QStringLiteral("endCustomerOrderNumber")).toString(),
                 QStringLiteral("EU-1"));
        QCOMPARE(v7.value(QStringLiteral("quoteNumber")).toString(), BothFields);
        const QJsonArray lines = v7.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).toObject().contains(QStringLiteral("vmfAdditionalAttributesLines")));
        QVERIFY(!lines.at(0).toObject().contains(QStringLiteral("unitPrice")));

        // Locally: the line fields are still empty.
        const QuoteValidation requirements = validation(BothFields);
        QStringList problems;
        for (const auto &problem : request.validate(OrderApiVersion::V7, &requirements))
            problems.append(problem.field);
        problems.sort();
        QCOMPARE(problems,
                 (QStringList{
                     QStringLiteral("lines[11].vmfAdditionalAttributesLines.resellerCtacEmail"),
                     QStringLiteral("lines[12].vmfAdditionalAttributesLines.rslrg360CtacName")}));
        request.customerOrderNumber = QString(19, QLatin1Char('P'));
        QVERIFY(!request.isValid(OrderApiVersion::V7));
        QVERIFY(request.validate(OrderApiVersion::V6).isEmpty());
    }

    void quoteOrderV6MissingFieldsFromServer()
    {
        // Sent without the requirements, the server names the missing fields.
        QuoteToOrderRequest request;
        request.quoteNumber = BothFields;
        request.customerOrderNumber = QStringLiteral("DESK-Q-MISS");
        request.setHeaderFieldValue(QStringLiteral("VEND_AUTH_NBR_FLG"), QStringLiteral("ABC1234"));
        auto job = run(m_quoteOrders->createFromQuoteV6(request));
        QCOMPARE(job->error().kind, ApiError::Kind::Http);
        QCOMPARE(job->error().httpStatus, 400);
        QVERIFY(!job->error().maybeProcessed);
        QCOMPARE(fieldNames(job->error()),
                 (QStringList{
                     QuoteToOrderRequest::lineFieldPath(QStringLiteral("11"),
                                                        QStringLiteral("resellerCtacEmail")),
                     QuoteToOrderRequest::lineFieldPath(QStringLiteral("12"),
                                                        QStringLiteral("rslrg360CtacName")),
                     QuoteToOrderRequest::headerFieldPath(QStringLiteral("ResellerCompanyName"))}));
        QVERIFY(findByPo(QStringLiteral("DESK-Q-MISS")).isEmpty());

        // With the requirements, the same request never leaves the desk.
        const QuoteValidation requirements = validation(BothFields);
        m_sandbox->clearReceivedRequests();
        auto local = run(m_quoteOrders->createFromQuoteV6(request, &requirements));
        QCOMPARE(local->error().kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(fieldNames(local->error()), fieldNames(job->error()));
        QCOMPARE(requestsTo(QuoteOrderPath), 0);
    }

    void quoteOrderV6CreatesOrder()
    {
        const QuoteValidation requirements = validation(BothFields);
        QuoteToOrderRequest request = QuoteToOrderRequest::fromValidation(requirements);
        request.customerOrderNumber = QStringLiteral("DESK-Q-V6");
        request.notes = QStringLiteral("From the quote");
        request.setHeaderFieldValue(QStringLiteral("ResellerCompanyName"), QStringLiteral("Desk"));
        request.setLineFieldValue(QStringLiteral("11"), QStringLiteral("resellerCtacEmail"),
                                  QStringLiteral("it@desk.example"));
        request.setLineFieldValue(QStringLiteral("12"), QStringLiteral("rslrg360CtacName"),
                                  QStringLiteral("Pat"));
        request.shipTo.companyName = QStringLiteral("Contoso Health");
        request.shipTo.addressLine1 = QStringLiteral("1 Main St");
        request.shipTo.city = QStringLiteral("Redmond");
        request.shipTo.postalCode = QStringLiteral("98052");
        request.shipTo.countryCode = QStringLiteral("US");
        QVERIFY(request.isValid(OrderApiVersion::V6, &requirements));
        auto job = run(m_quoteOrders->createFromQuoteV6(request, &requirements));
        QVERIFY2(!job->hasError(), qPrintable(job->error().message()));
        QCOMPARE(job->confirmation().quoteNumber, BothFields);
        QVERIFY(!job->confirmation().confirmationNumber.isEmpty());
        QVERIFY(!job->confirmation().confirmationNumber.contains(QLatin1Char('e')));

        const QList<OrderSummary> found = findByPo(QStringLiteral("DESK-Q-V6"));
        QCOMPARE(found.size(), 1);
        auto order = run(m_orders->details(found.first().ingramOrderNumber));
        QVERIFY(!order->hasError());
        QCOMPARE(order->details().lines.size(), 2);
        QCOMPARE(order->details().shipToInfo.city, QStringLiteral("REDMOND"));
    }

    void quoteOrderV7AppearsAfterDelay()
    {
        const QuoteValidation requirements = validation(NoFields);
        QuoteToOrderRequest request = QuoteToOrderRequest::fromValidation(requirements);
        QVERIFY(request.lines.isEmpty());
        request.customerOrderNumber = QStringLiteral("DESK-Q-V7");
        auto job = run(m_quoteOrders->createFromQuoteV7(request, &requirements));
        QVERIFY2(!job->hasError(), qPrintable(job->error().message()));
        QCOMPARE(job->confirmation().quoteNumber, NoFields);
        QVERIFY(!job->confirmation().confirmationNumber.isEmpty());
        QVERIFY(findByPo(QStringLiteral("DESK-Q-V7")).isEmpty());
        m_sandbox->advanceClock(61);
        QCOMPARE(findByPo(QStringLiteral("DESK-Q-V7")).size(), 1);
    }

    void quoteOrderRefusedForExpiredQuote()
    {
        QuoteToOrderRequest request;
        request.quoteNumber = Expired;
        request.customerOrderNumber = QStringLiteral("DESK-Q-EXP");
        for (OrderApiVersion version : {OrderApiVersion::V6, OrderApiVersion::V7}) {
            auto job = run(m_quoteOrders->createFromQuote(request, version));
            QCOMPARE(job->error().kind, ApiError::Kind::Http);
            QCOMPARE(job->error().httpStatus, 400);
            QVERIFY2(job->error().message().contains(QLatin1String("expired")),
                     qPrintable(job->error().message()));
            QVERIFY(!job->error().maybeProcessed);
        }
        m_sandbox->advanceClock(61);
        QVERIFY(findByPo(QStringLiteral("DESK-Q-EXP")).isEmpty());
    }

    void lostAnswerIsNotResent()
    {
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::CommitThenDrop)
                                     .onMethod("POST")
                                     .onPath(QuoteOrderPath));
        m_sandbox->clearReceivedRequests();
        QuoteToOrderRequest request;
        request.quoteNumber = NoFields;
        request.customerOrderNumber = QStringLiteral("DESK-Q-DROP");
        auto job = run(m_quoteOrders->createFromQuoteV6(request));
        QVERIFY(job->hasError());
        QVERIFY2(job->error().maybeProcessed, qPrintable(job->error().toLogString()));
        QTest::qWait(300); // a resend would arrive here
        QCOMPARE(requestsTo(QuoteOrderPath), 1);
        m_sandbox->faults()->clear();
        QCOMPARE(findByPo(QStringLiteral("DESK-Q-DROP")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestQuotesService)
#include "tst_quotesservice.moc"
