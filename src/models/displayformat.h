// Formats API values for people: money in its currency and dates in the user's locale.
#pragma once

#include <QLocale>
#include <QString>

class ApiDate;

namespace DisplayFormat {

// "$1,234.50" in en_US, "1.234,50 €" in de_DE; an unknown currency code is shown as a suffix.
QString money(double amount, const QString &currencyCode, const QLocale &locale = QLocale());
// A date in the locale's short format; the raw text when it cannot be parsed; empty when empty.
QString date(const ApiDate &date, const QLocale &locale = QLocale());
QString quantity(int value, const QLocale &locale = QLocale());

} // namespace DisplayFormat
