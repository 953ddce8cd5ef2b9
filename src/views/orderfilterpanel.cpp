#include "orderfilterpanel.h"

#include "orderstatusicons.h"
#include "ui_orderfilterpanel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>

namespace {
QString statusObjectName(OrderStatus::Kind kind)
{
    switch (kind) {
    case OrderStatus::Kind::Shipped:
        return QStringLiteral("statusShippedCheck");
    case OrderStatus::Kind::Processing:
        return QStringLiteral("statusProcessingCheck");
    case OrderStatus::Kind::OnHold:
        return QStringLiteral("statusOnHoldCheck");
    case OrderStatus::Kind::Backordered:
        return QStringLiteral("statusBackorderedCheck");
    case OrderStatus::Kind::Cancelled:
        return QStringLiteral("statusCancelledCheck");
    default:
        return QStringLiteral("statusCheck%1").arg(static_cast<int>(kind));
    }
}

void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}
} // namespace

OrderFilterPanel::OrderFilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrderFilterPanel>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("filterPanel"));

    // The search documents five statuses; each box shows the same icon as the results.
    int position = 0;
    for (const OrderStatus::Kind kind : OrderStatus::searchableKinds()) {
        auto *check = new QCheckBox(OrderStatus::displayName(kind), m_ui->statusGroup);
        check->setObjectName(statusObjectName(kind));
        check->setIcon(OrderStatusIcons::icon(kind));
        check->setAccessibleName(tr("Status %1").arg(OrderStatus::displayName(kind)));
        m_ui->statusLayout->insertWidget(position++, check);
        m_statusChecks.append({kind, check});
        connect(check, &QCheckBox::toggled, this, &OrderFilterPanel::filtersChanged);
    }

    m_dateRows = {
        {"ingramOrderDate-bt", tr("the order date range"), m_ui->orderDateCheck,
         m_ui->orderDateFrom, m_ui->orderDateTo, m_ui->orderDateError,
         &OrderSearchQuery::ingramOrderDateRange},
        {"invoiceDate_bt", tr("the invoice date range"), m_ui->invoiceDateCheck,
         m_ui->invoiceDateFrom, m_ui->invoiceDateTo, m_ui->invoiceDateError,
         &OrderSearchQuery::invoiceDateRange},
        {"shipDate_bt", tr("the ship date range"), m_ui->shipDateCheck, m_ui->shipDateFrom,
         m_ui->shipDateTo, m_ui->shipDateError, &OrderSearchQuery::shipDateRange},
        {"deliveryDate_bt", tr("the delivery date range"), m_ui->deliveryDateCheck,
         m_ui->deliveryDateFrom, m_ui->deliveryDateTo, m_ui->deliveryDateError,
         &OrderSearchQuery::deliveryDateRange},
    };
    for (const DateRow &row : std::as_const(m_dateRows)) {
        resetDates(row);
        for (QDateEdit *edit : {row.from, row.to}) {
            edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
            connect(edit, &QDateEdit::dateChanged, this, &OrderFilterPanel::filtersChanged);
        }
        connect(row.check, &QCheckBox::toggled, this, [this, row](bool on) {
            row.from->setEnabled(on);
            row.to->setEnabled(on);
            Q_EMIT filtersChanged();
        });
    }

    m_textRows = {
        {"ingramPartNumber", tr("the Ingram part number"), m_ui->ingramPartNumberEdit,
         m_ui->ingramPartNumberError, &OrderSearchQuery::ingramPartNumber},
        {"vendorPartNumber", tr("the vendor part number"), m_ui->vendorPartNumberEdit,
         m_ui->vendorPartNumberError, &OrderSearchQuery::vendorPartNumber},
        {"vendorName", tr("the vendor name"), m_ui->vendorNameEdit, m_ui->vendorNameError,
         &OrderSearchQuery::vendorName},
        {"specialBidNumber", tr("the special bid number"), m_ui->specialBidNumberEdit,
         m_ui->specialBidNumberError, &OrderSearchQuery::specialBidNumber},
        {"endCustomerOrderNumber", tr("the end-customer PO"), m_ui->endCustomerOrderNumberEdit,
         m_ui->endCustomerOrderNumberError, &OrderSearchQuery::endCustomerOrderNumber},
    };
    for (const TextRow &row : std::as_const(m_textRows))
        connect(row.edit, &QLineEdit::textChanged, this, &OrderFilterPanel::filtersChanged);

    // Errors in the colour of the error banner, with a sign so colour is not the only cue.
    for (QLabel *label : findChildren<QLabel *>()) {
        if (label->objectName().endsWith(QLatin1String("Error")))
            label->setStyleSheet(QStringLiteral("color:#b71c1c;"));
    }

    connect(m_ui->clearFiltersButton, &QPushButton::clicked, this, &OrderFilterPanel::clear);
    setTabOrder(m_statusChecks.constLast().second, m_ui->orderDateCheck);
    for (int i = 1; i < m_statusChecks.size(); ++i)
        setTabOrder(m_statusChecks.at(i - 1).second, m_statusChecks.at(i).second);
}

OrderFilterPanel::~OrderFilterPanel() = default;

void OrderFilterPanel::resetDates(const DateRow &row)
{
    // A month up to today: the range most searches want when a box is ticked.
    const QDate today = QDate::currentDate();
    QSignalBlocker fromBlocker(row.from);
    QSignalBlocker toBlocker(row.to);
    row.from->setDate(today.addMonths(-1));
    row.to->setDate(today);
}

void OrderFilterPanel::applyTo(OrderSearchQuery &query) const
{
    query.setStatusKinds(statusKinds());
    for (const DateRow &row : m_dateRows) {
        query.*row.range = row.check->isChecked()
                               ? OrderSearchQuery::DateRange{row.from->date(), row.to->date()}
                               : OrderSearchQuery::DateRange{};
    }
    for (const TextRow &row : m_textRows)
        query.*row.value = row.edit->text().trimmed();
}

int OrderFilterPanel::activeFilterCount() const
{
    int count = statusKinds().isEmpty() ? 0 : 1;
    for (const DateRow &row : m_dateRows)
        count += row.check->isChecked() ? 1 : 0;
    for (const TextRow &row : m_textRows)
        count += row.edit->text().trimmed().isEmpty() ? 0 : 1;
    return count;
}

void OrderFilterPanel::clear()
{
    {
        const QSignalBlocker blocker(this);
        for (const auto &status : std::as_const(m_statusChecks))
            status.second->setChecked(false);
        for (const DateRow &row : std::as_const(m_dateRows)) {
            row.check->setChecked(false);
            resetDates(row);
        }
        for (const TextRow &row : std::as_const(m_textRows))
            row.edit->clear();
    }
    showProblems({});
    Q_EMIT filtersChanged();
}

QList<OrderStatus::Kind> OrderFilterPanel::statusKinds() const
{
    QList<OrderStatus::Kind> kinds;
    for (const auto &status : m_statusChecks) {
        if (status.second->isChecked())
            kinds.append(status.first);
    }
    return kinds;
}

void OrderFilterPanel::setStatusKinds(const QList<OrderStatus::Kind> &kinds)
{
    for (const auto &status : std::as_const(m_statusChecks))
        status.second->setChecked(kinds.contains(status.first));
}

void OrderFilterPanel::setOrderDateRange(const OrderSearchQuery::DateRange &range)
{
    const DateRow &row = m_dateRows.constFirst();
    if (!range.isNull()) {
        row.from->setDate(range.from);
        row.to->setDate(range.to);
    }
    row.check->setChecked(!range.isNull());
}

QList<OrderSearchQuery::Problem>
OrderFilterPanel::showProblems(const QList<OrderSearchQuery::Problem> &problems)
{
    QList<OrderSearchQuery::Problem> others = problems;
    // The query names fields as the API does ("shipDate_bt"); beside the field, its label
    // reads better.
    const auto take = [&others](const char *field, const QString &label) {
        QStringList messages;
        for (auto it = others.begin(); it != others.end();) {
            if (it->field == QLatin1String(field)) {
                QString message = QString(it->message).replace(it->field, label);
                if (!message.isEmpty())
                    message[0] = message.at(0).toUpper();
                messages.append(message);
                it = others.erase(it);
            } else {
                ++it;
            }
        }
        return messages.join(QLatin1Char('\n'));
    };
    for (const DateRow &row : std::as_const(m_dateRows))
        showError(row.error, take(row.field, row.label));
    for (const TextRow &row : std::as_const(m_textRows))
        showError(row.error, take(row.field, row.label));
    return others;
}

QWidget *OrderFilterPanel::firstInput() const
{
    return m_statusChecks.constFirst().second;
}

QWidget *OrderFilterPanel::lastInput() const
{
    return m_ui->clearFiltersButton;
}

void OrderFilterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        for (const auto &status : std::as_const(m_statusChecks)) {
            status.second->setText(OrderStatus::displayName(status.first));
            status.second->setAccessibleName(
                tr("Status %1").arg(OrderStatus::displayName(status.first)));
        }
        for (const DateRow &row : std::as_const(m_dateRows)) {
            for (QDateEdit *edit : {row.from, row.to})
                edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        }
    }
    QWidget::changeEvent(event);
}
