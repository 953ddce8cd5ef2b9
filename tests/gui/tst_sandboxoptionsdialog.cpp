// The sandbox testing options dialog driven through its real widgets against the in-process
// offline sandbox: parameters reach order details requests, fault switches hit searches, a data
// reset replaces the orders.
#include "apiclient.h"
#include "ordersservice.h"
#include "sandboxfaults.h"
#include "sandboxoptionsdialog.h"
#include "sandboxserver.h"
#include "sandboxstore.h"
#include "secretsource.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

class TestSandboxOptionsDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<OrdersService> m_orders;
    std::unique_ptr<SandboxOptionsDialog> m_dialog;

    ConnectionProfile profile(ConnectionProfile::Environment environment) const
    {
        ConnectionProfile profile = ConnectionProfile::offlineSandbox();
        profile.name = QStringLiteral("Desk tests");
        profile.environment = environment;
        profile.customUrl = m_sandbox->baseUrl();
        return profile;
    }
    void openDialog(ConnectionProfile::Environment environment, bool withSandbox = true)
    {
        const ConnectionProfile active = profile(environment);
        m_client->setProfile(active, std::make_shared<InMemorySecretSource>(
                                         QLatin1String(SandboxDefaults::ClientSecret)));
        m_dialog = std::make_unique<SandboxOptionsDialog>(active, m_orders.get(),
                                                          withSandbox ? m_sandbox.get() : nullptr);
        m_dialog->open();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }
    template<typename T>
    T *child(const char *name) const
    {
        auto *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("missing widget %s", name);
        return widget;
    }
    static void choose(QComboBox *combo, const QString &text)
    {
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index);
    }
    // The error of an order search through the service; None when it succeeded.
    ApiError runSearch()
    {
        OrderSearchJob *job = m_orders->search({});
        job->setAutoDelete(false);
        if (!QTest::qWaitFor([job] { return job->isFinished(); }, 15000))
            job->cancel();
        const ApiError error = job->error();
        delete job;
        return error;
    }
    // recordsFound of a search over every order date, optionally for one customer PO; -1 on error.
    int countOrders(const QString &customerOrderNumber = {})
    {
        OrderSearchQuery query;
        query.customerOrderNumber = customerOrderNumber;
        query.ingramOrderDateRange = {QDate(2000, 1, 1), QDate(2030, 12, 31)};
        OrderSearchJob *job = m_orders->search(query);
        job->setAutoDelete(false);
        if (!QTest::qWaitFor([job] { return job->isFinished(); }, 15000))
            job->cancel();
        const int records = job->error().isError() ? -1 : job->page().recordsFound;
        delete job;
        return records;
    }
    // An order as the API would have created it: a copy of a seeded one under a new number.
    void addCreatedOrder(const QString &customerOrderNumber)
    {
        SandboxStore *store = m_sandbox->store();
        SandboxOrder order = store->orders().front();
        order.ingramOrderNumber = store->nextOrderNumber(QStringLiteral("20"));
        order.customerOrderNumber = customerOrderNumber;
        store->addOrder(order);
    }
    // Clicks "Reset data" and answers the confirmation with button.
    void resetThroughDialog(QMessageBox::StandardButton button)
    {
        QTest::mouseClick(child<QPushButton>("resetDataButton"), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
        QCOMPARE(box, m_dialog->findChild<QMessageBox *>(QStringLiteral("resetDataConfirmation")));
        QVERIFY(box->informativeText().contains(tr("will be lost")));
        QVERIFY(box->button(button));
        QTest::mouseClick(box->button(button), Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->findChild<QMessageBox *>(QStringLiteral("resetDataConfirmation")));
        if (button == QMessageBox::Reset) {
            QTRY_VERIFY(child<QLabel>("dataStatusLabel")->text().startsWith(tr("Data reset")));
            QVERIFY(!QApplication::overrideCursor());
            QVERIFY(child<QGroupBox>("offlineDataGroup")->isEnabled());
        }
    }
    QString firstOrderNumber() const
    {
        return m_sandbox->store()->orders().front().ingramOrderNumber;
    }

private Q_SLOTS:
    void init()
    {
        SandboxOptions options;
        options.referenceDate = QDate(2026, 6, 15);
        options.orderCount = 40;
        m_sandbox = std::make_unique<SandboxServer>(options);
        QVERIFY(m_sandbox->listen());
        m_client = std::make_unique<ApiClient>();
        m_client->setRetryPolicy({1, 10, 10, 1});
        m_client->setTimeout(5000);
        m_orders = std::make_unique<OrdersService>(m_client.get());
    }
    void cleanup()
    {
        m_dialog.reset();
        m_orders.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void isNonModal()
    {
        openDialog(ConnectionProfile::Environment::OfflineSandbox);
        QVERIFY(m_dialog->isVisible());
        QVERIFY(!m_dialog->isModal() || m_dialog->windowModality() != Qt::ApplicationModal);
    }

    void simulateStatusReachesDetailsRequests()
    {
        openDialog(ConnectionProfile::Environment::OfflineSandbox);
        QVERIFY(m_dialog->parametersAvailable());
        QVERIFY(child<QGroupBox>("parametersGroup")->isEnabled());
        auto *status = child<QComboBox>("simulateStatusCombo");
        QCOMPARE(status->currentText(), tr("none"));
        choose(status, QStringLiteral("IM::SHIPPED"));
        QTest::keyClicks(child<QLineEdit>("regionCodeEdit"), QStringLiteral("NA"));
        choose(child<QComboBox>("isImlCombo"), tr("false"));
        QCOMPARE(m_orders->sandboxTestingOptions().simulateStatus, QStringLiteral("IM::SHIPPED"));

        m_sandbox->clearReceivedRequests();
        OrderDetailsJob *job = m_orders->details(firstOrderNumber());
        job->setAutoDelete(false);
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 15000);
        QVERIFY2(!job->hasError(), qPrintable(job->error().message()));
        delete job;
        QUrlQuery sent;
        for (const SandboxRequestRecord &record : m_sandbox->receivedRequests()) {
            if (record.path.startsWith(QLatin1String("/resellers/v6.1/orders/")))
                sent = QUrlQuery(QString::fromUtf8(record.query));
        }
        QCOMPARE(sent.queryItemValue(QStringLiteral("simulateStatus"), QUrl::FullyDecoded),
                 QStringLiteral("IM::SHIPPED"));
        QCOMPARE(sent.queryItemValue(QStringLiteral("regionCode")), QStringLiteral("NA"));
        QCOMPARE(sent.queryItemValue(QStringLiteral("isIml")), QStringLiteral("false"));

        // Back to "none": nothing is sent any more.
        choose(status, tr("none"));
        child<QLineEdit>("regionCodeEdit")->clear();
        choose(child<QComboBox>("isImlCombo"), tr("not sent"));
        QVERIFY(m_orders->sandboxTestingOptions().isEmpty());
    }

    void dialogShowsOptionsSetElsewhere()
    {
        SandboxTestingOptions options;
        options.simulateStatus = QStringLiteral("IM::HOLD");
        options.isIml = true;
        m_orders->setSandboxTestingOptions(options);
        openDialog(ConnectionProfile::Environment::OfflineSandbox);
        QCOMPARE(child<QComboBox>("simulateStatusCombo")->currentText(),
                 QStringLiteral("IM::HOLD"));
        QCOMPARE(child<QComboBox>("isImlCombo")->currentText(), tr("true"));
    }

    void faultSwitchAddedAndRemovedThroughTheDialog()
    {
        openDialog(ConnectionProfile::Environment::OfflineSandbox);
        QVERIFY(m_dialog->faultSwitchesAvailable());
        QCOMPARE(runSearch().kind, ApiError::Kind::None);

        auto *kinds = child<QComboBox>("faultKindCombo");
        QCOMPARE(kinds->count(), 13);
        choose(kinds, SandboxFaultRule::kindName(SandboxFaultKind::ServiceUnavailable));
        QTest::keyClicks(child<QLineEdit>("faultPathEdit"), QStringLiteral("/orders/search"));
        choose(child<QComboBox>("faultModeCombo"), tr("always"));
        QTest::mouseClick(child<QPushButton>("addFaultButton"), Qt::LeftButton);

        auto *table = child<QTableWidget>("faultTable");
        QCOMPARE(m_sandbox->faults()->rules().size(), 1);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("unavailable"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("/orders/search"));

        const ApiError failed = runSearch();
        QCOMPARE(failed.httpStatus, 503);
        QCOMPARE(runSearch().httpStatus, 503); // always, not once

        auto *remove = child<QPushButton>("removeFaultButton");
        QVERIFY(!remove->isEnabled());
        table->selectRow(0);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(m_sandbox->faults()->isEmpty());
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(runSearch().kind, ApiError::Kind::None);
    }

    void removeKeepsTheOtherSwitches()
    {
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::Latency, 1));
        m_sandbox->faults()->add(
            SandboxFaultRule(SandboxFaultKind::ServerError).withShape(SandboxErrorShape::Fault));
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::DropConnection)
                                     .onPath(QStringLiteral("/nowhere"))
                                     .withProbability(0.25));
        openDialog(ConnectionProfile::Environment::OfflineSandbox);
        auto *table = child<QTableWidget>("faultTable");
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("fault"));
        table->selectRow(1);
        QTest::mouseClick(child<QPushButton>("removeFaultButton"), Qt::LeftButton);
        const QList<SandboxFaultRule> rules = m_sandbox->faults()->rules();
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules.at(0).kind, SandboxFaultKind::Latency);
        QCOMPARE(rules.at(1).kind, SandboxFaultKind::DropConnection);
        QCOMPARE(rules.at(1).fraction, 0.25);
        QCOMPARE(table->rowCount(), 2);

        QTest::mouseClick(child<QPushButton>("clearFaultsButton"), Qt::LeftButton);
        QVERIFY(m_sandbox->faults()->isEmpty());
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!child<QPushButton>("clearFaultsButton")->isEnabled());
    }

    void nextRequestsSwitchRunsOutAndLeavesTheList()
    {
        openDialog(ConnectionProfile::Environment::OfflineSandbox);
        choose(child<QComboBox>("faultKindCombo"),
               SandboxFaultRule::kindName(SandboxFaultKind::GatewayTimeout));
        choose(child<QComboBox>("faultModeCombo"), tr("next requests"));
        auto *count = child<QSpinBox>("faultCountSpin");
        QVERIFY(count->isEnabled());
        QVERIFY(!child<QDoubleSpinBox>("faultFractionSpin")->isEnabled());
        count->setValue(1);
        QTest::keyClicks(child<QLineEdit>("faultPathEdit"), QStringLiteral("/orders/search"));
        QTest::mouseClick(child<QPushButton>("addFaultButton"), Qt::LeftButton);
        QCOMPARE(child<QTableWidget>("faultTable")->rowCount(), 1);
        QCOMPARE(runSearch().httpStatus, 504);
        QCOMPARE(runSearch().kind, ApiError::Kind::None);
        QTRY_COMPARE(child<QTableWidget>("faultTable")->rowCount(), 0);
    }

    void productionProfileDisablesParameters_data()
    {
        QTest::addColumn<int>("environment");
        QTest::newRow("production") << int(ConnectionProfile::Environment::Production);
        QTest::newRow("custom") << int(ConnectionProfile::Environment::Custom);
    }
    void productionProfileDisablesParameters()
    {
        QFETCH(int, environment);
        openDialog(ConnectionProfile::Environment(environment), false);
        QVERIFY(!m_dialog->parametersAvailable());
        QVERIFY(!child<QGroupBox>("parametersGroup")->isEnabled());
        QVERIFY(!child<QComboBox>("simulateStatusCombo")->isEnabled());
        QVERIFY(!child<QLabel>("parametersNote")->text().isEmpty());
        QVERIFY(child<QLabel>("parametersNote")->text().contains(QStringLiteral("Desk tests")));
        QVERIFY(!m_dialog->faultSwitchesAvailable());
        QVERIFY(!child<QGroupBox>("offlineGroup")->isEnabled());
        QVERIFY(!child<QLabel>("offlineNote")->text().isEmpty());
        // Changing a disabled control programmatically still must not set options.
        child<QComboBox>("simulateStatusCombo")->setCurrentIndex(1);
        QVERIFY(m_orders->sandboxTestingOptions().isEmpty());
    }

    void sandboxGoingAwayDisablesFaultSwitches()
    {
        openDialog(ConnectionProfile::Environment::OfflineSandbox);
        QVERIFY(child<QGroupBox>("offlineGroup")->isEnabled());
        m_orders.reset();
        m_client.reset();
        m_sandbox.reset();
        QVERIFY(!m_dialog->faultSwitchesAvailable());
        QTRY_VERIFY(!child<QGroupBox>("offlineGroup")->isEnabled());
        QVERIFY(!child<QGroupBox>("offlineDataGroup")->isEnabled());
        QTest::mouseClick(child<QPushButton>("addFaultButton"), Qt::LeftButton); // no crash
    }

    void resetRemovesCreatedOrders()
    {
        openDialog(ConnectionProfile::Environment::OfflineSandbox);
        QVERIFY(child<QGroupBox>("offlineDataGroup")->isEnabled());
        QCOMPARE(child<QSpinBox>("seedSizeSpin")->value(), 40);
        QCOMPARE(child<QSpinBox>("seedSizeSpin")->maximum(), 100000);
        const QString po = QStringLiteral("RD-DIALOG-RESET");
        addCreatedOrder(po);
        QCOMPARE(countOrders(po), 1);
        QCOMPARE(countOrders(), 41);
        m_sandbox->faults()->add(SandboxFaultRule(SandboxFaultKind::Latency, 1));
        const quint16 port = m_sandbox->port();

        resetThroughDialog(QMessageBox::Cancel);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(countOrders(po), 1);

        resetThroughDialog(QMessageBox::Reset);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(countOrders(po), 0);
        QCOMPARE(countOrders(), 40);
        QCOMPARE(m_sandbox->port(), port);
        QCOMPARE(m_sandbox->faults()->rules().size(), 1);
    }

    void seedSizeChangesTheData()
    {
        openDialog(ConnectionProfile::Environment::OfflineSandbox);
        const QStringList before = [this] {
            QStringList numbers;
            for (const SandboxOrder &order : m_sandbox->store()->orders())
                numbers.append(order.ingramOrderNumber);
            return numbers;
        }();
        QCOMPARE(countOrders(), 40);
        child<QSpinBox>("seedSizeSpin")->setValue(65);
        QCOMPARE(countOrders(), 40); // nothing changes before the reset
        resetThroughDialog(QMessageBox::Reset);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(countOrders(), 65);
        QCOMPARE(m_sandbox->options().orderCount, 65);
        QCOMPARE(child<QSpinBox>("seedSizeSpin")->value(), 65);
        // The first 40 seeded orders are the same ones: the seed did not change.
        for (int i = 0; i < before.size(); ++i)
            QCOMPARE(m_sandbox->store()->orders().at(size_t(i)).ingramOrderNumber, before.at(i));

        child<QSpinBox>("seedSizeSpin")->setValue(0);
        resetThroughDialog(QMessageBox::Reset);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(countOrders(), 0);
        QVERIFY(child<QLabel>("dataStatusLabel")->text().contains(QLatin1String("0")));
    }

    void largeResetRunsOffTheGuiThreadAndStops()
    {
        openDialog(ConnectionProfile::Environment::OfflineSandbox);
        const QString first = firstOrderNumber();
        // The GUI thread's longest gap between two ticks while the dialog resets.
        QTimer ticker;
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        connect(&ticker, &QTimer::timeout, this,
                [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
        sinceTick.start();
        ticker.start(10);

        child<QSpinBox>("seedSizeSpin")->setValue(SandboxServer::MaxOrderCount);
        QTest::mouseClick(child<QPushButton>("resetDataButton"), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
        QTest::mouseClick(box->button(QMessageBox::Reset), Qt::LeftButton);

        auto *progress = child<QProgressBar>("resetProgress");
        auto *stop = child<QPushButton>("cancelResetButton");
        QTRY_VERIFY(progress->isVisible());
        QVERIFY(stop->isVisible() && stop->isEnabled());
        QVERIFY(!child<QPushButton>("resetDataButton")->isEnabled());
        QVERIFY(!QApplication::overrideCursor());
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 30000);
        const QByteArray dir = qgetenv("RD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            m_dialog->grab().save(QString::fromLocal8Bit(dir) +
                                  QStringLiteral("/sandbox-options-resetting.png"));
        // The sandbox keeps answering from the old data meanwhile.
        QCOMPARE(countOrders(), 40);

        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!progress->isVisible(), 30000);
        QVERIFY(!stop->isVisible());
        QVERIFY(child<QPushButton>("resetDataButton")->isEnabled());
        QVERIFY2(child<QLabel>("dataStatusLabel")->text().contains(tr("unchanged")),
                 qPrintable(child<QLabel>("dataStatusLabel")->text()));
        QCOMPARE(m_sandbox->store()->orderCount(), 40);
        QCOMPARE(firstOrderNumber(), first);
        QVERIFY2(longestGap < 750, qPrintable(QStringLiteral("stalled %1 ms").arg(longestGap)));
    }

    void accessibleNames()
    {
        openDialog(ConnectionProfile::Environment::OfflineSandbox);
        for (const char *name :
             {"simulateStatusCombo", "regionCodeEdit", "isImlCombo", "faultTable", "faultKindCombo",
              "faultParameterSpin", "faultPathEdit", "faultModeCombo", "faultCountSpin",
              "faultFractionSpin", "addFaultButton", "removeFaultButton", "clearFaultsButton",
              "seedSizeSpin", "resetDataButton"})
            QVERIFY2(!child<QWidget>(name)->accessibleName().isEmpty(), name);
    }
};

QTEST_MAIN(TestSandboxOptionsDialog)
#include "tst_sandboxoptionsdialog.moc"
