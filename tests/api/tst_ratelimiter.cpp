// RateLimiter keeps each endpoint under its calls-per-window budget.
#include "ratelimiter.h"

#include <QTest>

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void underTheLimitNoWait()
    {
        RateLimiter limiter(3, 1000);
        QCOMPARE(limiter.reserve(QStringLiteral("a"), 0), 0);
        QCOMPARE(limiter.reserve(QStringLiteral("a"), 10), 0);
        QCOMPARE(limiter.reserve(QStringLiteral("a"), 20), 0);
    }
    void overTheLimitWaitsForTheOldestSlot()
    {
        RateLimiter limiter(3, 1000);
        for (int i = 0; i < 3; ++i)
            limiter.reserve(QStringLiteral("a"), i * 10);
        QCOMPARE(limiter.reserve(QStringLiteral("a"), 100), 900);  // slot at 1000
        QCOMPARE(limiter.reserve(QStringLiteral("a"), 100), 910);  // slot at 1010
        QCOMPARE(limiter.reserve(QStringLiteral("a"), 100), 920);  // slot at 1020
        QCOMPARE(limiter.reserve(QStringLiteral("a"), 100), 1900); // second window
    }
    void endpointsAreIndependent()
    {
        RateLimiter limiter(1, 1000);
        QCOMPARE(limiter.reserve(QStringLiteral("a"), 0), 0);
        QCOMPARE(limiter.reserve(QStringLiteral("b"), 0), 0);
        QCOMPARE(limiter.reserve(QStringLiteral("a"), 0), 1000);
    }
    void windowSlides()
    {
        RateLimiter limiter(2, 1000);
        limiter.reserve(QStringLiteral("a"), 0);
        limiter.reserve(QStringLiteral("a"), 500);
        QCOMPARE(limiter.reserve(QStringLiteral("a"), 1000), 0);
        QCOMPARE(limiter.reserve(QStringLiteral("a"), 1100), 400);
    }
    void sixtyPerMinuteOverAThousandCalls()
    {
        RateLimiter limiter; // the API's own limit
        qint64 lastStart = 0;
        for (int i = 0; i < 1000; ++i)
            lastStart = limiter.reserve(QStringLiteral("search"), 0);
        // 1000 calls at once: the last starts in the 17th minute, never earlier.
        QCOMPARE(lastStart, 16 * 60 * 1000);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
