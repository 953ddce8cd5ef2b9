// The order header page of the quote-to-order wizard: customer PO, end-customer PO, notes,
// bill-to, ship-to and end user, checked as the user types with the reason next to the field.
#pragma once

#include "address.h"

#include <QHash>
#include <QWizardPage>

#include <memory>

namespace Ui {
class QuoteOrderHeaderPage;
}
class QLabel;
class QuoteToOrderWizard;

class QuoteOrderHeaderPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit QuoteOrderHeaderPage(QuoteToOrderWizard *wizard);
    ~QuoteOrderHeaderPage() override;

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;

    // The problem shown next to the field the API path names ("customerOrderNumber",
    // "shipToInfo.city"); empty when there is none.
    QString problemFor(const QString &field) const;
    QWidget *widgetForField(const QString &field) const;
    // Whether a field path belongs to this page.
    static bool ownsField(const QString &field);

private:
    void setupFieldMap();
    void load();
    void store();
    void showProblems();

    std::unique_ptr<Ui::QuoteOrderHeaderPage> m_ui;
    QuoteToOrderWizard *m_wizard;
    QHash<QString, QWidget *> m_fields; // lower-case API path -> input
    QHash<QWidget *, QLabel *> m_problemLabels;
    bool m_loading = false;
};
