#include "sandbox/sandboxcatalog.h"

#include <QSet>

#include <cmath>

namespace {

enum RowFlag
{
    Backordered = 1,
    DirectShip = 2,
};

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
    int flags = 0;
};

// The hand-written base rows; generated variants of the first baseRowCount make up the rest.
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
    // The parts the spec's example requests order, so that those bodies work as they are.
    {"DF4128", "920-002555", "LOGITECH - ACCESSORIES", "10618",
     "COMBO WAVE MK550 WRLS DESKTOP WRLS LASER MOUSE", 61.22, 3.1, nullptr, false, Backordered},
    {"RQ6000", "TB-2C8G-14X600", "TIERBEAST STORAGE", "11960",
     "TIERBEAST 2CTRL 8GB 14X600GB PERP SAS 28X1TB SATA BLACK", 34205.10, 180.0, "TBX", false,
     DirectShip},
    {"4U0212", "SJPRO-3YR-NBD", "ZEBRA - SERVICES", "11645", "3YR NBD EXCH SJ PRO 3XXX SVC", 70.84,
     0.0, nullptr, true},
    {"YZ1478", "VS6-ESSL-PL-KIT", "VMWARE - SOFTWARE", "11004", "PROD SNS VSPHERE 6 ESSL PL KIT",
     2802.71, 0.0, nullptr, true},
    {"TSXML1", "TSXML1", "INGRAM MICRO - TEST", "99999", "TEST XML SKU WITH NO AVAILABLE STOCK",
     7.15, 0.1, nullptr, false, Backordered},
    {"2GZ200", "SIP-T46S", "YEALINK", "12010", "YEALINK SIP-T46S GIGABIT IP PHONE", 189.00, 2.4,
     "YL", false},
    {"1C6094", "VA2055SM", "VIEWSONIC", "12101", "20IN WS LED 1080P VA2055SM VGA MNTR", 104.99, 9.0,
     "UYK", false},
    {"TXSLM3", "N261-S03-BK", "TRIPP LITE - CABLES", "11855",
     "TRIPP LITE SLIM CAT6 PATCH CABLE 3FT", 6.99, 0.1, nullptr, false},
    {"8RB884", "MYD82LL/A", "APPLE - MAC", "10577", "MACBOOK PRO 13IN M1 256GB SG 8-CORE GPU",
     1258.33, 3.0, "C02", false},
    {"8RB881", "MGN73LL/A", "APPLE - MAC", "10577", "MACBOOK AIR 13IN M1 512GB SG 8-CORE GPU",
     1210.42, 2.8, "C02", false},
    {"9YG948", "SCPG2LL/A", "APPLE - SERVICES", "10578", "APPLECARE+ 14IN MACBOOK PRO", 203.13, 0.0,
     nullptr, true},
    {"9HG002", "S9736LL/A", "APPLE - SERVICES", "10578", "APPLECARE+ FOR 13-INCH MACBOOK PRO M1",
     181.25, 0.0, nullptr, true},
    {"4A0036", "E2016HV", "DELL - MONITORS", "10210", "20IN MONITOR E2016HV 210-AGLU", 41.71, 7.9,
     "CN0", false, Backordered},
};

// Rows before this index are the catalog's own lines and get variants; after it come the parts
// of the spec's examples, which are kept as they are.
constexpr int baseRowCount = 40;
static_assert(std::size(productRows) == baseRowCount + 13);

struct Variant
{
    const char *descriptionSuffix;
    const char *partSuffix;
    double priceFactor;
};

const Variant variants[] = {
    {" GEN2", "-G2", 1.08},
    {" PLUS", "-P", 1.22},
    {" PRO", "-PR", 1.45},
    {" LITE", "-L", 0.81},
    {" BUNDLE", "-BN", 1.9},
    {" REFURBISHED", "-RF", 0.68},
    {" TAA COMPLIANT", "-TAA", 1.06},
};
constexpr int refurbishedVariant = 5;

double roundMoney(double value)
{
    return std::round(value * 100.0) / 100.0;
}

std::shared_ptr<SandboxProduct> fromRow(const ProductRow &row, int upcIndex)
{
    auto product = std::make_shared<SandboxProduct>();
    product->ingramPartNumber = QLatin1String(row.ingramPartNumber);
    product->vendorPartNumber = QLatin1String(row.vendorPartNumber);
    product->vendorName = QLatin1String(row.vendorName);
    product->vendorNumber = QLatin1String(row.vendorNumber);
    product->description = QLatin1String(row.description);
    product->unitPrice = row.price;
    product->unitWeight = row.weight;
    product->license = row.license;
    product->alwaysBackordered = row.flags & Backordered;
    product->directShip = row.flags & DirectShip;
    if (row.serialPrefix)
        product->serialPrefix =
            row.serialPrefix[0] ? QLatin1String(row.serialPrefix) : QStringLiteral("#");
    if (!row.license)
        product->upcCode = QStringLiteral("8898") + QString::number(42917301 + upcIndex * 7919);
    return product;
}

// Ingram part numbers look like 4AW708: a digit, two letters, three digits.
QString partNumber(quint64 n)
{
    n = (n * 2750159ULL + 611953ULL) % (9ULL * 26 * 26 * 1000);
    QString text;
    text += QLatin1Char(static_cast<char>('1' + n % 9));
    n /= 9;
    text += QLatin1Char(static_cast<char>('A' + n % 26));
    n /= 26;
    text += QLatin1Char(static_cast<char>('A' + n % 26));
    n /= 26;
    text += QString::number(n % 1000).rightJustified(3, QLatin1Char('0'));
    return text;
}

} // namespace

SandboxCatalog::SandboxCatalog(quint64 seed)
    : m_seed(seed)
{}

const QList<std::shared_ptr<const SandboxProduct>> &SandboxCatalog::products()
{
    static const QList<std::shared_ptr<const SandboxProduct>> list = [] {
        QList<std::shared_ptr<const SandboxProduct>> result;
        QSet<QString> taken;
        int index = 0;
        for (const ProductRow &row : productRows) {
            result.append(fromRow(row, index++));
            taken.insert(result.last()->ingramPartNumber);
        }
        quint64 counter = 0;
        for (int r = 0; r < baseRowCount; ++r) {
            const ProductRow &row = productRows[r];
            for (int v = 0; v < static_cast<int>(std::size(variants)); ++v) {
                auto product = fromRow(row, index++);
                QString number;
                do {
                    number = partNumber(++counter);
                } while (taken.contains(number));
                taken.insert(number);
                product->ingramPartNumber = number;
                product->vendorPartNumber += QLatin1String(variants[v].partSuffix);
                product->description += QLatin1String(variants[v].descriptionSuffix);
                product->unitPrice = roundMoney(row.price * variants[v].priceFactor);
                // Refurbished stock never arrives: these are the parts that always backorder.
                product->alwaysBackordered = v == refurbishedVariant && !row.license;
                result.append(product);
            }
        }
        return result;
    }();
    return list;
}

namespace {
template<typename Key>
std::shared_ptr<const SandboxProduct> lookup(const QString &value, Key key)
{
    using Index = QHash<QString, std::shared_ptr<const SandboxProduct>>;
    static const Index index = [key] {
        Index result;
        for (const auto &product : SandboxCatalog::products())
            result.insert(key(*product).toUpper(), product);
        return result;
    }();
    return index.value(value.trimmed().toUpper());
}
} // namespace

std::shared_ptr<const SandboxProduct> SandboxCatalog::find(const QString &ingramPartNumber)
{
    return lookup(ingramPartNumber, [](const SandboxProduct &p) { return p.ingramPartNumber; });
}

std::shared_ptr<const SandboxProduct>
SandboxCatalog::findByVendorPart(const QString &vendorPartNumber)
{
    return lookup(vendorPartNumber, [](const SandboxProduct &p) { return p.vendorPartNumber; });
}

double SandboxCatalog::listPrice(const SandboxProduct &product, const SandboxCountry &country)
{
    return roundMoney(product.unitPrice * country.exchangeRate);
}

QString SandboxCatalog::key(const SandboxProduct &product, const QString &warehouseId)
{
    return product.ingramPartNumber + QLatin1Char('@') + warehouseId;
}

int SandboxCatalog::initialStock(const SandboxProduct &product, const QString &warehouseId) const
{
    if (product.alwaysBackordered)
        return 0;
    if (product.license)
        return 100000; // delivered electronically: never short
    const size_t h = qHash(key(product, warehouseId), static_cast<size_t>(m_seed));
    if (h % 6 == 0)
        return 0; // out of stock in this warehouse, maybe not in the next one
    const int ceiling = product.unitPrice > 5000 ? 12 : product.unitPrice > 500 ? 60 : 400;
    return 1 + static_cast<int>((h / 6) % static_cast<size_t>(ceiling));
}

int SandboxCatalog::stock(const SandboxProduct &product, const QString &warehouseId) const
{
    return qMax(0, initialStock(product, warehouseId) - m_taken.value(key(product, warehouseId)));
}

void SandboxCatalog::take(const SandboxProduct &product, const QString &warehouseId, int quantity)
{
    m_taken[key(product, warehouseId)] += quantity;
}

void SandboxCatalog::putBack(const SandboxProduct &product, const QString &warehouseId,
                             int quantity)
{
    int &taken = m_taken[key(product, warehouseId)];
    taken = qMax(0, taken - quantity);
}
