// Shows how an order attempt ended: the orders and lines a v6 create placed, the lines a 207
// rejected, a v7 confirmation, what a search found after a lost answer, or why it failed.
#pragma once

#include "ordersubmission.h"

#include <QWidget>

#include <memory>

namespace Ui {
class OrderResultView;
}
class MessageBanner;

class OrderResultView : public QWidget
{
    Q_OBJECT

public:
    explicit OrderResultView(QWidget *parent = nullptr);
    ~OrderResultView() override;

    // Shows the submission's outcome, or where it stands while it runs.
    void showSubmission(const OrderSubmission *submission);

    void showCreated(const OrderCreateResult &result);
    void showConfirmed(const QString &customerOrderNumber, const OrderConfirmation &confirmation);
    void showFoundAfterLostAnswer(const QString &customerOrderNumber,
                                  const QList<OrderSummary> &orders, const ApiError &lostAnswer);
    // message: what to do now; lostAnswer: what went wrong with the create.
    void showNotFoundAfterLostAnswer(const QString &customerOrderNumber, const QString &message,
                                     const ApiError &lostAnswer, bool canCheckAgain = true);
    // rejected: the API or the desk refused the input (field errors are listed).
    void showFailure(const QString &customerOrderNumber, const ApiError &error, bool rejected);
    void showProgress(const QString &message);
    void clear();

    QString headline() const;
    // The summary as plain text, for tests and accessibility.
    QString summaryText() const;
    MessageBanner *banner() const;

    // "EN – part not found"; the code alone when it is not known.
    static QString rejectCodeText(const QString &code);

Q_SIGNALS:
    void openOrderRequested(const QString &orderNumber);
    void checkAgainRequested();
    void pendingOrdersRequested();

private:
    void reset();
    void setHeadline(const QString &text, const QString &color = {});
    void setSummary(const QStringList &paragraphs);

    std::unique_ptr<Ui::OrderResultView> m_ui;
};
