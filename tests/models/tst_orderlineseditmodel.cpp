// The editable lines model of the order editor: numbering, editing, spreadsheet paste with
// per-row errors, and problems attached to cells; checked by QAbstractItemModelTester.
#include "orderlineseditmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestOrderLinesEditModel : public QObject
{
    Q_OBJECT

private:
    static QString cell(const OrderLinesEditModel &model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }

private Q_SLOTS:
    void addNumbersUniquelyAndRemoveKeepsNumbers()
    {
        OrderLinesEditModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy edited(&model, &OrderLinesEditModel::linesEdited);
        QCOMPARE(model.addLine(), 0);
        QCOMPARE(model.addLine(), 1);
        QCOMPARE(model.addLine(), 2);
        QCOMPARE(edited.size(), 3);
        QCOMPARE(cell(model, 0, OrderLinesEditModel::LineNumberColumn), QStringLiteral("1"));
        QCOMPARE(cell(model, 2, OrderLinesEditModel::LineNumberColumn), QStringLiteral("3"));
        model.removeLines({0});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, OrderLinesEditModel::LineNumberColumn), QStringLiteral("2"));
        // The freed number is used again; numbers stay unique.
        model.addLine();
        QCOMPARE(cell(model, 2, OrderLinesEditModel::LineNumberColumn), QStringLiteral("1"));
        model.removeLines({0, 2, 2, 7});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, OrderLinesEditModel::LineNumberColumn), QStringLiteral("3"));
    }

    void editCells()
    {
        OrderLinesEditModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addLine();
        QVERIFY(model.setData(model.index(0, OrderLinesEditModel::IngramPartColumn),
                              QStringLiteral(" 6YY344 ")));
        QVERIFY(model.setData(model.index(0, OrderLinesEditModel::QuantityColumn), 4));
        QVERIFY(model.setData(model.index(0, OrderLinesEditModel::UnitPriceColumn),
                              QStringLiteral("12.5")));
        QVERIFY(!model.setData(model.index(0, OrderLinesEditModel::QuantityColumn),
                               QStringLiteral("four")));
        QVERIFY(!model.setData(model.index(0, OrderLinesEditModel::UnitPriceColumn),
                               QStringLiteral("cheap")));
        OrderCreateLine line = model.lines().first();
        QCOMPARE(line.ingramPartNumber, QStringLiteral("6YY344"));
        QCOMPARE(line.quantity, 4);
        QCOMPARE(line.unitPrice.value_or(-1), 12.5);
        QVERIFY(model.setData(model.index(0, OrderLinesEditModel::UnitPriceColumn), QString()));
        QVERIFY(!model.lines().first().unitPrice.has_value());

        model.setReadOnly(true);
        QVERIFY(!(model.flags(model.index(0, 1)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, OrderLinesEditModel::QuantityColumn), 9));
        QCOMPARE(model.lines().first().quantity, 4);
    }

    void pasteKeepsGoodRowsAndNamesBadOnes()
    {
        OrderLinesEditModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addLine(); // the empty line a new order starts with
        const QString text = QStringLiteral("AAA111\t2\r\n"
                                            "BBB222\t3\t19.99\n"
                                            "\n"
                                            "CCC333\tmany\n"
                                            "DDD444\n"
                                            "\t5\n"
                                            "EEE555\t1\t$7.50\t\t\n"
                                            "FFF666\t0\n"
                                            "GGG777\t1\tfree\n"
                                            "HHH888\t1\t2\t3\n");
        const OrderLinesEditModel::PasteResult result = model.pasteText(text);
        QCOMPARE(result.added, 3);
        QCOMPARE(result.errors.size(), 6);
        QVERIFY2(result.errors.at(0).contains(QLatin1String("Row 4")),
                 qPrintable(result.errors.at(0)));
        QVERIFY(result.errors.at(0).contains(QLatin1String("many")));
        QVERIFY(result.errors.at(1).contains(QLatin1String("Row 5")));
        QVERIFY(result.errors.at(2).contains(QLatin1String("Row 6")));
        QVERIFY(result.errors.at(3).contains(QLatin1String("Row 8")));
        QVERIFY(result.errors.at(4).contains(QLatin1String("Row 9")));
        QVERIFY(result.errors.at(5).contains(QLatin1String("Row 10")));

        const QList<OrderCreateLine> lines = model.lines();
        QCOMPARE(lines.size(), 3); // the empty line was replaced
        QCOMPARE(lines.at(0).ingramPartNumber, QStringLiteral("AAA111"));
        QCOMPARE(lines.at(0).quantity, 2);
        QVERIFY(!lines.at(0).unitPrice);
        QCOMPARE(lines.at(1).unitPrice.value_or(-1), 19.99);
        QCOMPARE(lines.at(2).ingramPartNumber, QStringLiteral("EEE555"));
        QCOMPARE(lines.at(2).unitPrice.value_or(-1), 7.5);
        QStringList numbers;
        for (const OrderCreateLine &line : lines)
            numbers.append(line.customerLineNumber);
        QCOMPARE(numbers,
                 (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));

        OrderCreateRequest request;
        request.customerOrderNumber = QStringLiteral("PO");
        request.lines = lines;
        QVERIFY(request.isValid(OrderApiVersion::V6));
    }

    void pasteSkipsAHeaderRow()
    {
        OrderLinesEditModel model;
        const auto result =
            model.pasteText(QStringLiteral("Part\tQty\tPrice\nAAA111\t2\t9.50\nPart\tQty\n"));
        QCOMPARE(result.added, 1);
        // Only a first row is a header; the same text further down is a refused row.
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.at(0).contains(QLatin1String("Row 3")),
                 qPrintable(result.errors.at(0)));
        QCOMPARE(model.lines().at(0).ingramPartNumber, QStringLiteral("AAA111"));
    }

    void pasteOfOnlyBadRowsChangesNothing()
    {
        OrderLinesEditModel model;
        QSignalSpy edited(&model, &OrderLinesEditModel::linesEdited);
        const auto result = model.pasteText(QStringLiteral("just text"));
        QCOMPARE(result.added, 0);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(edited.size(), 0);
        QVERIFY(!OrderLinesEditModel::looksLikeRows(QStringLiteral("ABC123")));
        QVERIFY(OrderLinesEditModel::looksLikeRows(QStringLiteral("ABC123\t1")));
    }

    void problemsLandOnCells()
    {
        OrderLinesEditModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addLine();
        model.addLine();
        model.setProblems({{QStringLiteral("lines[1].quantity"), QStringLiteral("Too few")},
                           {QStringLiteral("lines[0].ingramPartNumber"), QStringLiteral("Unknown")},
                           {QStringLiteral("lines[9].quantity"), QStringLiteral("No such row")},
                           {QStringLiteral("customerOrderNumber"), QStringLiteral("Not a line")}});
        QCOMPARE(model.problem(1, OrderLinesEditModel::QuantityColumn), QStringLiteral("Too few"));
        QCOMPARE(
            model.index(1, OrderLinesEditModel::QuantityColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("Too few"));
        QVERIFY(
            model.index(1, OrderLinesEditModel::QuantityColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(1, OrderLinesEditModel::IngramPartColumn)
                     .data(Qt::BackgroundRole)
                     .isValid());
        const QStringList summary = model.problemSummary();
        QCOMPARE(summary.size(), 2);
        QVERIFY(summary.at(0).startsWith(QLatin1String("Line 1")));
        QVERIFY(summary.at(1).contains(QLatin1String("Too few")));
        model.setProblems({});
        QVERIFY(model.problem(1, OrderLinesEditModel::QuantityColumn).isEmpty());
        QVERIFY(model.problemSummary().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOrderLinesEditModel)
#include "tst_orderlineseditmodel.moc"
