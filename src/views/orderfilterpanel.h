// The order search's filter panel: statuses, date ranges, products and references.
#pragma once

#include "ordersearchquery.h"

#include <QWidget>

#include <memory>

namespace Ui {
class OrderFilterPanel;
}
class QCheckBox;
class QDateEdit;
class QLabel;

class OrderFilterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OrderFilterPanel(QWidget *parent = nullptr);
    ~OrderFilterPanel() override;

    // Sets the query's filters from the panel; fields it does not own are left alone.
    void applyTo(OrderSearchQuery &query) const;
    int activeFilterCount() const;
    void clear();

    QList<OrderStatus::Kind> statusKinds() const;
    void setStatusKinds(const QList<OrderStatus::Kind> &kinds);
    // Opens a range, e.g. for a test or a saved search; a null range switches it off.
    void setOrderDateRange(const OrderSearchQuery::DateRange &range);

    // Shows each problem beside its field and returns those that belong to no field here.
    QList<OrderSearchQuery::Problem> showProblems(const QList<OrderSearchQuery::Problem> &problems);

    QWidget *firstInput() const;
    QWidget *lastInput() const;

Q_SIGNALS:
    void filtersChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct DateRow
    {
        const char *field;
        QString label;
        QCheckBox *check;
        QDateEdit *from;
        QDateEdit *to;
        QLabel *error;
        OrderSearchQuery::DateRange OrderSearchQuery::*range;
    };
    struct TextRow
    {
        const char *field;
        QString label;
        class QLineEdit *edit;
        QLabel *error;
        QString OrderSearchQuery::*value;
    };

    void resetDates(const DateRow &row);

    std::unique_ptr<Ui::OrderFilterPanel> m_ui;
    QList<QPair<OrderStatus::Kind, QCheckBox *>> m_statusChecks;
    QList<DateRow> m_dateRows;
    QList<TextRow> m_textRows;
};
