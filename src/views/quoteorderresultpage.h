// The last page of the quote-to-order wizard: sends the order once, asks before reusing a
// customer PO, and shows the confirmation, the tracking of the order and links to open it.
#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class QuoteOrderResultPage;
}
class MessageBanner;
class QuoteToOrderWizard;

class QuoteOrderResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit QuoteOrderResultPage(QuoteToOrderWizard *wizard);
    ~QuoteOrderResultPage() override;

    void initializePage() override;
    bool isComplete() const override;

    // Called by the wizard whenever the submission moves on.
    void showState();

    QString message() const;
    QString details() const;
    MessageBanner *banner() const;
    // The tracking entry of the order in the pending list, if it was added there.
    QString pendingEntryId() const { return m_pendingId; }
    void setPendingEntryId(const QString &id) { m_pendingId = id; }

private:
    std::unique_ptr<Ui::QuoteOrderResultPage> m_ui;
    QuoteToOrderWizard *m_wizard;
    QString m_pendingId;
};
