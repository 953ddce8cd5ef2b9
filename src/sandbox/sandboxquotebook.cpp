#include "sandbox/sandboxquotebook.h"

#include "sandbox/sandboxcatalog.h"

#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace {

double roundMoney(double value)
{
    return std::round(value * 100.0) / 100.0;
}

// The vendor's standard texts; the API says they must be shown with the quote's details.
QString introPreamble(const QString &quoteNumber)
{
    return QStringLiteral(
               "Thank you for contacting Ingram Micro. We value your business greatly and will "
               "continue to deliver the services you need to retain it. This quote is not "
               "intended to represent the entire conversation; only what was relevant to the "
               "solution you requested. Please review this quote fully to ensure it reflects all "
               "of your required specifications. Call reference # %1: to ensure fastest and most "
               "accurate processing of your order, please provide the quote number at the time "
               "of purchase.")
        .arg(quoteNumber);
}

QString purchaseInstructions()
{
    return QStringLiteral(
        "For specific pricing and to order the above products, you may\r\n"
        "  \u2022 order through the Reseller API with this quote number\r\n"
        "  \u2022 call the Ingram Micro Sales department at 1.800.456.8000\r\n"
        "Please have ready: your PO number, the end user, shipping instructions, the end user PO "
        "number and any end user license, contract or authorization number.\r\n"
        "Thank you for your order!");
}

QString legalTerms()
{
    return QStringLiteral(
        "This offer to sell the listed product(s) is subject to product availability and Ingram "
        "Micro's standard terms and conditions that are published on http://www.ingrammicro.com; "
        "prices are subject to change without notice.\r\nPlease contact the Ingram Micro Sales "
        "desk at 1.800.456.8000 if you have any additional questions.");
}

struct EndUserRow
{
    const char *company;
    const char *contact;
    const char *street;
    const char *city;
    const char *state;
    const char *postalCode;
    const char *email;
};

const EndUserRow endUsers[] = {
    {"JD ENTERPRISES", "JOHN DOE", "200 PARK AVE", "NEW YORK", "NY", "10166", "jd@jd.example"},
    {"NORTHWIND TRADERS", "NANCY DAVOLIO", "507 20TH AVE E", "SEATTLE", "WA", "98122",
     "nancy@northwind.example"},
    {"CONTOSO HEALTH", "ADELE VANCE", "1 MICROSOFT WAY", "REDMOND", "WA", "98052",
     "adele@contoso.example"},
    {"FABRIKAM SCHOOLS", "ALEX WILBER", "4200 N MAIN ST", "DAYTON", "OH", "45405",
     "alex@fabrikam.example"},
    {"TAILSPIN LOGISTICS", "MEGAN BOWEN", "9800 AIRPORT BLVD", "HOUSTON", "TX", "77061",
     "megan@tailspin.example"},
    {"LITWARE LAW LLP", "DIEGO SICILIANI", "77 W WACKER DR", "CHICAGO", "IL", "60601",
     "diego@litware.example"},
    {"ADVENTURE WORKS", "LEE GU", "1 ADVENTURE WAY", "DENVER", "CO", "80202",
     "lee@adventure.example"},
    {"WINGTIP CLINICS", "PATTI FERNANDEZ", "350 MISSION ST", "SAN FRANCISCO", "CA", "94105",
     "patti@wingtip.example"},
};

SandboxParty endUserParty(const EndUserRow &row)
{
    SandboxParty party;
    party.companyName = QLatin1String(row.company);
    party.contact = QLatin1String(row.contact);
    party.addressLine1 = QLatin1String(row.street);
    party.city = QLatin1String(row.city);
    party.state = QLatin1String(row.state);
    party.postalCode = QLatin1String(row.postalCode);
    party.countryCode = QStringLiteral("US");
    party.email = QLatin1String(row.email);
    party.phoneNumber = QStringLiteral("8005550100");
    return party;
}

struct VendorRow
{
    const char *name;   // as quotes name the vendor
    const char *prefix; // of the catalog's vendor names
    // 0: no vendor fields, 1: header fields, 2: line fields (configure to order)
    int fields;
};

const VendorRow vendors[] = {
    {"Cisco", "CISCO", 2},     {"HPE", "HPE", 1},           {"Dell", "DELL", 2},
    {"HP Inc", "HP INC", 0},   {"Lenovo", "LENOVO", 0},     {"Fortinet", "FORTINET", 1},
    {"Apple", "APPLE", 0},     {"Logitech", "LOGITECH", 0}, {"Microsoft", "MICROSOFT", 1},
    {"Samsung", "SAMSUNG", 0},
};

QList<std::shared_ptr<const SandboxProduct>> productsOf(const QString &prefix)
{
    QList<std::shared_ptr<const SandboxProduct>> found;
    for (const auto &product : SandboxCatalog::products()) {
        if (product->vendorName.startsWith(prefix, Qt::CaseInsensitive) &&
            !product->alwaysBackordered && !product->directShip)
            found.append(product);
    }
    return found;
}

SandboxQuoteLine makeLine(const std::shared_ptr<const SandboxProduct> &product,
                          const QString &lineNumber, int quantity, double discount)
{
    SandboxQuoteLine line;
    line.product = product;
    line.lineNumber = lineNumber;
    line.quantity = quantity;
    line.msrp = product->unitPrice;
    line.quotePrice = roundMoney(product->unitPrice * (1.0 - discount));
    line.productGuid = QUuid::fromString(QStringLiteral("{%1-0000-4000-8000-%2}")
                                             .arg(qHash(product->ingramPartNumber) & 0xffffffffU, 8,
                                                  16, QLatin1Char('0'))
                                             .arg(lineNumber.toInt(), 12, 10, QLatin1Char('0')))
                           .toString(QUuid::WithoutBraces);
    return line;
}

void fillTexts(SandboxQuote &quote)
{
    quote.introPreamble = introPreamble(quote.quoteNumber);
    quote.purchaseInstructions = purchaseInstructions();
    quote.legalTerms = legalTerms();
    quote.endUserContact = quote.endUser.contact;
    if (quote.quoteGuid.isEmpty())
        quote.quoteGuid =
            QUuid::createUuidV5(QUuid(), quote.quoteNumber).toString(QUuid::WithoutBraces);
    if (quote.lastModified.isNull())
        quote.lastModified = quote.created;
}

bool containsText(const QString &haystack, const QString &needle)
{
    return needle.isEmpty() || haystack.contains(needle, Qt::CaseInsensitive);
}

} // namespace

SandboxQuoteBook::SandboxQuoteBook(quint64 seed, QDate today)
    : m_today(today.isValid() ? today : QDate::currentDate())
{
    addFixedQuotes();
    generate(seed, GeneratedCount);
}

void SandboxQuoteBook::addFixedQuotes()
{
    const auto part = [](const char *number) {
        return SandboxCatalog::find(QLatin1String(number));
    };

    // The spec's quote details example: no vendor-mandatory fields.
    SandboxQuote plain;
    plain.quoteNumber = QLatin1String(NoVendorFieldsQuote);
    plain.quoteName = QStringLiteral("Q3");
    plain.vendorName = QStringLiteral("Logitech");
    plain.status = SandboxQuoteStatus::Active;
    plain.specialBidNumber = QStringLiteral("TEST-9771006-1923");
    plain.created = m_today.addDays(-6);
    plain.lastModified = m_today.addDays(-5);
    plain.expiry = m_today.addDays(60);
    plain.endUser = endUserParty(endUsers[0]);
    plain.customerNeed = QStringLiteral("Customer Need");
    plain.proposedSolution = QStringLiteral("Video conferencing for twelve meeting rooms");
    plain.lines = {makeLine(part("7LG811"), QStringLiteral("1"), 12, 0.08),
                   makeLine(part("2LG045"), QStringLiteral("2"), 24, 0.05)};
    fillTexts(plain);
    m_quotes.append(plain);

    // The spec's validate quote example: a configure-to-order Cisco quote with header fields
    // (one pre-filled) and line fields under both keys the API uses.
    SandboxQuote cisco;
    cisco.quoteNumber = QLatin1String(HeaderAndLineFieldsQuote);
    cisco.quoteName = QStringLiteral("Campus refresh building B");
    cisco.vendorName = QStringLiteral("Cisco");
    cisco.vendorQuoteNumber = QStringLiteral("CSCO-88412093");
    cisco.quoteType = QStringLiteral("Configure To Order");
    cisco.configureToOrder = true;
    cisco.status = SandboxQuoteStatus::ReadyToOrder;
    cisco.created = m_today.addDays(-9);
    cisco.lastModified = m_today.addDays(-2);
    cisco.expiry = m_today.addDays(45);
    cisco.endUser = endUserParty(endUsers[2]);
    cisco.headerFields = {{QStringLiteral("VEND_AUTH_NBR_FLG"),
                           QStringLiteral("Authorization Number"), QStringLiteral("ABC1234")},
                          {QStringLiteral("ResellerCompanyName"),
                           QStringLiteral("resellerCompanyNameFlag"), QString()}};
    SandboxQuoteLine switchLine = makeLine(part("2YK551"), QStringLiteral("11"), 1, 0.30);
    switchLine.vendorFields = {{QStringLiteral("resellerCtacEmail"),
                                QStringLiteral("resellerContactEmailFlag"), QString()}};
    SandboxQuoteLine routerLine = makeLine(part("6NG311"), QStringLiteral("12"), 2, 0.30);
    routerLine.vendorFields = {
        {QStringLiteral("rslrg360CtacName"), QStringLiteral("resellerContactNameFlag"), QString()}};
    routerLine.legacyFieldKey = true;
    cisco.lines = {switchLine, routerLine};
    fillTexts(cisco);
    m_quotes.append(cisco);

    SandboxQuote hpe;
    hpe.quoteNumber = QLatin1String(HeaderFieldsQuote);
    hpe.quoteName = QStringLiteral("Datacenter expansion phase 2");
    hpe.vendorName = QStringLiteral("HPE");
    hpe.status = SandboxQuoteStatus::ReadyToOrder;
    hpe.specialBidNumber = QStringLiteral("HPE-4471093-2205");
    hpe.created = m_today.addDays(-4);
    hpe.expiry = m_today.addDays(30);
    hpe.endUser = endUserParty(endUsers[1]);
    hpe.headerFields = {
        {QStringLiteral("hpeDealRegistration"), QStringLiteral("HPE deal registration number"),
         QStringLiteral("DR-558120")},
        {QStringLiteral("endUserContractNumber"),
         QStringLiteral("End user license, contract or authorization number"), QString()}};
    hpe.lines = {makeLine(part("4FP882"), QStringLiteral("1"), 2, 0.18),
                 makeLine(part("3JW555"), QStringLiteral("2"), 2, 0.10)};
    fillTexts(hpe);
    m_quotes.append(hpe);

    SandboxQuote dell;
    dell.quoteNumber = QLatin1String(LineFieldsQuote);
    dell.quoteName = QStringLiteral("Branch servers, configured");
    dell.vendorName = QStringLiteral("Dell");
    dell.quoteType = QStringLiteral("Configure To Order");
    dell.configureToOrder = true;
    dell.status = SandboxQuoteStatus::ReadyToOrder;
    dell.created = m_today.addDays(-3);
    dell.expiry = m_today.addDays(27);
    dell.endUser = endUserParty(endUsers[3]);
    SandboxQuoteLine server = makeLine(part("2PE903"), QStringLiteral("1"), 3, 0.12);
    server.vendorFields = {
        {QStringLiteral("dellConfigurationId"), QStringLiteral("Dell configuration ID"),
         QStringLiteral("CFG-88213")},
        {QStringLiteral("endUserSiteId"), QStringLiteral("End user site ID"), QString()}};
    SandboxQuoteLine monitor = makeLine(part("5UM661"), QStringLiteral("2"), 6, 0.05);
    dell.lines = {server, monitor};
    fillTexts(dell);
    m_quotes.append(dell);

    SandboxQuote expired;
    expired.quoteNumber = QLatin1String(ExpiredQuote);
    expired.quoteName = QStringLiteral("Notebook rollout spring");
    expired.vendorName = QStringLiteral("Lenovo");
    expired.status = SandboxQuoteStatus::Expired;
    expired.created = m_today.addDays(-25);
    expired.lastModified = m_today.addDays(-20);
    expired.expiry = m_today.addDays(-10);
    expired.endUser = endUserParty(endUsers[4]);
    expired.lines = {makeLine(part("8ZN114"), QStringLiteral("1"), 40, 0.11)};
    fillTexts(expired);
    m_quotes.append(expired);

    SandboxQuote draft;
    draft.quoteNumber = QLatin1String(DraftQuote);
    draft.quoteName = QStringLiteral("Firewall upgrade (draft)");
    draft.vendorName = QStringLiteral("Fortinet");
    draft.status = SandboxQuoteStatus::Draft;
    draft.created = m_today.addDays(-1);
    draft.expiry = m_today.addDays(29);
    draft.endUser = endUserParty(endUsers[5]);
    draft.lines = {makeLine(part("1FT870"), QStringLiteral("1"), 4, 0.07),
                   makeLine(part("5FT412"), QStringLiteral("2"), 4, 0.07)};
    fillTexts(draft);
    m_quotes.append(draft);

    SandboxQuote lapsed;
    lapsed.quoteNumber = QLatin1String(LapsedQuote);
    lapsed.quoteName = QStringLiteral("Meeting room displays");
    lapsed.vendorName = QStringLiteral("Samsung");
    lapsed.status = SandboxQuoteStatus::Active;
    lapsed.created = m_today.addDays(-28);
    lapsed.expiry = m_today.addDays(-1);
    lapsed.endUser = endUserParty(endUsers[6]);
    lapsed.lines = {makeLine(part("4SM590"), QStringLiteral("1"), 10, 0.06)};
    fillTexts(lapsed);
    m_quotes.append(lapsed);
}

void SandboxQuoteBook::generate(quint64 seed, int count)
{
    QRandomGenerator random(static_cast<quint32>((seed ^ 0x5107e5ULL) * 2654435761ULL));
    static const char letters[] = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    const QStringList names = {QStringLiteral("Refresh"),      QStringLiteral("Rollout"),
                               QStringLiteral("Expansion"),    QStringLiteral("Renewal"),
                               QStringLiteral("Pilot"),        QStringLiteral("Replacement"),
                               QStringLiteral("New office"),   QStringLiteral("Upgrade"),
                               QStringLiteral("Year-end buy"), QStringLiteral("Lab build")};
    for (int i = 0; i < count; ++i) {
        const VendorRow &vendor = vendors[i % std::size(vendors)];
        const auto products = productsOf(QLatin1String(vendor.prefix));
        if (products.isEmpty())
            continue;
        SandboxQuote quote;
        QString suffix;
        for (int c = 0; c < 3; ++c) {
            suffix += QLatin1Char(letters[random.bounded(int(sizeof(letters) - 1))]);
            suffix += QChar(u'0' + random.bounded(10));
        }
        quote.quoteNumber =
            QStringLiteral("QUO-%1-%2").arg(30000 + i * 37 + random.bounded(37)).arg(suffix);
        quote.vendorName = QLatin1String(vendor.name);
        quote.quoteName = QStringLiteral("%1 %2").arg(quote.vendorName,
                                                      names.at(random.bounded(int(names.size()))));
        quote.revision = QString::number(random.bounded(3));
        const int status = i % 9;
        quote.status = status < 5   ? SandboxQuoteStatus::ReadyToOrder
                       : status < 6 ? SandboxQuoteStatus::Active
                       : status < 7 ? SandboxQuoteStatus::Expired
                       : status < 8 ? SandboxQuoteStatus::Draft
                                    : SandboxQuoteStatus::Closed;
        quote.created = m_today.addDays(-random.bounded(75));
        quote.lastModified = quote.created.addDays(random.bounded(5));
        if (quote.lastModified > m_today)
            quote.lastModified = m_today;
        quote.expiry =
            quote.status == SandboxQuoteStatus::Expired
                ? m_today.addDays(-1 - random.bounded(30))
                : qMax(m_today.addDays(7), quote.created.addDays(30 + random.bounded(60)));
        if (random.bounded(3) == 0)
            quote.specialBidNumber = QStringLiteral("%1-%2")
                                         .arg(1000000 + random.bounded(8999999))
                                         .arg(1000 + random.bounded(8999));
        quote.endUser = endUserParty(endUsers[random.bounded(int(std::size(endUsers)))]);
        const int lineCount = 1 + random.bounded(4);
        for (int l = 0; l < lineCount; ++l) {
            const auto &product = products.at(random.bounded(int(products.size())));
            SandboxQuoteLine line = makeLine(product, QString::number(l + 1),
                                             1 + random.bounded(product->unitPrice > 2000 ? 4 : 25),
                                             0.02 * random.bounded(12));
            if (vendor.fields == 2 && l == 0)
                line.vendorFields = {{QStringLiteral("configurationId"),
                                      QStringLiteral("Vendor configuration ID"),
                                      QStringLiteral("CFG-%1").arg(10000 + random.bounded(89999))}};
            if (vendor.fields == 2 && l == 1)
                line.vendorFields = {{QStringLiteral("endUserSiteId"),
                                      QStringLiteral("End user site ID"), QString()}};
            quote.lines.append(line);
        }
        if (vendor.fields == 2) {
            quote.configureToOrder = true;
            quote.quoteType = QStringLiteral("Configure To Order");
        }
        if (vendor.fields == 1)
            quote.headerFields = {{QStringLiteral("VEND_AUTH_NBR_FLG"),
                                   QStringLiteral("Authorization Number"), QString()}};
        fillTexts(quote);
        m_quotes.append(quote);
    }
}

const SandboxQuote *SandboxQuoteBook::quote(const QString &quoteNumber) const
{
    const QString wanted = quoteNumber.trimmed();
    for (const SandboxQuote &candidate : m_quotes) {
        if (candidate.quoteNumber.compare(wanted, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

bool SandboxQuoteBook::Criteria::hasFilter() const
{
    return !quoteNumber.isEmpty() || !quoteName.isEmpty() || !vendorName.isEmpty() ||
           !specialBidNumber.isEmpty() || !endUserContact.isEmpty() || !status.isEmpty() ||
           created.has_value();
}

bool SandboxQuoteBook::Criteria::parse(const SandboxQuery &query, QList<SandboxFieldError> *errors)
{
    const qsizetype before = errors->size();
    const auto text = [&](const char *key, int maxLength) -> QString {
        const QString name = QLatin1String(key);
        const QString value = query.value(name).trimmed();
        if (value.size() > maxLength)
            errors->append({name, QStringLiteral("Maximum length is %1").arg(maxLength), value});
        return value;
    };
    quoteNumber = text("quoteNumber", 35);
    quoteName = text("quoteName", 100);
    vendorName = text("vendorName", 50);
    specialBidNumber = text("specialBidNumber", 50);
    endUserContact = text("endUserContact", 100);
    status = text("status", 30);

    for (const char *key : {"quoteCreateDate-bt", "ingramOrderDate-bt"}) {
        const QString name = QLatin1String(key);
        if (!query.contains(name))
            continue;
        QStringList values;
        for (const QString &value : query.values(name))
            values += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (values.size() != 2) {
            errors->append({name, QStringLiteral("Exactly 2 dates (start and end) are required"),
                            values.join(QLatin1Char(','))});
            continue;
        }
        const QDate from = QDate::fromString(values.at(0).trimmed(), QStringLiteral("yyyy-MM-dd"));
        const QDate to = QDate::fromString(values.at(1).trimmed(), QStringLiteral("yyyy-MM-dd"));
        if (!from.isValid() || !to.isValid()) {
            errors->append(
                {name, QStringLiteral("input date format error expected format is - yyyy-MM-dd"),
                 values.join(QLatin1Char(','))});
            continue;
        }
        created = SandboxDateRange{qMin(from, to), qMax(from, to)};
    }

    const QString sortKey = query.value(QStringLiteral("sortBy")).trimmed();
    if (!sortKey.isEmpty()) {
        static const QStringList columns = {
            QStringLiteral("quoteNumber"), QStringLiteral("createdDate"),
            QStringLiteral("dateCreated"), QStringLiteral("lastModifiedDate"),
            QStringLiteral("expiryDate")};
        bool known = false;
        for (const QString &column : columns) {
            if (column.compare(sortKey, Qt::CaseInsensitive) == 0) {
                sortBy =
                    column == QLatin1String("dateCreated") ? QStringLiteral("createdDate") : column;
                known = true;
            }
        }
        if (!known)
            errors->append({QStringLiteral("sortBy"),
                            QStringLiteral("Allowed values are quoteNumber, createdDate, "
                                           "lastModifiedDate and expiryDate"),
                            sortKey});
    }
    const QString order = query.value(QStringLiteral("sortingOrder")).trimmed().toLower();
    if (order == QLatin1String("asc"))
        descending = false;
    else if (!order.isEmpty() && order != QLatin1String("desc"))
        errors->append({QStringLiteral("sortingOrder"),
                        QStringLiteral("Allowed values are asc and desc"),
                        query.value(QStringLiteral("sortingOrder"))});

    const auto number = [&](const char *key, int fallback, int min, int max) {
        const QString name = QLatin1String(key);
        if (!query.contains(name))
            return fallback;
        bool ok = false;
        const int value = query.value(name).trimmed().toInt(&ok);
        if (!ok || value < min || value > max) {
            errors->append(
                {name, QStringLiteral("Must be a whole number from %1 to %2").arg(min).arg(max),
                 query.value(name)});
            return fallback;
        }
        return value;
    };
    pageSize = number("pageSize", DefaultPageSize, 1, MaxPageSize);
    pageNumber = number("pageNumber", 1, 1, 1000000);
    return errors->size() == before;
}

SandboxQuoteBook::SearchResult SandboxQuoteBook::search(const Criteria &c) const
{
    std::optional<SandboxDateRange> window = c.created;
    if (!window && !c.hasFilter())
        window = SandboxDateRange{m_today.addDays(-(Criteria::DefaultWindowDays - 1)), m_today};

    QList<const SandboxQuote *> found;
    for (const SandboxQuote &quote : m_quotes) {
        if (window && !window->contains(quote.created))
            continue;
        if (!containsText(quote.quoteNumber, c.quoteNumber) ||
            !containsText(quote.quoteName, c.quoteName) ||
            !containsText(quote.vendorName, c.vendorName))
            continue;
        if (!c.specialBidNumber.isEmpty() &&
            quote.specialBidNumber.compare(c.specialBidNumber, Qt::CaseInsensitive) != 0)
            continue;
        if (!c.endUserContact.isEmpty() && !containsText(quote.endUserContact, c.endUserContact) &&
            !containsText(quote.endUser.companyName, c.endUserContact))
            continue;
        if (!c.status.isEmpty() &&
            quote.statusName(m_today).compare(c.status, Qt::CaseInsensitive) != 0)
            continue;
        found.append(&quote);
    }
    const auto key = [&c](const SandboxQuote *quote) -> QString {
        if (c.sortBy == QLatin1String("quoteNumber"))
            return quote->quoteNumber;
        const QDate date = c.sortBy == QLatin1String("lastModifiedDate") ? quote->lastModified
                           : c.sortBy == QLatin1String("expiryDate")     ? quote->expiry
                                                                         : quote->created;
        return date.toString(Qt::ISODate) + quote->quoteNumber;
    };
    std::stable_sort(found.begin(), found.end(), [&](const SandboxQuote *a, const SandboxQuote *b) {
        return c.descending ? key(a) > key(b) : key(a) < key(b);
    });

    SearchResult result;
    result.recordsFound = static_cast<int>(found.size());
    const qsizetype first = static_cast<qsizetype>(c.pageNumber - 1) * c.pageSize;
    result.page = found.mid(first, c.pageSize);
    return result;
}
