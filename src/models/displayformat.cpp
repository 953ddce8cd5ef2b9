#include "displayformat.h"

#include "apidate.h"

#include <QHash>

namespace DisplayFormat {

namespace {
QString currencySymbol(const QString &code)
{
    // The locale knows its own currency's symbol only; these are the ones resellers meet.
    static const QHash<QString, QString> symbols = {
        {QStringLiteral("USD"), QStringLiteral("$")},
        {QStringLiteral("CAD"), QStringLiteral("CA$")},
        {QStringLiteral("EUR"), QStringLiteral("€")},
        {QStringLiteral("GBP"), QStringLiteral("£")},
        {QStringLiteral("AUD"), QStringLiteral("A$")},
        {QStringLiteral("NZD"), QStringLiteral("NZ$")},
        {QStringLiteral("JPY"), QStringLiteral("¥")},
        {QStringLiteral("INR"), QStringLiteral("₹")},
        {QStringLiteral("MXN"), QStringLiteral("MX$")},
        {QStringLiteral("BRL"), QStringLiteral("R$")},
        {QStringLiteral("CHF"), QStringLiteral("CHF")},
        {QStringLiteral("SEK"), QStringLiteral("kr")},
        {QStringLiteral("SGD"), QStringLiteral("S$")},
        {QStringLiteral("HKD"), QStringLiteral("HK$")},
    };
    return symbols.value(code.toUpper());
}
} // namespace

QString money(double amount, const QString &currencyCode, const QLocale &givenLocale)
{
    // The C locale (no LANG set) writes "12.50$"; people read "$12.50".
    const QLocale locale = givenLocale.language() == QLocale::C
                               ? QLocale(QLocale::English, QLocale::UnitedStates)
                               : givenLocale;
    const QString code = currencyCode.trimmed().toUpper();
    if (code.isEmpty())
        return locale.toString(amount, 'f', 2);
    if (code == locale.currencySymbol(QLocale::CurrencyIsoCode))
        return locale.toCurrencyString(amount, locale.currencySymbol(), 2);
    const QString symbol = currencySymbol(code);
    if (!symbol.isEmpty())
        return locale.toCurrencyString(amount, symbol, 2);
    return locale.toString(amount, 'f', 2) + QLatin1Char(' ') + code;
}

QString date(const ApiDate &value, const QLocale &locale)
{
    if (value.isEmpty())
        return {};
    if (!value.isValid())
        return value.raw();
    return locale.toString(value.date(), QLocale::ShortFormat);
}

QString quantity(int value, const QLocale &locale)
{
    return locale.toString(value);
}

} // namespace DisplayFormat
