// The request log view driven through its real widgets, fed by a real client talking to the
// in-process sandbox.
#include "apiclient.h"
#include "ordersservice.h"
#include "requestlogfiltermodel.h"
#include "requestlogmodel.h"
#include "requestlogview.h"
#include "sandboxfaults.h"
#include "sandboxserver.h"
#include "secretsource.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestRequestLogView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OrdersService> m_orders;
    std::unique_ptr<RequestLogModel> m_model;
    std::unique_ptr<RequestLogView> m_view;

    void runSearch()
    {
        OrderSearchJob *job = m_orders->search({});
        job->setAutoDelete(false);
        QTRY_VERIFY(job->isFinished());
        delete job;
    }
    template<typename T>
    T *child(const char *name) const
    {
        auto *widget = m_view->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("missing widget %s", name);
        return widget;
    }

private Q_SLOTS:
    void init()
    {
        SandboxOptions options;
        options.referenceDate = QDate(2026, 6, 15);
        m_sandbox = std::make_unique<SandboxServer>(options);
        QVERIFY(m_sandbox->listen());
        m_client = std::make_unique<ApiClient>();
        m_client->setRetryPolicy({1, 10, 10, 1});
        ConnectionProfile profile = ConnectionProfile::offlineSandbox();
        profile.customUrl = m_sandbox->baseUrl();
        m_client->setProfile(profile, std::make_shared<InMemorySecretSource>(
                                          QLatin1String(SandboxDefaults::ClientSecret)));
        m_orders = std::make_unique<OrdersService>(m_client.get());
        m_model = std::make_unique<RequestLogModel>();
        connect(m_client.get(), &ApiClient::exchangeFinished, m_model.get(),
                &RequestLogModel::append);
        m_view = std::make_unique<RequestLogView>(m_model.get());
        m_view->resize(1000, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup()
    {
        m_view.reset();
        m_orders.reset();
        m_client.reset();
        m_model.reset();
        m_sandbox.reset();
    }

    void requestsAppearWithSecretsRedacted()
    {
        runSearch();
        auto *table = child<QTableView>("entriesView");
        QCOMPARE(table->model()->rowCount(), 2); // token + search
        const auto records = m_sandbox->receivedRequests();
        const QByteArray authorization = records.last().header("Authorization");
        QVERIFY(authorization.startsWith("Bearer "));
        const QString token = QString::fromLatin1(authorization.mid(7));

        for (int row = 0; row < table->model()->rowCount(); ++row) {
            table->setCurrentIndex(table->model()->index(row, 0));
            QVERIFY(!m_view->requestText().contains(token));
            QVERIFY(!m_view->responseText().contains(token));
            QVERIFY(!m_view->requestText().contains(QLatin1String(SandboxDefaults::ClientSecret)));
        }
        // The search's answer is shown pretty-printed.
        QVERIFY(m_view->responseText().contains(QStringLiteral("\n    \"recordsFound\"")));
        QVERIFY(m_view->requestText().contains(QStringLiteral("Authorization: <redacted>")));

        QTest::mouseClick(child<QPushButton>("copyCurlButton"), Qt::LeftButton);
        const QString curl = QApplication::clipboard()->text();
        QVERIFY(curl.contains(QStringLiteral("$ACCESS_TOKEN")));
        QVERIFY(!curl.contains(token));
        // Every entry's cURL, the token request's too: no token, no client secret.
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            table->setCurrentIndex(table->model()->index(row, 0));
            QApplication::clipboard()->clear();
            QTest::mouseClick(child<QPushButton>("copyCurlButton"), Qt::LeftButton);
            const QString text = QApplication::clipboard()->text();
            QVERIFY2(text.startsWith(QLatin1String("curl ")), qPrintable(text));
            QVERIFY2(!text.contains(token), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String(SandboxDefaults::ClientSecret)),
                     qPrintable(text));
        }

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("log.json"));
        m_view->setSaveFileNameProvider([file] { return file; });
        table->clearSelection();
        QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray json = exported.readAll();
        QVERIFY(!json.contains(token.toUtf8()));
        QVERIFY(!json.contains(SandboxDefaults::ClientSecret));
        QCOMPARE(QJsonDocument::fromJson(json).array().size(), 2);
    }

    void failuresAreFoundByFilterAndCorrelationId()
    {
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::ServerError)
                                     .onPath(QStringLiteral("/orders/search"))
                                     .times(1));
        OrderSearchJob *job = m_orders->search({});
        job->setAutoDelete(false);
        QTRY_VERIFY(job->isFinished());
        QVERIFY(job->hasError());
        const QString failedId = job->error().correlationId;
        delete job;
        runSearch();

        auto *table = child<QTableView>("entriesView");
        QCOMPARE(table->model()->rowCount(), 3);
        auto *status = child<QComboBox>("statusFilter");
        status->setCurrentIndex(
            status->findData(int(RequestLogFilterModel::StatusFilter::ServerErrors)));
        QCOMPARE(table->model()->rowCount(), 1);
        QTest::keyClicks(child<QLineEdit>("textFilter"), QStringLiteral("no-such-text"));
        QCOMPARE(table->model()->rowCount(), 0);

        // "Show request" from an error message clears filters that would hide the entry.
        QVERIFY(m_view->showEntry(failedId));
        QCOMPARE(table->model()->rowCount(), 3);
        QVERIFY(m_view->responseText().contains(QStringLiteral("HTTP 500")));
        QVERIFY(m_view->requestText().contains(failedId));
        QVERIFY(!m_view->showEntry(QStringLiteral("not-in-the-log")));
    }
};

QTEST_MAIN(TestRequestLogView)
#include "tst_requestlogview.moc"
