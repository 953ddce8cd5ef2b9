// Placing and changing orders through the API core against the in-process offline sandbox over
// real loopback HTTP: create v6 and v7, partial answers, field errors, held orders, lost answers.
#include "apiclient.h"
#include "ordersservice.h"
#include "orderwriteservice.h"
#include "sandbox/sandboxcatalog.h"
#include "sandboxfaults.h"
#include "sandboxserver.h"
#include "secretsource.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
const QString CreateV6Path = QStringLiteral("/resellers/v6/orders");
const QString CreateV7Path = QStringLiteral("/resellers/v7/orders");
const QString NotDeletable =
    QStringLiteral("Order can not be deleted as the order is not no hold.");
} // namespace

class TestOrderWriteService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OrdersService> m_orders;
    std::unique_ptr<OrderWriteService> m_writer;
    QString m_part;
    QString m_otherPart;

    // Waits for the job, checks it finished exactly once, and hands it back undeleted.
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

    int posts(const QString &path) const
    {
        int n = 0;
        for (const SandboxRequestRecord &record : m_sandbox->receivedRequests())
            n += record.method == "POST" && record.path == path ? 1 : 0;
        return n;
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

    OrderCreateRequest order(const QString &po, bool hold = false) const
    {
        OrderCreateRequest request;
        request.customerOrderNumber = po;
        request.placeOnCustomerHold = hold;
        OrderCreateLine line;
        line.ingramPartNumber = m_part;
        line.quantity = 1;
        request.lines.append(line);
        request.numberLines();
        return request;
    }

    QString createHeld(const QString &po)
    {
        auto job = run(m_writer->createV6(order(po, true)));
        if (job->hasError()) {
            QTest::qFail(qPrintable(job->error().message()), __FILE__, __LINE__);
            return {};
        }
        return job->result().orderNumbers().value(0);
    }

    OrderStatus::Kind statusOf(const QString &orderNumber)
    {
        auto job = run(m_orders->details(orderNumber));
        if (job->hasError()) {
            QTest::qFail(qPrintable(job->error().message()), __FILE__, __LINE__);
            return OrderStatus::Kind::Unknown;
        }
        return job->details().orderStatus.kind();
    }

    // The example body the spec gives for one response of one operation.
    static QJsonObject specExample(const QString &path, const QString &method,
                                   const QString &status, const QString &name)
    {
        QFile file(QStringLiteral(RD_SPEC_FILE));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QJsonObject spec = QJsonDocument::fromJson(file.readAll()).object();
        return spec.value(QStringLiteral("paths"))
            .toObject()
            .value(path)
            .toObject()
            .value(method)
            .toObject()
            .value(QStringLiteral("responses"))
            .toObject()
            .value(status)
            .toObject()
            .value(QStringLiteral("content"))
            .toObject()
            .value(QStringLiteral("application/json"))
            .toObject()
            .value(QStringLiteral("examples"))
            .toObject()
            .value(name)
            .toObject()
            .value(QStringLiteral("value"))
            .toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxServer probe;
        for (const auto &product : SandboxCatalog::products()) {
            if (product->license || product->directShip || product->alwaysBackordered ||
                probe.catalog().stock(*product, QStringLiteral("10")) < 30)
                continue;
            if (m_part.isEmpty())
                m_part = product->ingramPartNumber;
            else if (m_otherPart.isEmpty())
                m_otherPart = product->ingramPartNumber;
        }
        QVERIFY(!m_part.isEmpty() && !m_otherPart.isEmpty());
    }

    void init()
    {
        SandboxOptions options;
        options.orderCount = 30;
        options.referenceDate = QDate(2026, 6, 15);
        options.v7OrderDelaySeconds = 60;
        m_sandbox = std::make_unique<SandboxServer>(options);
        QVERIFY(m_sandbox->listen());
        m_client = std::make_unique<ApiClient>();
        m_client->setRetryPolicy({3, 20, 200, 5});
        m_client->setTimeout(5000);
        ConnectionProfile profile = ConnectionProfile::offlineSandbox();
        profile.customUrl = m_sandbox->baseUrl();
        m_client->setProfile(profile, std::make_shared<InMemorySecretSource>(
                                          QLatin1String(SandboxDefaults::ClientSecret)));
        m_orders = std::make_unique<OrdersService>(m_client.get());
        m_writer = std::make_unique<OrderWriteService>(m_client.get());
    }

    void cleanup()
    {
        m_writer.reset();
        m_orders.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void createV6ThenFoundBySearch()
    {
        auto job = run(m_writer->createV6(order(QStringLiteral("DESK-V6-1"))));
        QVERIFY2(!job->hasError(), qPrintable(job->error().message()));
        QCOMPARE(job->response().status, 201);
        QVERIFY(!job->isPartial());
        const OrderCreateResult &result = job->result();
        QCOMPARE(result.customerOrderNumber, QStringLiteral("DESK-V6-1"));
        QCOMPARE(result.orderNumbers().size(), 1);
        QVERIFY(result.orders.first().orderTotal > 0);
        QCOMPARE(result.createdLines().size(), 1);
        QCOMPARE(result.createdLines().first().ingramPartNumber, m_part);
        QVERIFY(!result.createdLines().first().lineStatus.isEmpty());

        const QList<OrderSummary> found = findByPo(QStringLiteral("DESK-V6-1"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().ingramOrderNumber, result.orderNumbers().first());
    }

    void partialOrderListsRejectedLine()
    {
        OrderCreateRequest request = order(QStringLiteral("DESK-207"));
        OrderCreateLine unknown;
        unknown.ingramPartNumber = QStringLiteral("ZZNOSUCHPART");
        unknown.quantity = 2;
        request.lines.append(unknown);
        request.numberLines();
        QCOMPARE(request.lines.at(1).customerLineNumber, QStringLiteral("2"));

        auto job = run(m_writer->createV6(request));
        QVERIFY2(!job->hasError(), qPrintable(job->error().message()));
        QCOMPARE(job->response().status, 207);
        QVERIFY(job->isPartial());
        const QList<OrderRejectedLine> rejected = job->result().rejectedLines();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().customerLineNumber, QStringLiteral("2"));
        QCOMPARE(rejected.first().ingramPartNumber, QStringLiteral("ZZNOSUCHPART"));
        QCOMPARE(rejected.first().rejectCode, QStringLiteral("EN"));
        QVERIFY(!rejected.first().rejectReason.isEmpty());
        QCOMPARE(job->result().createdLines().size(), 1);
    }

    void serverFieldErrorsNameFields()
    {
        QVERIFY(!run(m_writer->createV6(order(QStringLiteral("DESK-DUP"))))->hasError());
        m_sandbox->clearReceivedRequests();
        auto duplicate = run(m_writer->createV6(order(QStringLiteral("DESK-DUP"))));
        QCOMPARE(duplicate->error().kind, ApiError::Kind::Http);
        QCOMPARE(duplicate->error().httpStatus, 400);
        QVERIFY(!duplicate->error().fieldMessage(QStringLiteral("customerOrderNumber")).isEmpty());
        QCOMPARE(posts(CreateV6Path), 1);

        OrderCreateRequest unknownOnly = order(QStringLiteral("DESK-400"));
        unknownOnly.lines.first().ingramPartNumber = QStringLiteral("ZZNOSUCHPART");
        auto refused = run(m_writer->createV6(unknownOnly));
        QCOMPARE(refused->error().httpStatus, 400);
        QVERIFY(
            !refused->error().fieldMessage(QStringLiteral("lines[0].ingramPartNumber")).isEmpty());
    }

    void validationRefusesLongPoWithoutSending()
    {
        m_sandbox->clearReceivedRequests();
        const OrderCreateRequest v6 = order(QString(36, QLatin1Char('P')));
        QCOMPARE(v6.validate(OrderApiVersion::V6).size(), 1);
        QVERIFY(order(QString(35, QLatin1Char('P'))).isValid(OrderApiVersion::V6));
        auto job6 = run(m_writer->createV6(v6));
        QCOMPARE(job6->error().kind, ApiError::Kind::InvalidRequest);
        QVERIFY(!job6->error().fieldMessage(QStringLiteral("customerOrderNumber")).isEmpty());
        QVERIFY(!job6->error().maybeProcessed);

        const OrderCreateRequest v7 = order(QString(19, QLatin1Char('P')));
        QVERIFY(v7.isValid(OrderApiVersion::V6));
        QVERIFY(order(QString(18, QLatin1Char('P'))).isValid(OrderApiVersion::V7));
        auto job7 = run(m_writer->createV7(v7));
        QCOMPARE(job7->error().kind, ApiError::Kind::InvalidRequest);
        QVERIFY(!job7->error().fieldMessage(QStringLiteral("customerOrderNumber")).isEmpty());

        QCOMPARE(posts(CreateV6Path), 0);
        QCOMPARE(posts(CreateV7Path), 0);
    }

    void validationChecksLinesAndParties()
    {
        OrderCreateRequest request = order(QStringLiteral("DESK-RULES"));
        const OrderCreateLine copy = request.lines.first(); // same line number twice
        request.lines.append(copy);
        request.lines.last().quantity = 0;
        request.lines.last().customerLineNumber = QStringLiteral("1");
        request.shipTo.addressLine1 = QStringLiteral("1 Main St");
        request.shipTo.countryCode = QStringLiteral("USA");
        request.shipmentDetails.shippingInstructions = QString(133, QLatin1Char('x'));
        QStringList fields;
        for (const auto &problem : request.validate(OrderApiVersion::V6))
            fields.append(problem.field);
        QVERIFY2(fields.contains(QStringLiteral("lines[1].customerLineNumber")),
                 qPrintable(fields.join(u',')));
        QVERIFY(fields.contains(QStringLiteral("lines[1].quantity")));
        QVERIFY(fields.contains(QStringLiteral("shipToInfo.countryCode")));
        QVERIFY(fields.contains(QStringLiteral("shipToInfo.city")));
        QVERIFY(fields.contains(QStringLiteral("shipmentDetails.shippingInstructions")));
    }

    void jsonV7TypesAndNoEmptyObjects()
    {
        OrderCreateRequest request = order(QStringLiteral("DESK-V7"), true);
        request.acceptBackOrder = false;
        request.lines.first().vendorPartNumber = QStringLiteral("VP-1");
        QJsonObject json = request.toJsonV7();
        QVERIFY(json.value(QStringLiteral("acceptBackOrder")).isBool());
        QCOMPARE(json.value(QStringLiteral("acceptBackOrder")).toBool(), false);
        QVERIFY(!json.contains(QStringLiteral("endUserInfo")));
        QVERIFY(!json.contains(QStringLiteral("shipmentDetails")));
        QVERIFY(!json.contains(QStringLiteral("shipToInfo")));
        QCOMPARE(json.value(QStringLiteral("lines"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("vendorPartNumber")),
                 QJsonValue(QStringLiteral("VP-1")));
        QVERIFY(!request.toJsonV6()
                     .value(QStringLiteral("lines"))
                     .toArray()
                     .first()
                     .toObject()
                     .contains(QStringLiteral("vendorPartNumber")));
        const QJsonArray attributes = json.value(QStringLiteral("additionalAttributes")).toArray();
        QCOMPARE(attributes.size(), 1);
        QCOMPARE(attributes.first().toObject().value(QStringLiteral("attributeName")).toString(),
                 QStringLiteral("allowOrderOnCustomerHold"));
        QCOMPARE(attributes.first().toObject().value(QStringLiteral("attributeValue")),
                 QJsonValue(QStringLiteral("true")));

        request.endUserInfo.phoneNumber = QStringLiteral("5551234567");
        request.endUserInfo.companyName = QStringLiteral("End User Inc");
        json = request.toJsonV7();
        const QJsonObject endUser = json.value(QStringLiteral("endUserInfo")).toObject();
        QVERIFY(endUser.value(QStringLiteral("phoneNumber")).isString());
        QCOMPARE(endUser.value(QStringLiteral("phoneNumber")).toString(),
                 QStringLiteral("5551234567"));
    }

    void createV7ConfirmsThenAppears()
    {
        OrderCreateRequest request = order(QStringLiteral("DESK-V7-1"));
        request.endUserInfo.phoneNumber = QStringLiteral("5551234567");
        request.endUserInfo.companyName = QStringLiteral("End User Inc");
        auto job = run(m_writer->createV7(request));
        QVERIFY2(!job->hasError(), qPrintable(job->error().message()));
        QVERIFY(!job->confirmation().confirmationNumber.isEmpty());
        QVERIFY(!job->confirmation().message.isEmpty());
        QCOMPARE(findByPo(QStringLiteral("DESK-V7-1")).size(), 0);
        m_sandbox->advanceClock(120);
        QCOMPARE(findByPo(QStringLiteral("DESK-V7-1")).size(), 1);
    }

    void heldOrderModifyReleaseThenCancelRefused()
    {
        const QString number = createHeld(QStringLiteral("DESK-HOLD-1"));
        QVERIFY(!number.isEmpty());

        OrderModifyRequest changes;
        OrderLineChange add;
        add.action = OrderLineChange::Action::Add;
        add.customerLineNumber = QStringLiteral("2");
        add.ingramPartNumber = m_otherPart;
        add.quantity = 2;
        changes.lines.append(add);
        auto modified = run(m_writer->modify(number, changes));
        QVERIFY2(!modified->hasError(), qPrintable(modified->error().message()));
        QVERIFY(!modified->isPartial());
        QCOMPARE(modified->result().ingramOrderNumber, number);
        QCOMPARE(modified->result().lines.size(), 1);
        QCOMPARE(modified->result().lines.first().ingramPartNumber, m_otherPart);

        auto released = run(m_writer->release(number));
        QVERIFY2(!released->hasError(), qPrintable(released->error().message()));
        bool sentAction = false;
        for (const SandboxRequestRecord &record : m_sandbox->receivedRequests())
            sentAction = sentAction ||
                         (record.method == "PUT" && record.query.contains("actionCode=release"));
        QVERIFY(sentAction);

        auto cancelled = run(m_writer->cancel(number));
        QCOMPARE(cancelled->error().kind, ApiError::Kind::Http);
        QCOMPARE(cancelled->error().httpStatus, 405);
        QCOMPARE(cancelled->error().serverMessage, NotDeletable);
    }

    void modifyRejectsUnknownPart()
    {
        const QString number = createHeld(QStringLiteral("DESK-HOLD-3"));
        OrderModifyRequest changes;
        OrderLineChange add;
        add.customerLineNumber = QStringLiteral("2");
        add.ingramPartNumber = QStringLiteral("ZZNOSUCHPART");
        add.quantity = 1;
        changes.lines.append(add);
        auto modified = run(m_writer->modify(number, changes));
        QVERIFY2(!modified->hasError(), qPrintable(modified->error().message()));
        QVERIFY(modified->isPartial());
        QCOMPARE(modified->result().rejectedLineItems.size(), 1);
        QCOMPARE(modified->result().rejectedLineItems.first().rejectCode, QStringLiteral("EN"));
        QCOMPARE(modified->result().rejectedLineItems.first().customerLineNumber,
                 QStringLiteral("2"));

        auto nothing = run(m_writer->modify(number, OrderModifyRequest()));
        QCOMPARE(nothing->error().kind, ApiError::Kind::InvalidRequest);
        auto badNumber = run(m_writer->cancel(QStringLiteral("not an order")));
        QCOMPARE(badNumber->error().kind, ApiError::Kind::InvalidRequest);
    }

    void heldOrderCancelled()
    {
        const QString number = createHeld(QStringLiteral("DESK-HOLD-2"));
        QVERIFY(!number.isEmpty());
        auto cancelled = run(m_writer->cancel(number));
        QVERIFY2(!cancelled->hasError(), qPrintable(cancelled->error().message()));
        QCOMPARE(statusOf(number), OrderStatus::Kind::Cancelled);
    }

    void specExamplesParse()
    {
        const QString orders = QStringLiteral("/resellers/v6/orders");
        const QString order = QStringLiteral("/resellers/v6/orders/{orderNumber}");
        const QJsonObject partial =
            specExample(orders, QStringLiteral("post"), QStringLiteral("207"),
                        QStringLiteral("Partial Success"));
        QVERIFY2(!partial.isEmpty(), RD_SPEC_FILE);
        const OrderCreateResult created = OrderCreateResult::fromJson(partial, 207);
        QVERIFY(created.isPartial());
        QCOMPARE(created.orderNumbers(), QStringList{QStringLiteral("20-RFDMQ")});
        QCOMPARE(created.rejectedLines().size(), 1);
        QCOMPARE(created.rejectedLines().first().customerLineNumber, QStringLiteral("1"));
        QCOMPARE(created.rejectedLines().first().rejectCode, QStringLiteral("EN"));

        const QJsonObject modified =
            specExample(order, QStringLiteral("put"), QStringLiteral("200"),
                        QStringLiteral("OneValidLine-OneInvalidPart"));
        const OrderModifyResult lines = OrderModifyResult::fromJson(modified, 200);
        QCOMPARE(lines.ingramOrderNumber, QStringLiteral("30-B3PF2"));
        QCOMPARE(lines.lines.first().ingramLineNumber, QStringLiteral("005"));
        QCOMPARE(lines.rejectedLineItems.size(), 1);
        QCOMPARE(lines.rejectedLineItems.first().customerLineNumber, QStringLiteral("006"));
        QVERIFY(lines.isPartial());

        const OrderModifyResult address = OrderModifyResult::fromJson(
            specExample(order, QStringLiteral("put"), QStringLiteral("207"),
                        QStringLiteral("ValidLine-InvalidAddress")),
            207);
        QVERIFY(address.isPartial());
        QVERIFY(address.changeDescription.startsWith(QLatin1String("Invalid details")));
        QVERIFY(!address.lines.isEmpty());
    }

    void lateAnswerIsNotResent()
    {
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::LateAnswer, 10000)
                                     .onMethod("POST")
                                     .onPath(CreateV6Path));
        m_client->setTimeout(500);
        m_sandbox->clearReceivedRequests();
        auto job = run(m_writer->createV6(order(QStringLiteral("DESK-LATE"))));
        QCOMPARE(job->error().kind, ApiError::Kind::Timeout);
        QVERIFY(job->error().maybeProcessed);
        QTest::qWait(300); // a resend would arrive here
        QCOMPARE(posts(CreateV6Path), 1);
        m_sandbox->faults()->clear();
        m_client->setTimeout(5000);
        QCOMPARE(findByPo(QStringLiteral("DESK-LATE")).size(), 1);
    }

    void lostCancelAnswerIsNotRepeated()
    {
        const QString number = createHeld(QStringLiteral("DESK-HOLD-DROP"));
        QVERIFY(!number.isEmpty());
        m_sandbox->faults()->add(
            SandboxFaultRule(SandboxFaultKind::CommitThenDrop).onMethod("DELETE"));
        m_sandbox->clearReceivedRequests();
        auto cancelled = run(m_writer->cancel(number));
        QVERIFY(cancelled->hasError());
        QVERIFY2(cancelled->error().maybeProcessed, qPrintable(cancelled->error().toLogString()));
        QTest::qWait(300); // a repeat would arrive here
        int deletes = 0;
        for (const SandboxRequestRecord &record : m_sandbox->receivedRequests())
            deletes += record.method == "DELETE" ? 1 : 0;
        QCOMPARE(deletes, 1);
        m_sandbox->faults()->clear();
        QCOMPARE(statusOf(number), OrderStatus::Kind::Cancelled);
    }

    void commitThenDropIsNotResent()
    {
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::CommitThenDrop)
                                     .onMethod("POST")
                                     .onPath(CreateV6Path));
        m_sandbox->clearReceivedRequests();
        auto job = run(m_writer->createV6(order(QStringLiteral("DESK-DROP"))));
        QVERIFY(job->hasError());
        QVERIFY2(job->error().maybeProcessed, qPrintable(job->error().toLogString()));
        QTest::qWait(300);
        QCOMPARE(posts(CreateV6Path), 1);
        m_sandbox->faults()->clear();
        QCOMPARE(findByPo(QStringLiteral("DESK-DROP")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOrderWriteService)
#include "tst_orderwriteservice.moc"
