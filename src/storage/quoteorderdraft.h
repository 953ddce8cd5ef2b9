// An order from a quote being prepared in the quote-to-order wizard, kept on disk so that a
// closed wizard reopens where it was: the quote, the page, the order header and vendor fields.
#pragma once

#include "orderdraft.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

class QuoteOrderDraft
{
public:
    static constexpr int FormatVersion = 1;

    QString quoteNumber;
    int page = 0; // the wizard page it was left on
    // The order header (customer PO, notes, bill-to, ship-to, end user) and the draft's id,
    // profile, times and submission state, in the order drafts' own lossless format.
    OrderDraft order;
    QHash<QString, QString> headerFieldValues;               // vendor field name -> value
    QHash<QString, QHash<QString, QString>> lineFieldValues; // line -> name -> value

    static QuoteOrderDraft create(const QString &profileId, OrderApiVersion version);

    QJsonObject toJson() const;
    // Returns false and sets error when the JSON is not a quote-order draft.
    static bool fromJson(const QJsonObject &json, QuoteOrderDraft *draft, QString *error);

    bool operator==(const QuoteOrderDraft &other) const;
    bool operator!=(const QuoteOrderDraft &other) const { return !(*this == other); }
};
