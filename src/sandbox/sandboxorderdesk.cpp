#include "sandbox/sandboxorderdesk.h"

#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxjsonreader.h"
#include "sandbox/sandboxlogging.h"
#include "sandbox/sandboxquery.h"
#include "sandbox/sandboxstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace {

const QString validationType = QStringLiteral("/errors/validation-failed");
const QString validationMessage = QStringLiteral("Validation failed");
const QString notOnHoldMessage =
    QStringLiteral("Order can not be modified/released. Order is already released or Order is "
                   "not placed on Customer Hold");
// Sic: the vendor's own text.
const QString cannotDeleteMessage =
    QStringLiteral("Order can not be deleted as the order is not no hold.");
const QString invalidAddressMessage = QStringLiteral(
    "Invalid details in shipping adress.Please update shipping address details with valid data");
const QString invalidAddressChange =
    QStringLiteral("Invalid details in shipping adress.Please update line details with valid data");

double roundMoney(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QString threeDigits(int number)
{
    return QString::number(number).rightJustified(3, QLatin1Char('0'));
}

SandboxResponse validationError(const QList<SandboxFieldError> &fields)
{
    return SandboxResponse::errors(400, validationType, validationMessage, fields);
}

SandboxResponse notFound()
{
    return SandboxResponse::errors(404, QStringLiteral("/errors/validation-error"),
                                   QStringLiteral("Order not found."));
}

std::shared_ptr<const SandboxParty> accountAddress()
{
    static const auto party = [] {
        auto p = std::make_shared<SandboxParty>();
        p->contact = QStringLiteral("RECEIVING DOCK");
        p->companyName = QStringLiteral("RESELLERDESK DEMO ACCOUNT");
        p->addressLine1 = QStringLiteral("1759 WEHRLE DR");
        p->city = QStringLiteral("WILLIAMSVILLE");
        p->state = QStringLiteral("NY");
        p->postalCode = QStringLiteral("142210000");
        p->countryCode = QStringLiteral("US");
        p->phoneNumber = QStringLiteral("8286674626");
        p->email = QStringLiteral("ap@resellerdesk.example");
        return std::shared_ptr<const SandboxParty>(p);
    }();
    return party;
}

// The back end keeps addresses in upper case, as its answers show.
std::shared_ptr<const SandboxParty> upperCased(const SandboxParty &party)
{
    auto p = std::make_shared<SandboxParty>(party);
    for (QString *field : {&p->contact, &p->companyName, &p->addressLine1, &p->addressLine2,
                           &p->addressLine3, &p->city, &p->state, &p->postalCode, &p->countryCode})
        *field = field->trimmed().toUpper();
    return p;
}

QJsonObject partyJson(const SandboxParty &party, const QString &addressId = {})
{
    QJsonObject object;
    if (!addressId.isEmpty())
        object.insert(QStringLiteral("addressId"), addressId);
    const QList<QPair<const char *, QString>> fields = {{"contact", party.contact},
                                                        {"companyName", party.companyName},
                                                        {"addressLine1", party.addressLine1},
                                                        {"addressLine2", party.addressLine2},
                                                        {"addressLine3", party.addressLine3},
                                                        {"city", party.city},
                                                        {"state", party.state},
                                                        {"postalCode", party.postalCode},
                                                        {"countryCode", party.countryCode},
                                                        {"phoneNumber", party.phoneNumber},
                                                        {"email", party.email}};
    for (const auto &field : fields) {
        if (!field.second.isEmpty())
            object.insert(QLatin1String(field.first), field.second);
    }
    return object;
}

// The sandbox's rule for a deliverable address: street, city, postal code and a country it
// serves; a US ZIP code has five or nine digits.
bool deliverable(const SandboxParty &party)
{
    if (party.addressLine1.trimmed().isEmpty() || party.city.trimmed().isEmpty() ||
        party.postalCode.trimmed().isEmpty() || !SandboxCountry::find(party.countryCode.trimmed()))
        return false;
    if (party.countryCode.trimmed().compare(QLatin1String("US"), Qt::CaseInsensitive) == 0) {
        static const QRegularExpression zip(QStringLiteral("^[0-9]{5}(-?[0-9]{4})?$"));
        return zip.match(party.postalCode.trimmed()).hasMatch();
    }
    return true;
}

const SandboxCountry &requestCountry(const SandboxRequestRecord &request)
{
    const SandboxCountry *country = SandboxCountry::find(
        QString::fromLatin1(request.header(QByteArrayLiteral("IM-CountryCode"))).trimmed());
    return country ? *country : SandboxCountry::table()[0];
}

QString warehouseLocation(const SandboxCountry &country, const QString &warehouseId)
{
    for (const auto &warehouse : country.warehouses) {
        if (warehouseId == QLatin1String(warehouse.first))
            return QLatin1String(warehouse.second);
    }
    return {};
}

QPair<QString, QString> carrierOf(const SandboxOrder &order, const SandboxLine &line)
{
    if (line.product->license)
        return {QStringLiteral("VL"), QStringLiteral("VIRTUAL")};
    return {order.carrierCode, order.carrierName};
}

QString lineStatusName(const SandboxLine &line)
{
    return line.quantityBackOrdered > 0 ? QStringLiteral("Backordered")
                                        : QStringLiteral("In Progress");
}

QString lineNotes(const SandboxLine &line)
{
    QString notes = line.product->description;
    if (!line.lineNotes.isEmpty())
        notes += QStringLiteral(" || ") + line.lineNotes.toUpper();
    return notes;
}

QJsonObject modifiedLineJson(const SandboxOrder &order, const SandboxLine &line)
{
    const auto carrier = carrierOf(order, line);
    return {
        {QStringLiteral("subOrderNumber"), order.subOrderNumber(line.subOrder)},
        {QStringLiteral("ingramLineNumber"), threeDigits(line.lineNumber)},
        {QStringLiteral("customerLineNumber"), threeDigits(line.customerLineNumber)},
        {QStringLiteral("ingramPartNumber"), line.product->ingramPartNumber},
        {QStringLiteral("vendorPartNumber"), line.product->vendorPartNumber},
        {QStringLiteral("quantityOrdered"), line.quantityOrdered},
        {QStringLiteral("quantityConfirmed"), line.quantityConfirmed},
        {QStringLiteral("quantityBackOrdered"), line.quantityBackOrdered},
        {QStringLiteral("shipmentDetails"),
         QJsonObject{{QStringLiteral("carrierCode"), carrier.first},
                     {QStringLiteral("carrierName"), carrier.second}}},
        {QStringLiteral("notes"), lineNotes(line)},
    };
}

QString orderStatusName(const SandboxOrder &order)
{
    return SandboxStatus::searchName(order.status);
}

void refreshStatus(SandboxOrder &order)
{
    if (order.status == SandboxOrderStatus::OnHold || order.status == SandboxOrderStatus::Cancelled)
        return;
    bool backordered = false;
    for (const SandboxLine &line : std::as_const(order.lines))
        backordered = backordered || line.quantityBackOrdered > 0;
    order.status = backordered ? SandboxOrderStatus::Backordered : SandboxOrderStatus::Processing;
}

} // namespace

SandboxOrderDesk::SandboxOrderDesk(SandboxStore *store, SandboxClock *clock,
                                   const SandboxOptions &options)
    : m_store(store)
    , m_clock(clock)
    , m_catalog(options.seed)
    , m_v7DelaySeconds(options.v7OrderDelaySeconds)
    , m_holdWindowSeconds(options.holdWindowSeconds)
{}

void SandboxOrderDesk::catchUp()
{
    const QDateTime now = m_clock->now();
    while (!m_pending.isEmpty() && m_pending.first().due <= now) {
        Pending pending = m_pending.takeFirst();
        qCInfo(lcSandbox).noquote() << "v7 confirmation" << pending.confirmationNumber
                                    << "processed:" << pending.orders.size() << "order(s)";
        publish(std::move(pending.orders));
    }
    for (qsizetype i = 0; i < m_held.size();) {
        SandboxOrder *order = m_store->editableOrder(m_held.at(i));
        if (!order || order->status != SandboxOrderStatus::OnHold) {
            m_held.removeAt(i);
            continue;
        }
        if (order->placementTime().addSecs(m_holdWindowSeconds) <= now) {
            // The vendor voids held orders nobody released within the window.
            qCInfo(lcSandbox).noquote() << "order" << order->ingramOrderNumber
                                        << "voided: not released within the hold window";
            cancelOrder(*order, SandboxLineStatus::Cancelled); // drops it from m_held
            continue;
        }
        ++i;
    }
}

void SandboxOrderDesk::publish(QList<SandboxOrder> orders)
{
    for (SandboxOrder &order : orders) {
        const QString number = order.ingramOrderNumber;
        const bool held = order.status == SandboxOrderStatus::OnHold;
        m_store->addOrder(std::move(order));
        if (held)
            m_held.append(number);
    }
}

std::optional<SandboxResponse>
SandboxOrderDesk::refuseCreate(const SandboxOrderRequest &request,
                               const QList<SandboxFieldError> &errors, bool bindingError) const
{
    if (bindingError)
        return SandboxResponse::errors(
            400, QStringLiteral("errors/bad-request"),
            QStringLiteral("Input passed is not in right or expected format. Model Binding Error "
                           "Happens at Global Model Binding Exception Handler."),
            errors);
    if (!errors.isEmpty())
        return validationError(errors);
    if (!request.allowDuplicateCustomerOrderNumber) {
        bool duplicate = m_store->hasCustomerOrderNumber(request.customerOrderNumber);
        for (const Pending &pending : m_pending) {
            for (const SandboxOrder &order : pending.orders)
                duplicate = duplicate ||
                            order.customerOrderNumber.compare(request.customerOrderNumber.trimmed(),
                                                              Qt::CaseInsensitive) == 0;
        }
        if (duplicate)
            return validationError(
                {{QStringLiteral("customerOrderNumber"),
                  QStringLiteral("Customer order number already exists. Send the additional "
                                 "attribute allowDuplicateCustomerOrderNumber with the value true "
                                 "to place it again."),
                  request.customerOrderNumber}});
    }
    return std::nullopt;
}

SandboxResponse SandboxOrderDesk::createV6(const SandboxRequestRecord &request)
{
    QList<SandboxFieldError> errors;
    bool bindingError = false;
    const SandboxOrderRequest order = SandboxOrderRequest::parse(
        request.body, SandboxOrderRequest::Version::V6, &errors, &bindingError);
    if (auto refused = refuseCreate(order, errors, bindingError))
        return *refused;

    Placement placement = place(order, requestCountry(request));
    if (placement.orders.isEmpty()) {
        QList<SandboxFieldError> fields;
        for (const Rejected &rejected : std::as_const(placement.rejected))
            fields.append({QStringLiteral("lines[%1].%2")
                               .arg(rejected.index)
                               .arg(rejected.code == QLatin1String("EQ")
                                        ? QStringLiteral("quantity")
                                        : QStringLiteral("ingramPartNumber")),
                           rejected.reason,
                           rejected.code == QLatin1String("EQ") ? QString::number(rejected.quantity)
                                                                : rejected.ingramPartNumber});
        return validationError(fields);
    }
    const QJsonObject body = createdBody(order, placement);
    QStringList numbers;
    for (const SandboxOrder &created : std::as_const(placement.orders))
        numbers.append(created.ingramOrderNumber);
    qCInfo(lcSandbox).noquote() << "v6 order" << order.customerOrderNumber << "placed as"
                                << numbers.join(QStringLiteral(", ")) << "with"
                                << placement.rejected.size() << "rejected line(s)";
    publish(std::move(placement.orders));
    return SandboxResponse::json(placement.rejected.isEmpty() ? 201 : 207, body);
}

SandboxResponse SandboxOrderDesk::createV7(const SandboxRequestRecord &request)
{
    QList<SandboxFieldError> errors;
    bool bindingError = false;
    SandboxOrderRequest order = SandboxOrderRequest::parse(
        request.body, SandboxOrderRequest::Version::V7, &errors, &bindingError);
    if (auto refused = refuseCreate(order, errors, bindingError))
        return *refused;
    if (!order.quoteNumber.isEmpty()) {
        if (auto refused = applyQuote(order))
            return *refused;
    }

    const SandboxCountry &country = requestCountry(request);
    Placement placement = place(order, country);
    const QDateTime now = m_clock->now();
    Pending pending;
    pending.due = now.addSecs(qMax(0, m_v7DelaySeconds));
    pending.confirmationNumber =
        QLatin1String(country.code) % QStringLiteral("-I-T-") %
        now.toString(QStringLiteral("yyMMddHHmmss")) %
        QString::number((++m_confirmationCounter * 48271ULL + 20240517ULL) % 100000000ULL)
            .rightJustified(8, QLatin1Char('0'));
    if (placement.orders.isEmpty())
        // The real failure would arrive by webhook; the order simply never appears.
        qCInfo(lcSandbox).noquote() << "v7 confirmation" << pending.confirmationNumber
                                    << "will produce no order: every line was rejected";
    pending.orders = std::move(placement.orders);
    const QString confirmation = pending.confirmationNumber;
    m_pending.append(std::move(pending));
    if (m_v7DelaySeconds <= 0)
        catchUp();
    return SandboxResponse::json(
        200, QJsonObject{
                 {QStringLiteral("quoteNumber"), order.quoteNumber},
                 {QStringLiteral("confirmationNumber"), confirmation},
                 {QStringLiteral("message"),
                  QStringLiteral("Thank you for submitting the order request, it\u2019s currently "
                                 "under process.We will notify you of the status via the Order "
                                 "Status webhook.")},
             });
}

SandboxResponse SandboxOrderDesk::createFromQuoteV6(const SandboxRequestRecord &request)
{
    QList<SandboxFieldError> errors;
    bool bindingError = false;
    SandboxOrderRequest order = SandboxOrderRequest::parse(
        request.body, SandboxOrderRequest::Version::QuoteToOrderV6, &errors, &bindingError);
    if (order.quoteNumber.trimmed().isEmpty() && !bindingError)
        errors.append({QStringLiteral("quoteNumber"), QStringLiteral("Required field is missing"),
                       QString()});
    if (auto refused = refuseCreate(order, errors, bindingError))
        return *refused;
    if (auto refused = applyQuote(order))
        return *refused;

    Placement placement = place(order, requestCountry(request));
    if (placement.orders.isEmpty()) {
        QList<SandboxFieldError> fields;
        for (const Rejected &rejected : std::as_const(placement.rejected))
            fields.append({QStringLiteral("lines[%1].ingramPartNumber").arg(rejected.index),
                           rejected.reason, rejected.ingramPartNumber});
        return validationError(fields);
    }
    // The API's confirmation number for quote orders is a number, not text.
    const qint64 confirmation =
        100000000 +
        static_cast<qint64>((++m_confirmationCounter * 48271ULL + 7919ULL) % 900000000ULL);
    QStringList numbers;
    for (const SandboxOrder &created : std::as_const(placement.orders))
        numbers.append(created.ingramOrderNumber);
    qCInfo(lcSandbox).noquote() << "quote" << order.quoteNumber << "ordered as"
                                << numbers.join(QStringLiteral(", ")) << "confirmation"
                                << confirmation;
    publish(std::move(placement.orders));
    return SandboxResponse::json(
        200, QJsonObject{
                 {QStringLiteral("quoteNumber"), order.quoteNumber.trimmed().toUpper()},
                 {QStringLiteral("confirmationNumber"), static_cast<double>(confirmation)},
                 {QStringLiteral("message"),
                  QStringLiteral("Thank you for submitting the order request, it\u2019s currently "
                                 "under process.We will notify you of the status via the Order "
                                 "Status webhook.")},
             });
}

std::optional<SandboxResponse> SandboxOrderDesk::applyQuote(SandboxOrderRequest &request) const
{
    const SandboxQuoteBook &book = m_store->quotes();
    const SandboxQuote *quote = book.quote(request.quoteNumber);
    if (!quote)
        return validationError({{QStringLiteral("quoteNumber"),
                                 QStringLiteral("Quote %1 was not found").arg(request.quoteNumber),
                                 request.quoteNumber}});
    if (!quote->isOrderable(book.today())) {
        const QString reason = quote->refusal(book.today());
        return SandboxResponse::errors(
            400, validationType, reason,
            {{QStringLiteral("quoteNumber"), reason, request.quoteNumber}});
    }

    const auto valueOf = [](const QList<SandboxAttribute> &given, const QString &name) -> QString {
        for (const SandboxAttribute &attribute : given) {
            if (attribute.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return attribute.value.trimmed();
        }
        return {};
    };
    QList<SandboxFieldError> problems;
    for (const SandboxVendorField &field : quote->headerFields) {
        if (valueOf(request.vendorFields, field.name).isEmpty())
            problems.append({QStringLiteral("vmfAdditionalAttributes.") + field.name,
                             QStringLiteral("%1 (%2) is required by %3 for this quote")
                                 .arg(field.description, field.name, quote->vendorName),
                             QString()});
    }

    // Requested lines name quote lines by customer line number or part; they carry the line
    // fields and may order less than the quoted quantity.
    QList<const SandboxOrderRequestLine *> matched(quote->lines.size(), nullptr);
    for (const SandboxOrderRequestLine &requested : std::as_const(request.lines)) {
        qsizetype found = -1;
        for (qsizetype i = 0; i < quote->lines.size() && found < 0; ++i) {
            const SandboxQuoteLine &line = quote->lines.at(i);
            if (!requested.customerLineNumber.trimmed().isEmpty()
                    ? line.lineNumber == requested.customerLineNumber.trimmed()
                    : line.product->ingramPartNumber.compare(requested.ingramPartNumber.trimmed(),
                                                             Qt::CaseInsensitive) == 0)
                found = i;
        }
        const QString path = QStringLiteral("lines[%1]").arg(requested.index);
        if (found < 0) {
            problems.append({path + QStringLiteral(".customerLineNumber"),
                             QStringLiteral("The line is not on quote %1").arg(quote->quoteNumber),
                             requested.customerLineNumber.isEmpty()
                                 ? requested.ingramPartNumber
                                 : requested.customerLineNumber});
            continue;
        }
        matched[found] = &requested;
        const int quoted = quote->lines.at(found).quantity;
        if (requested.quantity && (*requested.quantity <= 0 || *requested.quantity > quoted))
            problems.append(
                {path + QStringLiteral(".quantity"),
                 QStringLiteral("Between 1 and %1 can be ordered from this quote line").arg(quoted),
                 QString::number(*requested.quantity)});
    }
    for (qsizetype i = 0; i < quote->lines.size(); ++i) {
        const SandboxQuoteLine &line = quote->lines.at(i);
        for (const SandboxVendorField &field : line.vendorFields) {
            if (!matched[i] || valueOf(matched[i]->vendorFields, field.name).isEmpty())
                problems.append(
                    {QStringLiteral("lines[%1].vmfAdditionalAttributesLines.%2")
                         .arg(line.lineNumber, field.name),
                     QStringLiteral("%1 (%2) is required by %3 for quote line %4")
                         .arg(field.description, field.name, quote->vendorName, line.lineNumber),
                     QString()});
        }
    }
    if (!problems.isEmpty())
        return SandboxResponse::errors(
            400, validationType,
            QStringLiteral("Vendor mandatory fields are missing or invalid for quote %1")
                .arg(quote->quoteNumber),
            problems);

    QList<SandboxOrderRequestLine> lines;
    for (qsizetype i = 0; i < quote->lines.size(); ++i) {
        const SandboxQuoteLine &line = quote->lines.at(i);
        SandboxOrderRequestLine ordered;
        ordered.index = static_cast<int>(i);
        ordered.customerLineNumber = line.lineNumber;
        ordered.ingramPartNumber = line.product->ingramPartNumber;
        ordered.quantity =
            matched[i] && matched[i]->quantity ? *matched[i]->quantity : line.quantity;
        // Prices come from the quote; whatever the request says is ignored.
        ordered.unitPrice = line.quotePrice;
        ordered.quotedPrice = true;
        ordered.specialBidNumber = quote->specialBidNumber;
        if (matched[i]) {
            ordered.notes = matched[i]->notes;
            ordered.vendorFields = matched[i]->vendorFields;
        }
        lines.append(ordered);
    }
    request.lines = lines;
    request.quoteNumber = quote->quoteNumber;
    if (request.specialBidNumber.isEmpty())
        request.specialBidNumber = quote->specialBidNumber;
    for (const SandboxAttribute &field : std::as_const(request.vendorFields))
        request.attributes.append(field);
    return std::nullopt;
}

bool SandboxOrderDesk::allocate(SandboxLine &line, const SandboxCountry &country,
                                bool acceptBackOrder)
{
    const SandboxProduct &product = *line.product;
    const int quantity = line.quantityOrdered;
    line.quantityBackOrdered = 0;
    line.quantityConfirmed = quantity;
    if (product.license || product.directShip) {
        line.warehouseId = QLatin1String(country.warehouses.first().first);
        return true;
    }
    QString best;
    int bestStock = -1;
    for (const auto &warehouse : country.warehouses) {
        const QString id = QLatin1String(warehouse.first);
        const int stock = m_catalog.stock(product, id);
        if (stock >= quantity) {
            line.warehouseId = id;
            m_catalog.take(product, id, quantity);
            return true;
        }
        if (stock > bestStock) {
            best = id;
            bestStock = stock;
        }
    }
    if (!acceptBackOrder)
        return false;
    line.warehouseId = best;
    line.quantityConfirmed = bestStock;
    line.quantityBackOrdered = quantity - bestStock;
    m_catalog.take(product, best, bestStock);
    return true;
}

void SandboxOrderDesk::returnStock(const SandboxLine &line)
{
    if (!line.warehouseId.isEmpty() && line.product && !line.product->license &&
        !line.product->directShip)
        m_catalog.putBack(*line.product, line.warehouseId, line.quantityConfirmed);
}

SandboxOrderDesk::Placement SandboxOrderDesk::place(const SandboxOrderRequest &request,
                                                    const SandboxCountry &country)
{
    Placement result;
    const QDateTime now = m_clock->now();
    const QDateTime local = now.addSecs(country.utcOffsetSeconds);

    SandboxOrder header;
    header.orderDate = local.date();
    header.orderTimeSeconds = local.time().msecsSinceStartOfDay() / 1000;
    header.utcOffsetSeconds = country.utcOffsetSeconds;
    header.placedAt = now;
    header.customerOrderNumber = request.customerOrderNumber.trimmed();
    header.endCustomerOrderNumber = request.endCustomerOrderNumber.trimmed();
    header.currencyCode = QLatin1String(country.currency);
    header.paymentTerms = QStringLiteral("NET 30 DAYS");
    header.notes = request.notes;
    header.billTo = accountAddress();
    header.billToAddressId =
        request.billToAddressId.isEmpty() ? QStringLiteral("000") : request.billToAddressId;
    header.shipTo = request.shipTo ? upperCased(*request.shipTo) : accountAddress();
    header.shipToAddressId = request.shipTo                      ? QString()
                             : request.shipToAddressId.isEmpty() ? QStringLiteral("200")
                                                                 : request.shipToAddressId;
    if (request.endUser)
        header.endUser = upperCased(*request.endUser);
    header.attributes = request.attributes;
    if (request.customerHold &&
        !request.attributeIsTrue(QStringLiteral("allowOrderOnCustomerHold")))
        header.attributes.append(
            {QStringLiteral("allowOrderOnCustomerHold"), QStringLiteral("true")});
    header.freightAccountNumber = request.freightAccountNumber;
    const SandboxCountry::Carrier *carrier = &country.carriers.first();
    for (const auto &candidate : country.carriers) {
        if (request.carrierCode.compare(QLatin1String(candidate.code), Qt::CaseInsensitive) == 0)
            carrier = &candidate;
    }
    header.carrierCode = QLatin1String(carrier->code);
    header.carrierName = QLatin1String(carrier->name);
    if (!request.carrierCode.isEmpty() &&
        request.carrierCode.compare(header.carrierCode, Qt::CaseInsensitive) != 0)
        header.carrierCode = header.carrierName = request.carrierCode.toUpper();

    SandboxOrder stocked = header;
    stocked.orderType = QLatin1Char('S');
    SandboxOrder direct = header;
    direct.orderType = QLatin1Char('D');

    for (const SandboxOrderRequestLine &requested : request.lines) {
        Rejected rejected;
        rejected.index = requested.index;
        rejected.customerLineNumber = requested.customerLineNumber;
        rejected.ingramPartNumber = requested.ingramPartNumber;
        rejected.vendorPartNumber = requested.vendorPartNumber;
        rejected.quantity = requested.quantity.value_or(0);
        std::shared_ptr<const SandboxProduct> product =
            !requested.ingramPartNumber.trimmed().isEmpty()
                ? SandboxCatalog::find(requested.ingramPartNumber)
                : SandboxCatalog::findByVendorPart(requested.vendorPartNumber);
        if (!product) {
            rejected.code = QStringLiteral("EN");
            rejected.reason =
                QStringLiteral("SKU-NOTFOUND    ") + (requested.ingramPartNumber.trimmed().isEmpty()
                                                          ? requested.vendorPartNumber.trimmed()
                                                          : requested.ingramPartNumber.trimmed());
            result.rejected.append(rejected);
            continue;
        }
        if (!requested.quantity || *requested.quantity <= 0) {
            rejected.code = QStringLiteral("EQ");
            rejected.reason = QStringLiteral("ERROR-INVALID-QTY");
            result.rejected.append(rejected);
            continue;
        }
        SandboxLine line;
        line.product = product;
        line.quantityOrdered = *requested.quantity;
        bool numeric = false;
        const int customerLine = requested.customerLineNumber.trimmed().toInt(&numeric);
        // The API re-sequences customer line numbers it cannot use.
        line.customerLineNumber = numeric && customerLine > 0 ? customerLine : requested.index + 1;
        line.lineNotes = requested.notes;
        line.specialBidNumber = requested.specialBidNumber.isEmpty() ? request.specialBidNumber
                                                                     : requested.specialBidNumber;
        if (!allocate(line, country, request.acceptBackOrder)) {
            rejected.code = QStringLiteral("EB");
            rejected.reason = QStringLiteral("ERROR-BACKORDER-NOT-ALLOWED");
            result.rejected.append(rejected);
            continue;
        }
        const double list = SandboxCatalog::listPrice(*product, country);
        // A requested price is honoured under a special bid, or within the usual variance.
        if (requested.unitPrice && requested.quotedPrice)
            line.unitPrice = roundMoney(*requested.unitPrice);
        else if (requested.unitPrice &&
                 (!line.specialBidNumber.isEmpty() || *requested.unitPrice >= 0.85 * list))
            line.unitPrice = roundMoney(*requested.unitPrice);
        else if (!line.specialBidNumber.isEmpty())
            line.unitPrice = roundMoney(list * 0.92);
        else
            line.unitPrice = list;
        line.taxAmount = roundMoney(line.extendedPrice() * country.taxRate);
        line.estimatedShipDate = header.orderDate.addDays(1);
        line.promisedDeliveryDate = header.orderDate.addDays(1 + carrier->transitDays);
        if (line.quantityBackOrdered > 0) {
            line.backOrderEtaDate = header.orderDate.addDays(21);
            line.estimatedShipDate = line.backOrderEtaDate;
            line.promisedDeliveryDate = line.backOrderEtaDate.addDays(carrier->transitDays);
        }
        line.status = request.customerHold           ? SandboxLineStatus::OnHold
                      : line.quantityBackOrdered > 0 ? SandboxLineStatus::Backordered
                                                     : SandboxLineStatus::InProgress;
        SandboxOrder &target = product->directShip ? direct : stocked;
        line.lineNumber = static_cast<int>(target.lines.size()) + 1;
        // One sub-order per warehouse: 11, 21, 31 in the order the warehouses come up.
        int subOrder = 0;
        for (const SandboxLine &existing : std::as_const(target.lines)) {
            if (existing.warehouseId == line.warehouseId)
                subOrder = existing.subOrder;
        }
        if (subOrder == 0)
            subOrder = 11 + 10 * static_cast<int>(target.subOrders().size());
        line.subOrder = subOrder;
        target.lines.append(line);
    }

    for (SandboxOrder *order : {&stocked, &direct}) {
        if (order->lines.isEmpty())
            continue;
        order->ingramOrderNumber = m_store->nextOrderNumber(QLatin1String(country.branch));
        double weight = 0;
        bool physical = false;
        for (const SandboxLine &line : std::as_const(order->lines)) {
            weight += line.product->unitWeight * line.quantityOrdered;
            physical = physical || !line.product->license;
        }
        if (order->orderType == QLatin1Char('S') && physical &&
            order->freightAccountNumber.isEmpty())
            order->freightCharges =
                roundMoney(qMin(250.0, 7.83 + 0.35 * weight) * country.exchangeRate);
        order->status = SandboxOrderStatus::Processing;
        refreshStatus(*order);
        if (request.customerHold)
            order->status = SandboxOrderStatus::OnHold;
        result.orders.append(*order);
    }
    return result;
}

QJsonObject SandboxOrderDesk::createdBody(const SandboxOrderRequest &request,
                                          const Placement &placement) const
{
    QJsonArray orders;
    double purchaseTotal = 0;
    for (qsizetype o = 0; o < placement.orders.size(); ++o) {
        const SandboxOrder &order = placement.orders.at(o);
        const SandboxCountry &country = SandboxCountry::forCurrency(order.currencyCode);
        QJsonArray lines;
        for (const SandboxLine &line : order.lines) {
            const auto carrier = carrierOf(order, line);
            lines.append(QJsonObject{
                {QStringLiteral("subOrderNumber"), order.subOrderNumber(line.subOrder)},
                {QStringLiteral("ingramLineNumber"), threeDigits(line.lineNumber)},
                {QStringLiteral("customerLineNumber"), QString::number(line.customerLineNumber)},
                {QStringLiteral("lineStatus"), lineStatusName(line)},
                {QStringLiteral("ingramPartNumber"), line.product->ingramPartNumber},
                {QStringLiteral("vendorPartNumber"), line.product->vendorPartNumber},
                {QStringLiteral("unitPrice"), line.unitPrice},
                {QStringLiteral("extendedUnitPrice"),
                 roundMoney(line.unitPrice * line.quantityConfirmed)},
                {QStringLiteral("quantityOrdered"), line.quantityOrdered},
                {QStringLiteral("quantityConfirmed"), line.quantityConfirmed},
                {QStringLiteral("quantityBackOrdered"), line.quantityBackOrdered},
                {QStringLiteral("specialBidNumber"), line.specialBidNumber},
                {QStringLiteral("notes"), lineNotes(line)},
                {QStringLiteral("shipmentDetails"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("carrierCode"), carrier.first},
                     {QStringLiteral("carrierName"), carrier.second},
                     {QStringLiteral("shipFromWarehouseId"), line.warehouseId},
                     {QStringLiteral("shipFromLocation"),
                      warehouseLocation(country, line.warehouseId)},
                 }}},
            });
        }
        // Rejected lines are reported with the first order, as the vendor does.
        QJsonArray rejected;
        if (o == 0) {
            for (const Rejected &line : placement.rejected) {
                QJsonObject item{
                    {QStringLiteral("customerLinenumber"), line.customerLineNumber},
                    {QStringLiteral("ingramPartNumber"), line.ingramPartNumber},
                    {QStringLiteral("quantityOrdered"), line.quantity},
                    {QStringLiteral("rejectCode"), line.code},
                    {QStringLiteral("rejectReason"), line.reason},
                };
                if (!line.vendorPartNumber.isEmpty())
                    item.insert(QStringLiteral("vendorPartNumber"), line.vendorPartNumber);
                rejected.append(item);
            }
        }
        purchaseTotal += order.total();
        orders.append(QJsonObject{
            {QStringLiteral("numberOfLinesWithSuccess"), static_cast<int>(order.lines.size())},
            {QStringLiteral("numberOfLinesWithError"), static_cast<int>(rejected.size())},
            {QStringLiteral("numberOfLinesWithWarning"), 0},
            {QStringLiteral("ingramOrderNumber"), order.ingramOrderNumber},
            {QStringLiteral("ingramOrderDate"), order.orderDate.toString(Qt::ISODate)},
            {QStringLiteral("notes"), order.notes},
            {QStringLiteral("orderType"), QString(order.orderType)},
            {QStringLiteral("orderTotal"), order.total()},
            {QStringLiteral("freightCharges"), order.freightCharges},
            {QStringLiteral("totalTax"), order.totalTax()},
            {QStringLiteral("currencyCode"), order.currencyCode},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("miscellaneousCharges"), QJsonArray()},
            {QStringLiteral("links"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("topic"), QStringLiteral("orders")},
                 {QStringLiteral("href"),
                  QString(QStringLiteral("/resellers/v6/orders/") + order.ingramOrderNumber)},
                 {QStringLiteral("type"), QStringLiteral("GET")}}}},
            {QStringLiteral("rejectedLineItems"), rejected},
        });
    }
    const SandboxOrder &first = placement.orders.first();
    QJsonObject body{
        {QStringLiteral("customerOrderNumber"), first.customerOrderNumber},
        {QStringLiteral("billToAddressId"), first.billToAddressId},
        {QStringLiteral("orderSplit"), placement.orders.size() > 1},
        {QStringLiteral("processedPartially"), !placement.rejected.isEmpty()},
        {QStringLiteral("purchaseOrderTotal"), roundMoney(purchaseTotal)},
        {QStringLiteral("resellerInfo"), QJsonObject()},
        {QStringLiteral("shipToInfo"), partyJson(*first.shipTo, first.shipToAddressId)},
        {QStringLiteral("orders"), orders},
    };
    if (!request.endCustomerOrderNumber.isEmpty())
        body.insert(QStringLiteral("endCustomerOrderNumber"), request.endCustomerOrderNumber);
    return body;
}

bool SandboxOrderDesk::canChange(const SandboxOrder &order) const
{
    return order.status == SandboxOrderStatus::OnHold && order.placedOnCustomerHold() &&
           m_clock->now() < order.placementTime().addSecs(m_holdWindowSeconds);
}

void SandboxOrderDesk::release(SandboxOrder &order)
{
    for (SandboxLine &line : order.lines) {
        if (line.status == SandboxLineStatus::OnHold)
            line.status = line.quantityBackOrdered > 0 ? SandboxLineStatus::Backordered
                                                       : SandboxLineStatus::InProgress;
    }
    order.status = SandboxOrderStatus::Processing;
    refreshStatus(order);
    m_held.removeAll(order.ingramOrderNumber);
}

void SandboxOrderDesk::cancelOrder(SandboxOrder &order, SandboxLineStatus lineStatus)
{
    for (SandboxLine &line : order.lines) {
        returnStock(line);
        line.status = lineStatus;
        line.quantityConfirmed = 0;
        line.quantityBackOrdered = 0;
    }
    order.status = SandboxOrderStatus::Cancelled;
    m_held.removeAll(order.ingramOrderNumber);
}

SandboxResponse SandboxOrderDesk::cancel(const SandboxRequestRecord &request,
                                         const QString &orderNumber)
{
    Q_UNUSED(request);
    SandboxOrder *order = m_store->editableOrder(orderNumber);
    if (!order)
        return notFound();
    if (!canChange(*order))
        return SandboxResponse::errors(405, QStringLiteral("/errors/validation-error"),
                                       cannotDeleteMessage);
    cancelOrder(*order, SandboxLineStatus::Cancelled);
    qCInfo(lcSandbox).noquote() << "order" << order->ingramOrderNumber << "cancelled";
    SandboxResponse response;
    response.status = 200;
    return response;
}

SandboxResponse SandboxOrderDesk::modify(const SandboxRequestRecord &request,
                                         const QString &orderNumber)
{
    static const QRegularExpression format(QStringLiteral("^[0-9A-Z]{2}-[0-9A-Z]{5}(-[0-9]{2})?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (!format.match(orderNumber).hasMatch())
        return validationError(
            {{QStringLiteral("OrderNumber"),
              QStringLiteral("OrderNumber must be in the format xx-xxxxx or xx-xxxxx-xx"),
              orderNumber}});
    const SandboxQuery query = SandboxQuery::parse(request.query);
    const QString action = query.value(QStringLiteral("actionCode")).trimmed();
    if (!action.isEmpty() && action.compare(QLatin1String("release"), Qt::CaseInsensitive) != 0)
        return validationError({{QStringLiteral("actionCode"),
                                 QStringLiteral("The only action code is release"), action}});

    SandboxOrder *order = m_store->editableOrder(orderNumber);
    if (!order)
        return notFound();
    if (!canChange(*order))
        return validationError({{QString(), notOnHoldMessage, QString()}});

    if (!action.isEmpty()) {
        release(*order);
        qCInfo(lcSandbox).noquote() << "order" << order->ingramOrderNumber << "released";
        SandboxResponse response;
        response.status = 200;
        return response;
    }

    QList<SandboxFieldError> errors;
    bool bindingError = false;
    SandboxJsonReader reader(false, &errors, &bindingError);
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return validationError({{QStringLiteral("body"),
                                 QStringLiteral("The request body must be a JSON object with "
                                                "lines, shipToInfo or notes"),
                                 QString::fromUtf8(request.body.left(200))}});
    const QJsonObject root = document.object();
    const bool notesGiven = root.contains(QStringLiteral("notes"));
    const QString notes = reader.text(root, QStringLiteral("notes"), QStringLiteral("notes"), 132);

    std::optional<SandboxParty> shipTo;
    if (const auto object =
            reader.object(root, QStringLiteral("shipToInfo"), QStringLiteral("shipToInfo"))) {
        const auto at = [](const char *key) -> QString {
            return QStringLiteral("shipToInfo.") + QLatin1String(key);
        };
        SandboxParty party;
        party.contact = reader.text(*object, QStringLiteral("contact"), at("contact"), 40);
        party.companyName =
            reader.text(*object, QStringLiteral("companyName"), at("companyName"), 40);
        party.addressLine1 =
            reader.text(*object, QStringLiteral("addressLine1"), at("addressLine1"), 60);
        party.addressLine2 =
            reader.text(*object, QStringLiteral("addressLine2"), at("addressLine2"), 40);
        party.addressLine3 =
            reader.text(*object, QStringLiteral("addressLine3"), at("addressLine3"), 40);
        party.city = reader.text(*object, QStringLiteral("city"), at("city"), 25);
        party.state = reader.text(*object, QStringLiteral("state"), at("state"), 3);
        party.postalCode = reader.text(*object, QStringLiteral("postalCode"), at("postalCode"), 10);
        party.countryCode =
            reader.text(*object, QStringLiteral("countryCode"), at("countryCode"), 3);
        party.phoneNumber =
            reader.text(*object, QStringLiteral("phoneNumber"), at("phoneNumber"), 30);
        party.email = reader.text(*object, QStringLiteral("email"), at("email"), 241);
        shipTo = party;
    }

    struct LineChange
    {
        int index;
        QString action;
        QString ingramLineNumber;
        QString customerLineNumber;
        QString ingramPartNumber;
        std::optional<int> quantity;
        bool quantityGiven;
        bool notesGiven;
        QString notes;
    };
    QList<LineChange> changes;
    if (const auto lines = reader.array(root, QStringLiteral("lines"), QStringLiteral("lines"))) {
        for (qsizetype i = 0; i < lines->size(); ++i) {
            const QString path = QStringLiteral("lines[%1].").arg(i);
            const QJsonObject object = lines->at(i).toObject();
            LineChange change;
            change.index = static_cast<int>(i);
            change.action = reader
                                .text(object, QStringLiteral("addUpdateDeleteLine"),
                                      path + QStringLiteral("addUpdateDeleteLine"))
                                .trimmed()
                                .toUpper();
            if (change.action != QLatin1String("ADD") && change.action != QLatin1String("UPDATE") &&
                change.action != QLatin1String("DELETE"))
                reader.fail(path + QStringLiteral("addUpdateDeleteLine"),
                            QStringLiteral("Allowed values are ADD, UPDATE and DELETE"),
                            change.action);
            change.ingramLineNumber = reader.text(object, QStringLiteral("ingramLineNumber"),
                                                  path + QStringLiteral("ingramLineNumber"), 6);
            change.customerLineNumber = reader.text(object, QStringLiteral("customerLineNumber"),
                                                    path + QStringLiteral("customerLineNumber"), 6);
            change.ingramPartNumber = reader.text(object, QStringLiteral("ingramPartNumber"),
                                                  path + QStringLiteral("ingramPartNumber"), 18);
            change.quantityGiven = object.contains(QStringLiteral("quantity"));
            change.quantity = reader.quantity(object, QStringLiteral("quantity"),
                                              path + QStringLiteral("quantity"));
            change.notesGiven = object.contains(QStringLiteral("notes"));
            change.notes =
                reader.text(object, QStringLiteral("notes"), path + QStringLiteral("notes"), 132);
            changes.append(change);
        }
    }
    if (!errors.isEmpty())
        return validationError(errors);
    if (changes.isEmpty() && !shipTo && !notesGiven)
        return validationError(
            {{QStringLiteral("lines"),
              QStringLiteral("Nothing to modify: send lines, shipToInfo or notes"), QString()}});

    const SandboxCountry &country = SandboxCountry::forCurrency(order->currencyCode);
    QJsonArray changedLines;
    QJsonArray rejected;
    int applied = 0;
    const auto findLine = [order](const QString &number) -> qsizetype {
        bool ok = false;
        const int wanted = number.trimmed().toInt(&ok);
        for (qsizetype i = 0; ok && i < order->lines.size(); ++i) {
            if (order->lines.at(i).lineNumber == wanted)
                return i;
        }
        return -1;
    };
    for (const LineChange &change : std::as_const(changes)) {
        const QString customerLine =
            change.customerLineNumber.isEmpty() ? QStringLiteral("000") : change.customerLineNumber;
        if (change.action == QLatin1String("ADD")) {
            const auto product = SandboxCatalog::find(change.ingramPartNumber);
            if (!product) {
                rejected.append(QJsonObject{
                    {QStringLiteral("customerLineNumber"), customerLine},
                    {QStringLiteral("ingramPartNumber"), change.ingramPartNumber},
                    {QStringLiteral("quantityOrdered"), change.quantity.value_or(0)},
                    {QStringLiteral("rejectCode"), QStringLiteral("EN")},
                    {QStringLiteral("rejectReason"),
                     QStringLiteral("Line Modification/ Addition for Line Number %1 Failed for "
                                    "reason : ERROR-PART-NOT-FOUNDEN")
                         .arg(customerLine)}});
                continue;
            }
            if (!change.quantity || *change.quantity <= 0) {
                rejected.append(QJsonObject{
                    {QStringLiteral("customerLineNumber"), customerLine},
                    {QStringLiteral("ingramPartNumber"), change.ingramPartNumber},
                    {QStringLiteral("rejectCode"), QStringLiteral("EQ")},
                    {QStringLiteral("rejectReason"), QStringLiteral("ERROR-INVALID-QTY")}});
                continue;
            }
            SandboxLine line;
            line.product = product;
            line.quantityOrdered = *change.quantity;
            line.customerLineNumber = change.customerLineNumber.toInt();
            line.lineNotes = change.notes;
            allocate(line, country, true);
            line.unitPrice = SandboxCatalog::listPrice(*product, country);
            line.taxAmount = roundMoney(line.extendedPrice() * country.taxRate);
            line.status = SandboxLineStatus::OnHold;
            line.estimatedShipDate = order->orderDate.addDays(1);
            if (line.quantityBackOrdered > 0)
                line.backOrderEtaDate = order->orderDate.addDays(21);
            int lineNumber = 0;
            int subOrder = 0;
            QList<int> subOrders = order->subOrders();
            for (const SandboxLine &existing : std::as_const(order->lines)) {
                lineNumber = qMax(lineNumber, existing.lineNumber);
                if (existing.warehouseId == line.warehouseId)
                    subOrder = existing.subOrder;
            }
            line.lineNumber = lineNumber + 1;
            line.subOrder =
                subOrder ? subOrder : (subOrders.isEmpty() ? 11 : subOrders.last() + 10);
            order->lines.append(line);
            changedLines.append(modifiedLineJson(*order, line));
            ++applied;
            continue;
        }
        const qsizetype at = findLine(change.ingramLineNumber);
        if (at < 0) {
            rejected.append(QJsonObject{
                {QStringLiteral("ingramLineNumber"), change.ingramLineNumber},
                {QStringLiteral("ingramPartNumber"), change.ingramPartNumber},
                {QStringLiteral("quantityOrdered"), change.quantity.value_or(0)},
                {QStringLiteral("rejectCode"), QStringLiteral("EL")},
                {QStringLiteral("rejectReason"), QStringLiteral("ERROR-LINE-NOT-FOUND")}});
            continue;
        }
        SandboxLine &line = order->lines[at];
        if (change.action == QLatin1String("DELETE")) {
            changedLines.append(QJsonObject{
                {QStringLiteral("ingramLineNumber"), threeDigits(line.lineNumber)},
                {QStringLiteral("customerLineNumber"), threeDigits(line.customerLineNumber)},
                {QStringLiteral("ingramPartNumber"), line.product->ingramPartNumber}});
            returnStock(line);
            order->lines.removeAt(at);
            ++applied;
            continue;
        }
        if (change.quantityGiven && (!change.quantity || *change.quantity <= 0)) {
            rejected.append(QJsonObject{
                {QStringLiteral("customerLineNumber"), threeDigits(line.customerLineNumber)},
                {QStringLiteral("ingramPartNumber"), line.product->ingramPartNumber},
                {QStringLiteral("rejectCode"), QStringLiteral("EQ")},
                {QStringLiteral("rejectReason"), QStringLiteral("ERROR-INVALID-QTY")}});
            continue;
        }
        if (change.quantity) {
            returnStock(line);
            line.quantityOrdered = *change.quantity;
            // The line stays in its warehouse and sub-order; what it lacks there backorders.
            const int available =
                line.product->license || line.product->directShip || line.warehouseId.isEmpty()
                    ? line.quantityOrdered
                    : qMin(line.quantityOrdered, m_catalog.stock(*line.product, line.warehouseId));
            line.quantityConfirmed = available;
            line.quantityBackOrdered = line.quantityOrdered - available;
            if (!line.warehouseId.isEmpty() && !line.product->license && !line.product->directShip)
                m_catalog.take(*line.product, line.warehouseId, available);
            line.backOrderEtaDate =
                line.quantityBackOrdered > 0 ? order->orderDate.addDays(21) : QDate();
            line.taxAmount = roundMoney(line.extendedPrice() * country.taxRate);
        }
        if (change.notesGiven)
            line.lineNotes = change.notes;
        changedLines.append(modifiedLineJson(*order, line));
        ++applied;
    }
    if (notesGiven) {
        order->notes = notes;
        ++applied;
    }
    bool addressRejected = false;
    if (shipTo) {
        if (deliverable(*shipTo)) {
            order->shipTo = upperCased(*shipTo);
            order->shipToAddressId.clear();
            ++applied;
        } else {
            addressRejected = true;
        }
    }
    m_store->indexSubOrders(order->ingramOrderNumber);

    if (addressRejected && applied == 0 && rejected.isEmpty())
        return validationError(
            {{QStringLiteral("shipToAddress"), invalidAddressMessage, QString()}});

    const QDateTime modified = m_clock->now().toOffsetFromUtc(order->utcOffsetSeconds);
    QJsonObject body{
        {QStringLiteral("ingramOrderNumber"), order->ingramOrderNumber},
        {QStringLiteral("orderModifiedDate"), modified.toString(Qt::ISODateWithMs)},
        {QStringLiteral("customerOrderNumber"), order->customerOrderNumber},
        {QStringLiteral("orderTotal"), order->total()},
        {QStringLiteral("orderSubTotal"), order->subTotal()},
        {QStringLiteral("freightCharges"), order->freightCharges},
        {QStringLiteral("totalTax"), order->totalTax()},
        {QStringLiteral("orderStatus"), orderStatusName(*order)},
        {QStringLiteral("billToAddressId"),
         order->billToAddressId.isEmpty() ? QStringLiteral("000") : order->billToAddressId},
        {QStringLiteral("lines"), changedLines},
        {QStringLiteral("rejectedLineItems"), rejected},
    };
    if (!order->endCustomerOrderNumber.isEmpty())
        body.insert(QStringLiteral("endCustomerOrderNumber"), order->endCustomerOrderNumber);
    if (notesGiven)
        body.insert(QStringLiteral("notes"), order->notes);
    if (shipTo && !addressRejected)
        body.insert(QStringLiteral("shipToInfo"), partyJson(*order->shipTo));
    int status = 201;
    if (addressRejected) {
        body.insert(QStringLiteral("changeDescription"), invalidAddressChange);
        status = 207;
    } else if (!rejected.isEmpty()) {
        status = 200;
    }
    qCInfo(lcSandbox).noquote() << "order" << order->ingramOrderNumber << "modified:" << applied
                                << "change(s)," << rejected.size() << "rejected line(s)"
                                << (addressRejected ? "and the address rejected" : "");
    return SandboxResponse::json(status, body);
}
