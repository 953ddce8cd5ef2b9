#include "quoteorderlauncher.h"

#include "apiclient.h"
#include "orderwriteservice.h"
#include "quoteorderdraftstore.h"
#include "quoteorderservice.h"
#include "quotesservice.h"
#include "quotetoorderwizard.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

QuoteOrderLauncher::QuoteOrderLauncher(ApiClient *client, OrdersService *orders, QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_orders(orders)
    , m_window(window)
    , m_quotes(std::make_unique<QuotesService>(client))
    , m_quoteOrders(std::make_unique<QuoteOrderService>(client))
    , m_writer(std::make_unique<OrderWriteService>(client))
    , m_ownDrafts(std::make_unique<QuoteOrderDraftStore>())
    , m_drafts(m_ownDrafts.get())
{
    m_askResume = [this](const QuoteOrderDraft &draft) {
        QMessageBox box(
            QMessageBox::Question, tr("Order from Quote"),
            tr("An order from quote %1 was left unfinished on %2. Resume it where "
               "you left it?")
                .arg(draft.quoteNumber,
                     QLocale().toString(draft.order.updated.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::NoButton, m_window);
        QPushButton *resume = box.addButton(tr("&Resume"), QMessageBox::AcceptRole);
        box.addButton(tr("&Start Over"), QMessageBox::DestructiveRole);
        box.setDefaultButton(resume);
        box.exec();
        return box.clickedButton() == resume;
    };
}

QuoteOrderLauncher::~QuoteOrderLauncher()
{
    delete m_wizard; // before the services it uses
}

QuoteToOrderWizard *QuoteOrderLauncher::open()
{
    if (m_wizard) {
        m_wizard->show();
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    QuoteToOrderWizard::Services services;
    services.quotes = m_quotes.get();
    services.quoteOrders = m_quoteOrders.get();
    services.orders = m_orders;
    services.writer = m_writer.get();
    services.tracker = m_tracker;
    services.drafts = m_drafts;
    auto *wizard = new QuoteToOrderWizard(services, m_client->profile(), m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard = wizard;
    connect(wizard, &QuoteToOrderWizard::openOrderRequested, this,
            &QuoteOrderLauncher::openOrderRequested);
    connect(wizard, &QuoteToOrderWizard::statusMessage, this, &QuoteOrderLauncher::statusMessage);
    wizard->show();
    if (wizard->hasSavedDraft()) {
        QuoteOrderDraft draft;
        QString error;
        if (!m_drafts->load(m_client->profile().id, &draft, &error)) {
            Q_EMIT statusMessage(tr("The kept order from a quote cannot be read: %1").arg(error));
        } else if (m_askResume && m_askResume(draft)) {
            wizard->resumeSavedDraft();
        } else {
            wizard->discardSavedDraft();
        }
    }
    return wizard;
}
