#include "sandbox/sandboxquote.h"

#include <cmath>

namespace {
double roundMoney(double value)
{
    return std::round(value * 100.0) / 100.0;
}
} // namespace

double SandboxQuoteLine::extendedQuotePrice() const
{
    return roundMoney(quotePrice * quantity);
}

SandboxQuoteStatus SandboxQuote::effectiveStatus(QDate today) const
{
    if ((status == SandboxQuoteStatus::ReadyToOrder || status == SandboxQuoteStatus::Active) &&
        expiry.isValid() && expiry < today)
        return SandboxQuoteStatus::Expired;
    return status;
}

QString SandboxQuote::statusName(SandboxQuoteStatus status)
{
    switch (status) {
    case SandboxQuoteStatus::ReadyToOrder:
        return QStringLiteral("Ready to Order");
    case SandboxQuoteStatus::Active:
        return QStringLiteral("Active");
    case SandboxQuoteStatus::Draft:
        return QStringLiteral("Draft");
    case SandboxQuoteStatus::Expired:
        return QStringLiteral("Expired");
    case SandboxQuoteStatus::Closed:
        return QStringLiteral("Closed");
    }
    return {};
}

QString SandboxQuote::statusName(QDate today) const
{
    return statusName(effectiveStatus(today));
}

bool SandboxQuote::isOrderable(QDate today) const
{
    const SandboxQuoteStatus current = effectiveStatus(today);
    return current == SandboxQuoteStatus::ReadyToOrder || current == SandboxQuoteStatus::Active;
}

QString SandboxQuote::refusal(QDate today) const
{
    switch (effectiveStatus(today)) {
    case SandboxQuoteStatus::ReadyToOrder:
    case SandboxQuoteStatus::Active:
        return {};
    case SandboxQuoteStatus::Expired:
        return QStringLiteral(
                   "Quote %1 expired on %2 and can no longer be ordered. Ask your Ingram "
                   "Micro sales representative for a new revision.")
            .arg(quoteNumber, expiry.toString(Qt::ISODate));
    case SandboxQuoteStatus::Draft:
        return QStringLiteral("Quote %1 is a draft and not ready to order yet.").arg(quoteNumber);
    case SandboxQuoteStatus::Closed:
        return QStringLiteral("Quote %1 is closed and can no longer be ordered.").arg(quoteNumber);
    }
    return {};
}

double SandboxQuote::total() const
{
    double sum = 0;
    for (const SandboxQuoteLine &line : lines)
        sum += line.extendedQuotePrice();
    return roundMoney(sum);
}

double SandboxQuote::msrpTotal() const
{
    double sum = 0;
    for (const SandboxQuoteLine &line : lines)
        sum += line.msrp * line.quantity;
    return roundMoney(sum);
}

int SandboxQuote::quantityTotal() const
{
    int sum = 0;
    for (const SandboxQuoteLine &line : lines)
        sum += line.quantity;
    return sum;
}

const SandboxQuoteLine *SandboxQuote::line(const QString &lineNumber) const
{
    for (const SandboxQuoteLine &candidate : lines) {
        if (candidate.lineNumber.compare(lineNumber.trimmed(), Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}
