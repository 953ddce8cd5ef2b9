#include "addresswidget.h"

#include "address.h"

#include <QLabel>
#include <QVBoxLayout>

AddressWidget::AddressWidget(QWidget *parent)
    : QGroupBox(parent)
    , m_text(new QLabel(this))
{
    m_text->setObjectName(QStringLiteral("addressText"));
    // API data is shown as plain text so that markup in a company name stays inert.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 6);
    layout->addWidget(m_text);
    layout->addStretch(1);
    clear();
}

void AddressWidget::setAddress(const Address &address)
{
    if (address.isEmpty()) {
        clear();
        return;
    }
    QStringList lines = address.postalLines();
    if (!address.phoneNumber.trimmed().isEmpty())
        lines.append(tr("Phone: %1").arg(address.phoneNumber.trimmed()));
    if (!address.email.trimmed().isEmpty())
        lines.append(tr("Email: %1").arg(address.email.trimmed()));
    m_text->setText(lines.join(QLatin1Char('\n')));
    m_text->setEnabled(true);
    m_text->setAccessibleName(title());
    m_text->setAccessibleDescription(m_text->text());
}

void AddressWidget::clear()
{
    m_text->setText(tr("Not given"));
    m_text->setEnabled(false);
}

QString AddressWidget::text() const
{
    return m_text->isEnabled() ? m_text->text() : QString();
}
