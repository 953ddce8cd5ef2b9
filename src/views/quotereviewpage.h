// The review page of the quote-to-order wizard: everything that will be sent, readable, and
// the exact request body. Placing the order from here cannot be undone with Back.
#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class QuoteReviewPage;
}
class MessageBanner;
class QuoteToOrderWizard;

class QuoteReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit QuoteReviewPage(QuoteToOrderWizard *wizard);
    ~QuoteReviewPage() override;

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;

    QString summaryText() const;
    // The request body exactly as it will be sent.
    QString requestBody() const;
    MessageBanner *banner() const;

private:
    std::unique_ptr<Ui::QuoteReviewPage> m_ui;
    QuoteToOrderWizard *m_wizard;
};
