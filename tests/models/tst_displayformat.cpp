// DisplayFormat: money in its own currency, in the user's locale.
#include "apidate.h"
#include "displayformat.h"

#include <QTest>

class TestDisplayFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void money_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("US dollars in the US") << "en_US" << 1234.5 << "USD"
                                              << "$1,234.50";
        QTest::newRow("euros in Germany") << "de_DE" << 1234.5 << "EUR"
                                          << "1.234,50\u00a0€";
        QTest::newRow("euros in the US") << "en_US" << 1234.5 << "eur"
                                         << "€1,234.50";
        QTest::newRow("unknown code") << "en_US" << 1234.5 << "XYZ"
                                      << "1,234.50 XYZ";
        QTest::newRow("no currency") << "en_US" << 7.0 << ""
                                     << "7.00";
        QTest::newRow("C locale") << "C" << 12.5 << "USD"
                                  << "$12.50";
    }
    void money()
    {
        QFETCH(QString, locale);
        QFETCH(double, amount);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(DisplayFormat::money(amount, currency, QLocale(locale)), expected);
    }
    void dates()
    {
        const QLocale us(QStringLiteral("en_US"));
        QCOMPARE(DisplayFormat::date(ApiDate(QStringLiteral("2026-06-15")), us),
                 QStringLiteral("6/15/26"));
        QCOMPARE(DisplayFormat::date(ApiDate(QStringLiteral("not a date")), us),
                 QStringLiteral("not a date"));
        QCOMPARE(DisplayFormat::date(ApiDate(), us), QString());
    }
};

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
