// The second page of the quote-to-order wizard: validates the quote and asks for the fields the
// vendor requires at header and line level; required ones block Next until they are filled.
#pragma once

#include "quotejobs.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class QuoteValidatePage;
}
class MessageBanner;
class QuoteToOrderWizard;
class VendorFieldsForm;

class QuoteValidatePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit QuoteValidatePage(QuoteToOrderWizard *wizard);
    ~QuoteValidatePage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    // Asks the API again (Retry, or after a refusal).
    void validateQuote();
    void cancelValidation();
    bool isBusy() const { return m_job; }
    // Shows the server's field problems (vmfAdditionalAttributes.NAME,
    // lines[LINE].vmfAdditionalAttributesLines.NAME) next to their fields.
    void showServerProblems();

    VendorFieldsForm *form() const;
    MessageBanner *banner() const;
    QString note() const;
    QString missingNote() const;

private:
    void onFinished(QuoteValidateJob *job);
    void buildForm();
    void storeValues();
    void updateMissing();

    std::unique_ptr<Ui::QuoteValidatePage> m_ui;
    QuoteToOrderWizard *m_wizard;
    QPointer<QuoteValidateJob> m_job;
    QString m_validatedNumber;
    bool m_loading = false;
};
