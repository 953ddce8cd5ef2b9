// The "Pending orders" page: v7 orders being followed until they appear, with Check now, Remove
// and Open order.
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class PendingOrdersView;
}
class PendingOrderTracker;
class PendingOrdersModel;
class QSortFilterProxyModel;
class QTimer;

class PendingOrdersView : public QWidget
{
    Q_OBJECT

public:
    explicit PendingOrdersView(PendingOrderTracker *tracker, QWidget *parent = nullptr);
    ~PendingOrdersView() override;

    PendingOrdersModel *model() const { return m_model; }
    // The id of the selected entry, or an empty string.
    QString selectedId() const;
    bool selectEntry(const QString &id);

Q_SIGNALS:
    void openOrderRequested(const QString &orderNumber);
    void statusMessage(const QString &message);

private:
    void updateActions();
    void checkNow();
    void removeSelected();
    void openSelected();

    std::unique_ptr<Ui::PendingOrdersView> m_ui;
    PendingOrderTracker *m_tracker;
    PendingOrdersModel *m_model;
    QSortFilterProxyModel *m_proxy;
};
