#include "sandbox/sandboxdatagenerator.h"

#include "sandbox/sandboxcatalog.h"

#include <cmath>

namespace {
constexpr int countryCount = SandboxCountry::Count;
constexpr int countryWeights[countryCount] = {70, 12, 9, 6, 3};

const char *const companyFirst[] = {
    "ASBURY",    "NORTHWIND", "BLUE RIVER", "SUMMIT",   "PINECREST", "LAKESIDE",
    "IRONWOOD",  "REDSTONE",  "CEDAR",      "HARBOR",   "MAPLE",     "SILVERLINE",
    "GRANITE",   "EVERGREEN", "FAIRVIEW",   "OAKRIDGE", "BRIGHTON",  "CRESTVIEW",
    "RIVERSIDE", "STERLING",  "HIGHLAND",   "PIONEER",  "LIBERTY",   "MERIDIAN",
    "ATLAS",     "VERTEX",    "HORIZON",    "KEYSTONE", "WESTFIELD", "ABC"};
const char *const companySecond[] = {
    "METHODIST CHURCH", "DENTAL GROUP",      "LOGISTICS",     "ENGINEERING",  "LAW OFFICES",
    "MEDICAL CENTER",   "SCHOOL DISTRICT",   "MANUFACTURING", "CREDIT UNION", "ARCHITECTS",
    "HOTEL GROUP",      "CONSTRUCTION",      "TECHNOLOGIES",  "VETERINARY",   "FOODS",
    "ACCOUNTING",       "COMMUNITY COLLEGE", "PROPERTIES",    "ENERGY",       "PHARMACY"};
const char *const companySuffix[] = {"", " INC", " LLC", " LTD", " CORP", " CO", "", " GROUP"};
const char *const firstNames[] = {"RALPH",  "MARIA", "JON",   "PRIYA", "KEVIN", "ANNA",
                                  "DAVID",  "SOFIA", "MIKE",  "LINDA", "OMAR",  "CHLOE",
                                  "STEVEN", "YUKI",  "PETER", "GRACE", "LUCAS", "NORA"};
const char *const lastNames[] = {"BIZZELL", "HAWKINS", "MORGAN", "NGUYEN",   "SCHMIDT", "PATEL",
                                 "OKAFOR",  "BROWN",   "MILLER", "ROSSI",    "TANAKA",  "WALSH",
                                 "GARCIA",  "FISCHER", "KOVACS", "LINDQVIST"};
const char *const streets[] = {"MAIN ST",     "OAK AVE",        "COMMERCE DR", "INDUSTRIAL PKWY",
                               "MARKET ST",   "PARK BLVD",      "HIGH ST",     "RIVER RD",
                               "CENTRAL AVE", "TECHNOLOGY WAY", "HARBOR DR",   "ELM ST"};
const char *const paymentTerms[] = {"NET 30 DAYS", "NET 30 DAYS", "NET 20 DAYS", "NET 45 DAYS",
                                    "NET 60 DAYS"};

template<typename T, std::size_t N>
constexpr int count(const T (&)[N])
{
    return static_cast<int>(N);
}

quint64 scramble(quint64 value, quint64 modulus, quint64 multiplier, quint64 offset)
{
    // An affine map with a multiplier coprime to the modulus is a bijection: unique numbers that
    // do not look sequential.
    return (value % modulus * multiplier + offset) % modulus;
}

double roundMoney(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QString digits(quint64 value, int width)
{
    return QString::number(value).rightJustified(width, QLatin1Char('0'), true);
}

} // namespace

QString SandboxDataGenerator::orderNumber(quint64 seed, quint64 index, const QString &branch)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    quint64 value = scramble(index, 60466176ULL, 48271ULL, 16796160ULL + seed % 1000003ULL);
    QString text(5, QLatin1Char('0'));
    for (int i = 4; i >= 0; --i) {
        text[i] = QLatin1Char(alphabet[value % 36]);
        value /= 36;
    }
    return branch % QLatin1Char('-') % text;
}

SandboxDataGenerator::SandboxDataGenerator(quint64 seed, QDate referenceDate)
    : m_seed(seed)
    , m_today(referenceDate.isValid() ? referenceDate : QDate::currentDate())
{
    const quint32 words[2] = {static_cast<quint32>(seed), static_cast<quint32>(seed >> 32)};
    m_rng = QRandomGenerator(words, 2);
}

int SandboxDataGenerator::bounded(int lowest, int highest)
{
    return lowest + static_cast<int>(m_rng.bounded(static_cast<quint32>(highest - lowest + 1)));
}

bool SandboxDataGenerator::chance(double probability)
{
    return m_rng.generateDouble() < probability;
}

QString SandboxDataGenerator::base36(quint64 value, int width) const
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QString text(width, QLatin1Char('0'));
    for (int i = width - 1; i >= 0; --i) {
        text[i] = QLatin1Char(alphabet[value % 36]);
        value /= 36;
    }
    return text;
}

namespace {
constexpr int ProgressStep = 500;
} // namespace

std::vector<SandboxOrder> SandboxDataGenerator::generate(int count, const Progress &progress)
{
    for (auto &pool : m_endUsers)
        pool.clear();
    for (int c = 0; c < countryCount; ++c) {
        const int poolSize = c == 0 ? 120 : 30;
        for (int i = 0; i < poolSize; ++i)
            m_endUsers[c].append(makeEndUser(SandboxCountry::table()[c]));
    }
    std::vector<SandboxOrder> orders;
    orders.reserve(static_cast<std::size_t>(qMax(0, count)));
    for (int i = 0; i < count; ++i) {
        if (progress && i % ProgressStep == 0 && !progress(i))
            return orders;
        orders.push_back(makeOrder(i));
    }
    return orders;
}

std::shared_ptr<const SandboxParty> SandboxDataGenerator::makeEndUser(const Country &country)
{
    auto party = std::make_shared<SandboxParty>();
    party->companyName = QLatin1String(companyFirst[bounded(0, count(companyFirst) - 1)]) %
                         QLatin1Char(' ') %
                         QLatin1String(companySecond[bounded(0, count(companySecond) - 1)]) %
                         QLatin1String(companySuffix[bounded(0, count(companySuffix) - 1)]);
    const QString first = QLatin1String(firstNames[bounded(0, count(firstNames) - 1)]);
    const QString last = QLatin1String(lastNames[bounded(0, count(lastNames) - 1)]);
    party->contact = first % QLatin1Char(' ') % last;
    party->addressLine1 = QString::number(bounded(10, 9800)) % QLatin1Char(' ') %
                          QLatin1String(streets[bounded(0, count(streets) - 1)]);
    party->addressLine2 =
        chance(0.3) ? QStringLiteral("SUITE ") + QString::number(bounded(100, 950)) : QString();
    const auto &city = country.cities.at(bounded(0, static_cast<int>(country.cities.size()) - 1));
    party->city = QLatin1String(city[0]);
    party->state = QLatin1String(city[1]);
    party->postalCode = QLatin1String(city[2]);
    party->countryCode = QLatin1String(country.code);
    party->phoneNumber = QLatin1String(country.phonePrefix) + digits(m_rng.generate64(), 10);
    QString domain = party->companyName.toLower();
    domain.remove(QLatin1Char(' '));
    party->email = first.toLower() % QLatin1Char('.') % last.toLower() % QLatin1Char('@') % domain %
                   QLatin1String(country.emailDomainSuffix);
    return party;
}

const SandboxCountry &SandboxDataGenerator::countryOf(const SandboxOrder &order) const
{
    return SandboxCountry::forCurrency(order.currencyCode);
}

SandboxOrderStatus SandboxDataGenerator::pickStatus(int ageDays)
{
    // Recent orders are still moving; old ones have mostly shipped, been delivered or cancelled.
    static const int recent[] = {40, 15, 15, 5, 17, 0, 8};
    static const int middle[] = {10, 8, 14, 12, 44, 6, 6};
    static const int old[] = {1, 1, 3, 3, 52, 32, 8};
    const int *weights = ageDays < 3 ? recent : ageDays < 21 ? middle : old;
    int total = 0;
    for (int i = 0; i < SandboxStatus::OrderStatusCount; ++i)
        total += weights[i];
    int roll = bounded(0, total - 1);
    for (int i = 0; i < SandboxStatus::OrderStatusCount; ++i) {
        if (roll < weights[i])
            return static_cast<SandboxOrderStatus>(i);
        roll -= weights[i];
    }
    return SandboxOrderStatus::Shipped;
}

SandboxOrder SandboxDataGenerator::makeOrder(int index)
{
    SandboxOrder order;
    int roll = bounded(0, 99);
    int countryIndex = 0;
    while (roll >= countryWeights[countryIndex]) {
        roll -= countryWeights[countryIndex];
        ++countryIndex;
    }
    const Country &country = SandboxCountry::table()[countryIndex];
    order.ingramOrderNumber =
        orderNumber(m_seed, static_cast<quint64>(index), QLatin1String(country.branch));

    // A sixth of the orders fall in the last twenty days, the window search returns without a
    // filter; the rest spread over thirteen months.
    const int ageDays = chance(0.16) ? bounded(0, 19) : bounded(0, 395);
    order.orderDate = m_today.addDays(-ageDays);
    order.orderTimeSeconds = bounded(6 * 3600, 20 * 3600);
    order.utcOffsetSeconds = country.utcOffsetSeconds;
    order.currencyCode = QLatin1String(country.currency);
    order.orderType = chance(0.25) ? QLatin1Char('D') : QLatin1Char('S');

    switch (bounded(0, 2)) {
    case 0:
        order.customerOrderNumber =
            QStringLiteral("PO-") % QString::number(order.orderDate.year() % 100) %
            QLatin1Char('-') % digits(scramble(index, 1000000, 7919, 104729), 6);
        break;
    case 1:
        order.customerOrderNumber =
            QStringLiteral("45") % digits(scramble(index, 100000000, 15485863, 2750159), 8);
        break;
    default:
        order.customerOrderNumber =
            QStringLiteral("RD") % base36(scramble(index, 2176782336ULL, 86028121, 179424673), 6);
        break;
    }
    if (chance(0.5))
        order.endCustomerOrderNumber =
            QStringLiteral("EU-") % digits(scramble(index, 1000000, 1299709, 611953), 6);
    order.webOrderId = digits(scramble(index, 100000000, 4256233, 93455594), 8);
    order.ingramPurchaseOrderNumber =
        QString::number(bounded(10, 99)) % base36(m_rng.generate64(), 5);
    if (order.orderType == QLatin1Char('D'))
        order.vendorSalesOrderNumber = digits(scramble(index, 1000000000, 982451653, 114945339), 9);
    order.paymentTerms = QLatin1String(paymentTerms[bounded(0, count(paymentTerms) - 1)]);

    if (!m_billTo) {
        auto billTo = std::make_shared<SandboxParty>();
        billTo->contact = QStringLiteral("ACCOUNTS PAYABLE");
        billTo->companyName = QStringLiteral("RESELLERDESK DEMO ACCOUNT");
        billTo->addressLine1 = QStringLiteral("1759 WEHRLE DR");
        billTo->city = QStringLiteral("WILLIAMSVILLE");
        billTo->state = QStringLiteral("NY");
        billTo->postalCode = QStringLiteral("142210000");
        billTo->countryCode = QStringLiteral("US");
        billTo->phoneNumber = QStringLiteral("8286674626");
        billTo->email = QStringLiteral("ap@resellerdesk.example");
        m_billTo = billTo;
    }
    order.billTo = m_billTo;

    order.endUser = pick(m_endUsers[countryIndex]);
    order.shipTo = order.endUser;
    if (chance(0.35)) {
        auto reseller = std::make_shared<SandboxParty>(*order.endUser);
        reseller->companyName = QStringLiteral("RESELLERDESK DEMO WAREHOUSE");
        reseller->contact = QStringLiteral("RECEIVING DOCK");
        reseller->addressLine2 = QStringLiteral("ATTN RECEIVING");
        order.shipTo = reseller;
    }
    if (order.orderType == QLatin1Char('D')) {
        order.notes = QStringLiteral("********* DIRECT SHIP INFO ******** || ") %
                      order.endUser->email.toUpper() % QStringLiteral(" || EU-CNT-PH #") %
                      order.endUser->phoneNumber;
    } else if (chance(0.2)) {
        order.notes = chance(0.5) ? QStringLiteral("PLEASE DELIVER TO LOADING DOCK")
                                  : QStringLiteral("CALL BEFORE DELIVERY");
    }

    const int lineRoll = bounded(0, 99);
    const int lineCount = lineRoll < 40 ? 1 : lineRoll < 75 ? bounded(2, 3) : bounded(4, 8);
    const bool split = lineCount > 1 && chance(0.3);
    const auto &products = SandboxCatalog::products();
    for (int l = 0; l < lineCount; ++l) {
        SandboxLine line;
        line.product = pick(products);
        line.lineNumber = l + 1;
        line.customerLineNumber = l + 1;
        line.subOrder = split ? 11 + 10 * bounded(0, qMin(2, lineCount - 1)) : 11;
        const bool bulk = (line.product->unitPrice < 150 && line.product->serialPrefix.isEmpty()) ||
                          line.product->license;
        line.quantityOrdered = bulk ? bounded(1, 50) : (chance(0.6) ? 1 : bounded(2, 12));
        line.unitPrice = roundMoney(line.product->unitPrice * country.exchangeRate *
                                    (0.88 + 0.15 * m_rng.generateDouble()));
        line.taxAmount = roundMoney(line.extendedPrice() * country.taxRate);
        line.statusSpelling = bounded(0, SandboxStatus::LineSpellingCount - 1);
        if (order.orderType == QLatin1Char('D'))
            line.vendorSalesOrderLineNumber = digits(10 * (l + 1), 6);
        if (chance(0.15))
            line.specialBidNumber = QString::number(bounded(1000, 9999)) %
                                    QLatin1Char(static_cast<char>('A' + bounded(0, 5)));
        if (chance(0.2))
            line.requestedDeliveryDate = order.orderDate.addDays(bounded(3, 14));
        if (chance(0.15))
            line.lineNotes = QStringLiteral("EU#- ") %
                             digits(scramble(index * 10 + l, 1000000000, 39916801, 1837114), 9) %
                             QLatin1Char(' ') % order.endUser->companyName;
        if (line.product->license) {
            auto contract = std::make_shared<SandboxServiceContract>();
            contract->contractNumber =
                digits(scramble(index * 10 + l, 1000000000, 2147483647, 205004823), 9);
            contract->contractDescription = line.product->description;
            contract->contractStatus = QStringLiteral("ACTIVE");
            contract->startDate = order.orderDate.addDays(2);
            contract->termYears = chance(0.7) ? 1 : 3;
            contract->endDate = contract->startDate.addYears(contract->termYears).addDays(-1);
            contract->subscriptionId = QStringLiteral("SUB-") % base36(m_rng.generate64(), 10);
            contract->billingModel = chance(0.6) ? QStringLiteral("YEAR") : QStringLiteral("MONTH");
            for (int k = 0; k < qMin(line.quantityOrdered, 3); ++k)
                contract->licenseNumbers.append(base36(m_rng.generate64(), 11));
            line.serviceContract = contract;
        }
        order.lines.append(line);
    }
    std::sort(
        order.lines.begin(), order.lines.end(), [](const SandboxLine &a, const SandboxLine &b) {
            return a.subOrder != b.subOrder ? a.subOrder < b.subOrder : a.lineNumber < b.lineNumber;
        });

    if (chance(0.3))
        order.freightCharges = roundMoney(bounded(1500, 15000) / 100.0 * country.exchangeRate);
    if (chance(0.2)) {
        SandboxMiscCharge charge;
        charge.subOrder = order.lines.first().subOrder;
        if (qstrcmp(country.code, "CA") == 0) {
            charge.reference = QStringLiteral("885");
            charge.description = QStringLiteral("RECYCLING FEE BC");
            charge.amount = roundMoney(bounded(150, 2500) / 100.0);
        } else if (qstrcmp(country.code, "US") == 0) {
            charge.reference = QStringLiteral("EWF");
            charge.description = QStringLiteral("STATE ELECTRONIC WASTE FEE");
            charge.amount = roundMoney(bounded(300, 1500) / 100.0);
        } else {
            charge.reference = QStringLiteral("WEEE");
            charge.description = QStringLiteral("WEEE DISPOSAL CONTRIBUTION");
            charge.amount = roundMoney(bounded(50, 900) / 100.0);
        }
        order.miscCharges.append(charge);
    }

    SandboxOrderStatus status = pickStatus(ageDays);
    if (status == SandboxOrderStatus::OnHold)
        order.attributes.append(
            {QStringLiteral("allowOrderOnCustomerHold"), QStringLiteral("true")});
    if (chance(0.1))
        order.attributes.append(
            {QStringLiteral("additional description"), QStringLiteral("EXPORT RESTR SW")});
    applyStatus(order, status);
    return order;
}

QString SandboxDataGenerator::trackingNumber(const Carrier &carrier, QString *url)
{
    const quint64 n = ++m_trackingCounter + (m_seed % 9973) * 1000003ULL;
    QString number;
    switch (carrier.format) {
    case Carrier::Ups:
        number = QStringLiteral("1ZA4F9370") % QString::number(n % 3) %
                 digits(scramble(n, 100000000ULL, 982451653ULL, 7), 8);
        *url = QStringLiteral("https://www.ups.com/track?loc=en_US&tracknum=") + number;
        break;
    case Carrier::FedEx:
        number = digits(scramble(n, 1000000000000ULL, 2750159ULL, 390064340282ULL), 12);
        *url = QStringLiteral("https://www.fedex.com/fedextrack/?trknbr=") + number;
        break;
    case Carrier::Usps:
        number = QStringLiteral("9400111") %
                 digits(scramble(n, 1000000000000000ULL, 104729ULL, 899ULL), 15);
        *url = QStringLiteral("https://tools.usps.com/go/TrackConfirmAction?tLabels=") + number;
        break;
    case Carrier::Purolator:
        number = QStringLiteral("3") % digits(scramble(n, 100000000000ULL, 15485863ULL, 11ULL), 11);
        *url = QStringLiteral("https://www.purolator.com/en/shipping/tracker?pin=") + number;
        break;
    case Carrier::CanadaPost:
        number =
            QStringLiteral("7023") % digits(scramble(n, 1000000000000ULL, 86028121ULL, 5ULL), 12);
        *url =
            QStringLiteral("https://www.canadapost-postescanada.ca/track-reperage/en#/details/") +
            number;
        break;
    case Carrier::Dhl:
        number = QStringLiteral("00340434") %
                 digits(scramble(n, 1000000000000ULL, 32452843ULL, 3ULL), 12);
        *url = QStringLiteral("https://www.dhl.com/de-en/home/tracking.html?tracking-id=") + number;
        break;
    case Carrier::Dpd:
        number =
            QStringLiteral("0") % digits(scramble(n, 10000000000000ULL, 49979687ULL, 17ULL), 13);
        *url = QStringLiteral("https://tracking.dpd.de/status/en_US/parcel/") + number;
        break;
    case Carrier::RoyalMail:
        number = QStringLiteral("TT") % digits(scramble(n, 1000000000ULL, 67867967ULL, 1ULL), 9) %
                 QStringLiteral("GB");
        *url =
            QStringLiteral("https://www.royalmail.com/track-your-item#/tracking-results/") + number;
        break;
    case Carrier::StarTrack:
        number = QStringLiteral("2JD") % digits(scramble(n, 10000000ULL, 4256233ULL, 9ULL), 7);
        *url = QStringLiteral("https://startrack.com.au/track/details/") + number;
        break;
    case Carrier::AusPost:
        number =
            QStringLiteral("33XYZ") % digits(scramble(n, 10000000000ULL, 179424673ULL, 3ULL), 10);
        *url = QStringLiteral("https://auspost.com.au/mypost/track/details/") + number;
        break;
    }
    return number;
}

QString SandboxDataGenerator::serialNumber(const SandboxProduct &product)
{
    const quint64 n = ++m_serialCounter + (m_seed % 7919) * 10000019ULL;
    if (product.serialPrefix == QLatin1String("#")) // Dell service tags: seven characters
        return base36(scramble(n, 78364164096ULL, 2147483647ULL, 1234567ULL), 7);
    return product.serialPrefix + base36(scramble(n, 2821109907456ULL, 2147483647ULL, 99991ULL), 8);
}

void SandboxDataGenerator::applyStatus(SandboxOrder &order, SandboxOrderStatus status,
                                       bool invoiced)
{
    const Country &country = countryOf(order);
    const QDate orderDay = order.orderDate;
    const int age = static_cast<int>(orderDay.daysTo(m_today));
    order.status = status;

    // What ships, and what is held back, is decided per sub-order: lines of one sub-order travel
    // together in the same boxes.
    const QList<int> subOrders = order.subOrders();
    if (status == SandboxOrderStatus::PartiallyShipped && subOrders.size() < 2 &&
        order.lines.size() == 1 && order.lines.first().quantityOrdered < 2) {
        order.lines.first().quantityOrdered = 2;
        order.lines.first().taxAmount =
            roundMoney(order.lines.first().extendedPrice() * country.taxRate);
    }

    struct SubOrderShipment
    {
        const Carrier *carrier = nullptr;
        QString deliveryNumber;
        QDate shippedDate;
        QDate deliveredDate;
        QDate estimatedDelivery;
        QPair<const char *, const char *> warehouse;
        QStringList tracking;
        QStringList trackingUrls;
    };
    // At most three sub-orders: a short vector beats a hash here, and this runs 100,000 times.
    std::vector<std::pair<int, SubOrderShipment>> shipments;
    const auto shipmentFor = [&](int subOrder, bool delivered) -> SubOrderShipment & {
        for (auto &entry : shipments) {
            if (entry.first == subOrder)
                return entry.second;
        }
        SubOrderShipment s;
        s.carrier = &country.carriers.at(bounded(0, static_cast<int>(country.carriers.size()) - 1));
        s.warehouse =
            country.warehouses.at(bounded(0, static_cast<int>(country.warehouses.size()) - 1));
        s.deliveryNumber =
            digits(8000000000ULL + (++m_deliveryCounter) * 7919ULL + m_seed % 997, 10);
        s.shippedDate = orderDay.addDays(qMin(age, bounded(0, 3)));
        s.estimatedDelivery = s.shippedDate.addDays(s.carrier->transitDays);
        if (delivered || s.estimatedDelivery < m_today)
            s.deliveredDate =
                qMin(s.estimatedDelivery.addDays(bounded(-1, 1) < 0 ? 0 : bounded(0, 1)), m_today);
        if (s.deliveredDate.isValid() && s.deliveredDate < s.shippedDate)
            s.deliveredDate = s.shippedDate;
        const int boxes = chance(0.75) ? 1 : bounded(2, 3);
        for (int b = 0; b < boxes; ++b) {
            QString url;
            s.tracking.append(trackingNumber(*s.carrier, &url));
            s.trackingUrls.append(url);
        }
        shipments.emplace_back(subOrder, std::move(s));
        return shipments.back().second;
    };

    int lineIndex = 0;
    for (SandboxLine &line : order.lines) {
        ++lineIndex;
        line.shipments.clear();
        line.backOrderEtaDate = QDate();
        line.quantityBackOrdered = 0;
        line.quantityConfirmed = line.quantityOrdered;
        line.estimatedShipDate = qMax(orderDay.addDays(1), m_today.addDays(bounded(1, 3)));
        line.promisedDeliveryDate = line.estimatedShipDate.addDays(bounded(2, 5));

        SandboxLineStatus lineStatus = SandboxLineStatus::InProgress;
        int shipQuantity = 0;
        switch (status) {
        case SandboxOrderStatus::Processing:
            break;
        case SandboxOrderStatus::OnHold:
            lineStatus = SandboxLineStatus::OnHold;
            break;
        case SandboxOrderStatus::Backordered:
            if (lineIndex == 1 || chance(0.5))
                lineStatus = SandboxLineStatus::Backordered;
            break;
        case SandboxOrderStatus::PartiallyShipped:
            if (subOrders.size() >= 2) {
                if (line.subOrder == subOrders.first()) {
                    lineStatus = SandboxLineStatus::Shipped;
                    shipQuantity = line.quantityOrdered;
                } else {
                    lineStatus = SandboxLineStatus::Backordered;
                }
            } else if (lineIndex == 1) {
                // One sub-order: the first line ships in part, the rest waits.
                lineStatus = SandboxLineStatus::Backordered;
                shipQuantity = qMax(1, line.quantityOrdered / 2);
            } else {
                lineStatus =
                    chance(0.5) ? SandboxLineStatus::Shipped : SandboxLineStatus::Backordered;
                shipQuantity = lineStatus == SandboxLineStatus::Shipped ? line.quantityOrdered : 0;
            }
            break;
        case SandboxOrderStatus::Shipped:
            lineStatus = SandboxLineStatus::Shipped;
            shipQuantity = line.quantityOrdered;
            break;
        case SandboxOrderStatus::Delivered:
            lineStatus = SandboxLineStatus::Delivered;
            shipQuantity = line.quantityOrdered;
            break;
        case SandboxOrderStatus::Cancelled:
            lineStatus = SandboxLineStatus::Cancelled;
            line.quantityConfirmed = 0;
            break;
        }
        line.status = lineStatus;

        if (lineStatus == SandboxLineStatus::Backordered) {
            line.quantityBackOrdered = line.quantityOrdered - shipQuantity;
            line.quantityConfirmed = shipQuantity;
            line.backOrderEtaDate = m_today.addDays(bounded(5, 45));
            line.estimatedShipDate = line.backOrderEtaDate;
            line.promisedDeliveryDate = line.backOrderEtaDate.addDays(bounded(2, 5));
        }
        if (shipQuantity == 0)
            continue;

        SubOrderShipment &s = shipmentFor(line.subOrder, status == SandboxOrderStatus::Delivered);
        line.estimatedShipDate = s.shippedDate;
        line.promisedDeliveryDate = s.estimatedDelivery;
        SandboxShipment shipment;
        shipment.quantity = shipQuantity;
        shipment.deliveryNumber = s.deliveryNumber;
        shipment.estimatedShipDate = s.shippedDate;
        shipment.shippedDate = s.shippedDate;
        shipment.estimatedDeliveryDate = s.estimatedDelivery;
        shipment.shipFromWarehouseId = QLatin1String(s.warehouse.first);
        shipment.shipFromLocation = QLatin1String(s.warehouse.second);
        if (invoiced || s.shippedDate < m_today) {
            shipment.invoiceNumber = order.ingramOrderNumber;
            shipment.invoiceNumber.remove(QLatin1Char('-'));
            shipment.invoiceNumber += QString::number(line.subOrder);
            shipment.invoiceDate = s.shippedDate;
        }
        SandboxCarrierShipment carrier;
        carrier.quantity = shipQuantity;
        carrier.shippedDate = s.shippedDate;
        carrier.carrierPickupDate = s.shippedDate;
        carrier.estimatedDeliveryDate = s.estimatedDelivery;
        if (line.product->license) {
            // Licences are delivered by e-mail: the vendor's "virtual" carrier, no boxes.
            carrier.carrierCode = QStringLiteral("VL");
            carrier.carrierName = QStringLiteral("VIRTUAL");
            carrier.deliveredDate = s.shippedDate;
        } else {
            carrier.carrierCode = QLatin1String(s.carrier->code);
            carrier.carrierName = QLatin1String(s.carrier->name);
            carrier.deliveredDate = s.deliveredDate;
            const int boxes = static_cast<int>(s.tracking.size());
            int remaining = shipQuantity;
            for (int b = 0; b < boxes && remaining > 0; ++b) {
                SandboxPackage package;
                package.trackingNumber = s.tracking.at(b);
                package.trackingUrl = s.trackingUrls.at(b);
                package.cartonNumber = b + 1;
                package.quantityInBox = b == boxes - 1 ? remaining : qMax(1, shipQuantity / boxes);
                remaining -= package.quantityInBox;
                package.packageWeight =
                    std::round((line.product->unitWeight * package.quantityInBox + 0.4) * 10) / 10;
                if (!line.product->serialPrefix.isEmpty()) {
                    for (int k = 0; k < qMin(package.quantityInBox, 12); ++k)
                        package.serialNumbers.append(serialNumber(*line.product));
                }
                carrier.packages.append(package);
            }
        }
        shipment.carriers.append(carrier);
        line.shipments.append(shipment);
    }
}
