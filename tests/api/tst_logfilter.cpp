// LogFilter keeps Qt's raw HTTP debug output off even when every debug category is enabled.
#include "logfilter.h"

#include <QLoggingCategory>
#include <QTest>

class TestLogFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rawHttpCategoriesStayOff()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        QLoggingCategory before("qt.httpserver.request");
        QVERIFY(before.isDebugEnabled()); // the rule really enables everything

        LogFilter::install();
        QLoggingCategory httpServer("qt.httpserver.request");
        QLoggingCategory network("qt.network.http2");
        QLoggingCategory ours("resellerdesk.api");
        QVERIFY(!httpServer.isDebugEnabled());
        QVERIFY(!network.isDebugEnabled());
        QVERIFY(!before.isDebugEnabled()); // existing categories are filtered too
        QVERIFY(ours.isDebugEnabled());
        QVERIFY(httpServer.isWarningEnabled());
    }
};

QTEST_GUILESS_MAIN(TestLogFilter)
#include "tst_logfilter.moc"
