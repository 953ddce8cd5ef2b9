// Changes to an order on customer hold: lines (add, update, delete), ship-to and notes, sent
// with PUT /resellers/v6/orders/{orderNumber}; only what was changed goes into the request.
#pragma once

#include "apierror.h"
#include "orderdetails.h"
#include "ordermodifyrequest.h"
#include "ordermodifyresult.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class ModifyOrderDialog;
}
class ApiJob;
class OrderModifyJob;
class OrderWriteService;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

class ModifyOrderDialog : public QDialog
{
    Q_OBJECT

public:
    // How the dialog ended besides Accepted (the API took the change, result() says how much)
    // and Rejected (nothing was sent).
    enum Outcome
    {
        // The request went out but its answer was lost or abandoned: the change may have been
        // applied. It is never sent again by itself; the caller reloads the order.
        MaybeApplied = QDialog::Accepted + 1
    };

    ModifyOrderDialog(OrderWriteService *service, const OrderDetails &details,
                      QWidget *parent = nullptr);
    ~ModifyOrderDialog() override;

    QString orderNumber() const { return m_details.ingramOrderNumber; }
    // What would be sent now: only the lines, notes and address that differ from the order.
    OrderModifyRequest request() const;
    // The problems that keep the request from being sent, by API field name.
    QList<OrderModifyRequest::Problem> problems() const;
    bool isSending() const { return !m_job.isNull(); }
    // Set once the dialog ended with Accepted.
    const OrderModifyResult &result() const { return m_result; }
    // Set once the dialog ended with MaybeApplied.
    const ApiError &error() const { return m_error; }

    // Adds an empty new line and returns its row; the part and quantity widgets are in the
    // table's cells (partEditAt(), quantityAt()).
    int addLine();
    int rowOfLine(const QString &ingramLineNumber) const;
    QSpinBox *quantityAt(int row) const;
    QLineEdit *partEditAt(int row) const;
    QLineEdit *notesEditAt(int row) const;
    QPushButton *sendButton() const { return m_send; }

public Q_SLOTS:
    // Validates, then sends; does nothing while a request is out.
    void send();
    // Marks the selected line for deletion, or keeps it again; a new line is simply removed.
    void toggleDeleteSelected();
    void reject() override;

private:
    struct Row
    {
        bool isNew = false;
        bool deleted = false;
        QString ingramLineNumber;
        QString customerLineNumber;
        QString ingramPartNumber;
        int quantity = 0;
        QString notes;
        QSpinBox *quantityBox = nullptr;
        QLineEdit *notesEdit = nullptr;
        QLineEdit *partEdit = nullptr; // new lines only
    };

    static bool isChanged(const Row &row);
    // The rows that go into the request, in the request's order.
    QList<int> changedRows() const;
    void addRow(const Row &row);
    void refreshRow(int row);
    void updateState();
    void showProblems(const QList<OrderModifyRequest::Problem> &problems);
    void clearProblems();
    Address shipToFromFields() const;
    QString nextCustomerLineNumber() const;
    QString changeSummary(const OrderModifyRequest &request) const;
    void onFinished(ApiJob *job);
    void setSending(bool sending);

    std::unique_ptr<Ui::ModifyOrderDialog> m_ui;
    QPointer<OrderWriteService> m_service;
    OrderDetails m_details;
    QList<Row> m_rows;
    QPointer<OrderModifyJob> m_job;
    QPushButton *m_send;
    OrderModifyResult m_result;
    ApiError m_error;
    QList<QPair<QString, QLineEdit *>> m_addressFields; // API field name, editor
    QList<int> m_sentRows;
    bool m_validated = false; // a send was tried: reasons follow the edits from now on
};
