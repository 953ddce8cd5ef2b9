// TextTable: column alignment for terminals and RFC 4180 quoting for CSV.
#include "clitestsupport.h"
#include "texttable.h"

#include <QTest>
#include <QTextStream>

class TestTextTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvQuotesOnlyWhatNeedsIt_data();
    void csvQuotesOnlyWhatNeedsIt();
    void csvRoundTrips();
    void textAlignsColumns();
};

void TestTextTable::csvQuotesOnlyWhatNeedsIt_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("20-RD128") << QStringLiteral("20-RD128");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("ACME, INC") << QStringLiteral("\"ACME, INC\"");
    QTest::newRow("quote") << QStringLiteral("27\" MONITOR")
                           << QStringLiteral("\"27\"\" MONITOR\"");
    QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("edge space") << QStringLiteral(" x") << QStringLiteral("\" x\"");
    QTest::newRow("inner space") << QStringLiteral("a b") << QStringLiteral("a b");
}

void TestTextTable::csvQuotesOnlyWhatNeedsIt()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(TextTable::csvField(field), expected);
}

void TestTextTable::csvRoundTrips()
{
    const QStringList header{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    const QList<QStringList> rows{
        {QStringLiteral("1"), QStringLiteral("ACME, INC"), QStringLiteral("say \"hi\"")},
        {QStringLiteral("two\nlines"), QString(), QStringLiteral(" padded ")},
    };
    TextTable table(header);
    for (const QStringList &row : rows)
        table.addRow(row);
    QString text;
    QTextStream out(&text);
    table.writeCsv(out);
    out.flush();
    QVERIFY(text.endsWith(QLatin1String("\r\n")));
    const QList<QStringList> parsed = parseCsv(text);
    QCOMPARE(parsed.size(), 3);
    QCOMPARE(parsed.at(0), header);
    QCOMPARE(parsed.at(1), rows.at(0));
    QCOMPARE(parsed.at(2), rows.at(1));
}

void TestTextTable::textAlignsColumns()
{
    TextTable table({QStringLiteral("NAME"), QStringLiteral("TOTAL")});
    table.setAlignment(1, TextTable::Align::Right);
    table.addRow({QStringLiteral("a"), QStringLiteral("1.00")});
    table.addRow({QStringLiteral("longer name"), QStringLiteral("1234.50")});
    table.addRow({QStringLiteral("multi\nline"), QString()});
    QString text;
    QTextStream out(&text);
    table.writeText(out, QStringLiteral("  "));
    out.flush();
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines, (QStringList{
                        QStringLiteral("  NAME           TOTAL"),
                        QStringLiteral("  a               1.00"),
                        QStringLiteral("  longer name  1234.50"),
                        QStringLiteral("  multi line"),
                    }));
}

QTEST_GUILESS_MAIN(TestTextTable)
#include "tst_texttable.moc"
