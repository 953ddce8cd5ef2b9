#include "quoteorderdraft.h"

#include <QCoreApplication>

namespace {
const QLatin1String FormatName("resellerdesk-quote-order-draft");

QJsonObject valuesToJson(const QHash<QString, QString> &values)
{
    QJsonObject json;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QHash<QString, QString> valuesFromJson(const QJsonObject &json)
{
    QHash<QString, QString> values;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        values.insert(it.key(), it.value().toString());
    return values;
}
} // namespace

QuoteOrderDraft QuoteOrderDraft::create(const QString &profileId, OrderApiVersion version)
{
    QuoteOrderDraft draft;
    draft.order = OrderDraft::create(profileId, version);
    return draft;
}

QJsonObject QuoteOrderDraft::toJson() const
{
    QJsonObject lines;
    for (auto it = lineFieldValues.cbegin(); it != lineFieldValues.cend(); ++it)
        lines.insert(it.key(), valuesToJson(it.value()));
    return {{QStringLiteral("format"), FormatName},
            {QStringLiteral("formatVersion"), FormatVersion},
            {QStringLiteral("quoteNumber"), quoteNumber},
            {QStringLiteral("page"), page},
            {QStringLiteral("order"), order.toJson()},
            {QStringLiteral("vendorFields"), valuesToJson(headerFieldValues)},
            {QStringLiteral("lineVendorFields"), lines}};
}

bool QuoteOrderDraft::fromJson(const QJsonObject &json, QuoteOrderDraft *draft, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (json.value(QLatin1String("format")).toString() != FormatName)
        return fail(QCoreApplication::translate(
            "QuoteOrderDraft", "The file is not a draft of an order from a quote."));
    const int version = json.value(QLatin1String("formatVersion")).toInt(0);
    if (version < 1 || version > FormatVersion)
        return fail(QCoreApplication::translate("QuoteOrderDraft",
                                                "The draft has format version %1, which this "
                                                "version of ResellerDesk cannot read.")
                        .arg(version));
    QuoteOrderDraft result;
    if (!OrderDraft::fromJson(json.value(QLatin1String("order")).toObject(), &result.order, error))
        return false;
    result.quoteNumber = json.value(QLatin1String("quoteNumber")).toString();
    result.page = qMax(0, json.value(QLatin1String("page")).toInt());
    result.headerFieldValues = valuesFromJson(json.value(QLatin1String("vendorFields")).toObject());
    const QJsonObject lines = json.value(QLatin1String("lineVendorFields")).toObject();
    for (auto it = lines.constBegin(); it != lines.constEnd(); ++it)
        result.lineFieldValues.insert(it.key(), valuesFromJson(it.value().toObject()));
    *draft = result;
    return true;
}

bool QuoteOrderDraft::operator==(const QuoteOrderDraft &other) const
{
    return quoteNumber == other.quoteNumber && page == other.page && order == other.order &&
           headerFieldValues == other.headerFieldValues && lineFieldValues == other.lineFieldValues;
}
