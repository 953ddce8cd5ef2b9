#include "sandbox/sandboxdatagenerator.h"

#include <cmath>

struct SandboxDataGenerator::Carrier
{
    enum Format
    {
        Ups,
        FedEx,
        Usps,
        Purolator,
        CanadaPost,
        Dhl,
        Dpd,
        RoyalMail,
        StarTrack,
        AusPost
    };
    const char *code;
    const char *name;
    Format format;
    int transitDays;
};

struct SandboxDataGenerator::Country
{
    const char *code;
    const char *currency;
    const char *branch;
    int utcOffsetSeconds;
    double taxRate;
    double exchangeRate; // per USD
    QList<QPair<const char *, const char *>> warehouses;
    QList<Carrier> carriers;
    QList<std::array<const char *, 3>> cities; // city, state, postal code
    const char *phonePrefix;
    const char *emailDomainSuffix;
};

namespace {

struct ProductRow
{
    const char *ingramPartNumber;
    const char *vendorPartNumber;
    const char *vendorName;
    const char *vendorNumber;
    const char *description;
    double price;
    double weight;
    const char *serialPrefix; // nullptr: not serialized
    bool license;
};

const ProductRow productRows[] = {
    {"4AW708", "BE7H-M5-K9", "CISCO - HW UNIFIED COMM", "10012", "BUSINESS ED 7000H M5 APPL",
     20887.57, 60.0, "FCH", false},
    {"2YK551", "C9200L-24P-4G-E", "CISCO - HW NETWORKING", "10012",
     "CATALYST 9200L 24-PORT POE+ 4X1G UPLINK", 3495.00, 12.3, "JAE", false},
    {"6NG311", "C1111-8P", "CISCO - HW NETWORKING", "10012",
     "ISR 1100 8 PORTS DUAL GE WAN ETHERNET ROUTER", 1380.00, 4.4, "FGL", false},
    {"7BV222", "MR46-HW", "CISCO MERAKI", "10013", "MERAKI MR46 WI-FI 6 INDOOR ACCESS POINT",
     1149.00, 2.1, "Q3AB", false},
    {"3DR114", "CON-SNT-C92L24PG", "CISCO - SERVICE", "10014", "SNTC-8X5XNBD CATALYST 9200L 24P",
     412.00, 0.0, nullptr, true},
    {"8TT101", "CP-7841-K9", "CISCO - HW UNIFIED COMM", "10012", "CISCO IP PHONE 7841", 262.00, 2.6,
     "FCH", false},
    {"5MX093", "6F5Y5UT#ABA", "HP INC - NOTEBOOKS", "10120",
     "HP ELITEBOOK 840 G9 I7-1265U 16GB 512GB W11P", 1789.00, 3.1, "5CG", false},
    {"1QH448", "4V0Z9UT#ABA", "HP INC - DESKTOPS", "10120", "HP PRODESK 400 G9 SFF I5-12500 8GB",
     849.00, 12.5, "MXL", false},
    {"9LJ742", "3G631A#BGJ", "HP INC - PRINTERS", "10120", "HP LASERJET PRO MFP 4101FDW", 579.00,
     38.6, "CNB", false},
    {"2WD377", "W1480A", "HP INC - SUPPLIES", "10121", "HP 148A BLACK LASERJET TONER CARTRIDGE",
     109.99, 2.0, nullptr, false},
    {"4FP882", "P52534-B21", "HPE - SERVERS", "10133", "HPE PROLIANT DL380 GEN11 4410Y 1P 32GB",
     8432.00, 52.0, "CZJ", false},
    {"6HK019", "R0Q46A", "HPE ARUBA NETWORKING", "10134", "ARUBA AP-505 DUAL RADIO 2X2 802.11AX AP",
     645.00, 1.5, "CNK", false},
    {"3JW555", "H8QP7E", "HPE - SERVICES", "10135", "HPE 3Y TECH CARE ESSENTIAL DL380 GEN11 SVC",
     1288.00, 0.0, nullptr, true},
    {"7KD220", "210-BFBX", "DELL - CLIENT", "10210", "DELL LATITUDE 5440 I5-1345U 16GB 256GB W11P",
     1319.00, 3.4, "", false},
    {"2PE903", "210-BGNS", "DELL - SERVER", "10211", "DELL POWEREDGE R660XS XEON SILVER 4410Y",
     6120.00, 38.0, "", false},
    {"5UM661", "DELL-P2423D", "DELL - MONITORS", "10210", "DELL 24 MONITOR P2423D QHD", 289.99,
     13.2, "CN0", false},
    {"8ZN114", "21HD003VUS", "LENOVO - NOTEBOOKS", "10315",
     "THINKPAD T14 GEN 4 I7-1355U 16GB 512GB", 1695.00, 3.0, "PF", false},
    {"1TB782", "12JD0009US", "LENOVO - DESKTOPS", "10315", "THINKCENTRE M70Q GEN 4 TINY I5-13400T",
     869.00, 2.9, "MJ", false},
    {"3MS002", "CFQ7TTC0LF8Q:0001", "MICROSOFT - CSP", "10402",
     "MICROSOFT 365 BUSINESS PREMIUM NCE 1Y", 264.00, 0.0, nullptr, true},
    {"6MS889", "9EM-00652", "MICROSOFT - SOFTWARE", "10403",
     "WINDOWS SERVER 2022 STANDARD 16 CORE OEI", 1069.00, 0.2, nullptr, true},
    {"4SF210", "QZI-00001", "MICROSOFT - HARDWARE", "10404", "SURFACE LAPTOP 5 13.5 I5 8GB 256GB",
     1299.00, 2.8, "0F", false},
    {"9AP117", "MLY33LL/A", "APPLE - MAC", "10577", "MACBOOK AIR 13 M2 8C CPU 8C GPU 8GB 256GB",
     1099.00, 2.7, "C02", false},
    {"5AP330", "MPUF3LL/A", "APPLE - IPAD", "10577", "IPAD AIR 10.9 WI-FI 64GB SPACE GRAY", 599.00,
     1.0, "DMP", false},
    {"2LG045", "920-009294", "LOGITECH - ACCESSORIES", "10618", "LOGITECH MX KEYS FOR BUSINESS",
     119.99, 1.8, nullptr, false},
    {"7LG811", "960-001101", "LOGITECH - VIDEO", "10618", "LOGITECH RALLY BAR VIDEO BAR", 3999.00,
     15.9, "2234", false},
    {"3AC610", "SMT1500RM2UC", "APC - POWER", "10705", "APC SMART-UPS 1500VA LCD RM 2U 120V",
     1149.00, 60.0, "AS", false},
    {"8AC144", "AP7900B", "APC - POWER", "10705", "APC RACK PDU SWITCHED 1U 15A 100/120V", 895.00,
     9.0, "5A", false},
    {"4SM590", "LS27A600NWNXGO", "SAMSUNG - DISPLAYS", "10811", "SAMSUNG 27 S60A QHD IPS MONITOR",
     279.99, 15.0, "H4Z", false},
    {"6SM122", "MZ-V8P1T0B/AM", "SAMSUNG - STORAGE", "10812",
     "SAMSUNG 980 PRO 1TB PCIE 4.0 NVME SSD", 99.99, 0.1, "S5GX", false},
    {"1FT870", "FG-60F", "FORTINET - HW", "10920", "FORTIGATE-60F 10 X GE RJ45 PORTS", 695.00, 2.3,
     "FGT60F", false},
    {"5FT412", "FC-10-0060F-950-02-12", "FORTINET - SERVICES", "10921",
     "FORTIGATE-60F 1YR UNIFIED THREAT PROTECTION", 560.00, 0.0, nullptr, true},
    {"2VM733", "VS8-STD-C", "VMWARE - SOFTWARE", "11004", "VSPHERE 8 STANDARD FOR 1 PROCESSOR",
     1394.00, 0.0, nullptr, true},
    {"8AD905", "65322651BA01A12", "ADOBE - VIP", "11109", "ACROBAT PRO FOR TEAMS SUBSCRIPTION 1Y",
     239.88, 0.0, nullptr, true},
    {"3WD188", "WDS100T1X0E", "WESTERN DIGITAL", "11230", "WD BLACK SN850X 1TB NVME SSD", 89.99,
     0.1, "23", false},
    {"9SY560", "DS923+", "SYNOLOGY", "11318", "SYNOLOGY DISKSTATION DS923+ 4-BAY NAS", 599.99, 4.9,
     "2260", false},
    {"4JB301", "9559-553-125", "JABRA - HEADSETS", "11422", "JABRA EVOLVE2 65 UC STEREO USB-A",
     219.00, 0.6, nullptr, false},
    {"7ET820", "5P1500R", "EATON - POWER", "11507", "EATON 5P 1500VA RACKMOUNT UPS", 1024.00, 50.0,
     "G1", false},
    {"2ZB411", "ZD4A042-D01M00EZ", "ZEBRA - PRINTERS", "11644",
     "ZEBRA ZD421D DIRECT THERMAL PRINTER", 449.00, 4.9, "D4J", false},
    {"5SP702", "XG1Z1CSAA", "SOPHOS - SOFTWARE", "11702",
     "SOPHOS XGS 2100 XSTREAM PROTECTION 1 YEAR", 1460.00, 0.0, nullptr, true},
    {"1TC903", "N201-010-BL", "TRIPP LITE - CABLES", "11855",
     "TRIPP LITE CAT6 PATCH CABLE 10FT BLUE", 8.49, 0.3, nullptr, false},
};

const QList<std::shared_ptr<const SandboxProduct>> &catalog()
{
    static const QList<std::shared_ptr<const SandboxProduct>> products = [] {
        QList<std::shared_ptr<const SandboxProduct>> list;
        int upc = 0;
        for (const ProductRow &row : productRows) {
            auto product = std::make_shared<SandboxProduct>();
            product->ingramPartNumber = QLatin1String(row.ingramPartNumber);
            product->vendorPartNumber = QLatin1String(row.vendorPartNumber);
            product->vendorName = QLatin1String(row.vendorName);
            product->vendorNumber = QLatin1String(row.vendorNumber);
            product->description = QLatin1String(row.description);
            product->unitPrice = row.price;
            product->unitWeight = row.weight;
            product->license = row.license;
            if (row.serialPrefix)
                product->serialPrefix =
                    row.serialPrefix[0] ? QLatin1String(row.serialPrefix) : QStringLiteral("#");
            if (!row.license)
                product->upcCode = QStringLiteral("8898") + QString::number(42917301 + upc * 7919);
            ++upc;
            list.append(product);
        }
        return list;
    }();
    return products;
}

} // namespace

// The countries the data set spreads over; the reseller buys in each through the local branch.
const SandboxDataGenerator::Country *SandboxDataGenerator::countries()
{
    using C = SandboxDataGenerator::Carrier;
    static const SandboxDataGenerator::Country table[] = {
        {"US",
         "USD",
         "20",
         -7 * 3600,
         0.0,
         1.0,
         {{"10", "Mira Loma, CA"},
          {"40", "Millington, TN"},
          {"80", "Carol Stream, IL"},
          {"20", "Jonestown, PA"}},
         {{"RG", "UPS GROUND", C::Ups, 4},
          {"U1", "UPS NEXT DAY AIR", C::Ups, 1},
          {"FG", "FEDEX GROUND", C::FedEx, 4},
          {"F2", "FEDEX 2DAY", C::FedEx, 2},
          {"PM", "USPS PRIORITY MAIL", C::Usps, 3}},
         {{"SANTA ANA", "CA", "92705"},
          {"AUSTIN", "TX", "78701"},
          {"DENVER", "CO", "80202"},
          {"CHICAGO", "IL", "60606"},
          {"BOSTON", "MA", "02110"},
          {"SEATTLE", "WA", "98101"},
          {"ATLANTA", "GA", "30303"},
          {"ALBUQUERQUE", "NM", "87102"},
          {"COLUMBUS", "OH", "43215"},
          {"RALEIGH", "NC", "27601"},
          {"PHOENIX", "AZ", "85004"},
          {"BUFFALO", "NY", "14202"}},
         "1",
         ".com"},
        {"CA",
         "CAD",
         "40",
         -4 * 3600,
         0.13,
         1.36,
         {{"45", "Mississauga, ON"}, {"48", "Richmond, BC"}},
         {{"PU", "PUROLATOR GROUND", C::Purolator, 3},
          {"CP", "CANADA POST EXPEDITED", C::CanadaPost, 4},
          {"UC", "UPS STANDARD CANADA", C::Ups, 3}},
         {{"TORONTO", "ON", "M5H 2N2"},
          {"OTTAWA", "ON", "K1P 5J2"},
          {"VANCOUVER", "BC", "V6C 3E1"},
          {"CALGARY", "AB", "T2P 2M5"},
          {"MONTREAL", "QC", "H3B 4W8"}},
         "1",
         ".ca"},
        {"DE",
         "EUR",
         "70",
         2 * 3600,
         0.19,
         0.92,
         {{"D1", "Straubing, BY"}, {"D2", "Dornach, BY"}},
         {{"DH", "DHL PAKET", C::Dhl, 2}, {"DP", "DPD CLASSIC", C::Dpd, 2}},
         {{"MUENCHEN", "BY", "80331"},
          {"BERLIN", "BE", "10115"},
          {"HAMBURG", "HH", "20095"},
          {"KOELN", "NW", "50667"},
          {"FRANKFURT AM MAIN", "HE", "60311"}},
         "49",
         ".de"},
        {"GB",
         "GBP",
         "60",
         1 * 3600,
         0.20,
         0.79,
         {{"G1", "Milton Keynes"}},
         {{"DU", "DPD NEXT DAY", C::Dpd, 1}, {"RM", "ROYAL MAIL TRACKED 24", C::RoyalMail, 1}},
         {{"LONDON", "", "EC2V 7HH"},
          {"MANCHESTER", "", "M1 1AE"},
          {"BRISTOL", "", "BS1 4DJ"},
          {"LEEDS", "", "LS1 4DY"}},
         "44",
         ".co.uk"},
        {"AU",
         "AUD",
         "30",
         10 * 3600,
         0.10,
         1.52,
         {{"A1", "Eastern Creek, NSW"}},
         {{"ST", "STARTRACK ROAD EXPRESS", C::StarTrack, 3},
          {"AP", "AUSTRALIA POST PARCEL POST", C::AusPost, 4}},
         {{"SYDNEY", "NSW", "2000"},
          {"MELBOURNE", "VIC", "3000"},
          {"BRISBANE", "QLD", "4000"},
          {"PERTH", "WA", "6000"}},
         "61",
         ".com.au"},
    };
    return table;
}

namespace {
constexpr int countryCount = 5;
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

std::vector<SandboxOrder> SandboxDataGenerator::generate(int count)
{
    for (auto &pool : m_endUsers)
        pool.clear();
    for (int c = 0; c < countryCount; ++c) {
        const int poolSize = c == 0 ? 120 : 30;
        for (int i = 0; i < poolSize; ++i)
            m_endUsers[c].append(makeEndUser(countries()[c]));
    }
    std::vector<SandboxOrder> orders;
    orders.reserve(static_cast<std::size_t>(qMax(0, count)));
    for (int i = 0; i < count; ++i)
        orders.push_back(makeOrder(i));
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

const SandboxDataGenerator::Country &
SandboxDataGenerator::countryOf(const SandboxOrder &order) const
{
    for (int c = 0; c < countryCount; ++c) {
        if (order.currencyCode == QLatin1String(countries()[c].currency))
            return countries()[c];
    }
    return countries()[0];
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
    const Country &country = countries()[countryIndex];
    const quint64 number = scramble(static_cast<quint64>(index), 60466176ULL, 48271ULL,
                                    16796160ULL + m_seed % 1000003ULL);
    order.ingramOrderNumber = QLatin1String(country.branch) % QLatin1Char('-') % base36(number, 5);

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
    const auto &products = catalog();
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
