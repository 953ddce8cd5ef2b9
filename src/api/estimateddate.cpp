#include "estimateddate.h"

#include "jsonread.h"

namespace {

QString prefixed(QStringView prefix, QStringView field)
{
    return prefix.toString() + field.toString();
}

} // namespace

EstimatedDate EstimatedDate::fromJson(const QJsonObject &json, QStringView prefix)
{
    EstimatedDate estimate;
    estimate.dateType = JsonRead::string(json, prefixed(prefix, u"DateType"));
    estimate.dateRange =
        ApiDateRange::fromJson(JsonRead::object(json, prefixed(prefix, u"DateRange")));
    estimate.source = JsonRead::string(json, prefixed(prefix, u"Source"));
    estimate.description = JsonRead::string(json, prefixed(prefix, u"Description"));
    estimate.date = ApiDate(JsonRead::string(json, prefixed(prefix, u"Date")));
    return estimate;
}

QJsonObject EstimatedDate::toJson(QStringView prefix) const
{
    return {{prefixed(prefix, u"DateType"), dateType},
            {prefixed(prefix, u"DateRange"), dateRange.toJson()},
            {prefixed(prefix, u"Source"), source},
            {prefixed(prefix, u"Description"), description},
            {prefixed(prefix, u"Date"), date.raw()}};
}

bool EstimatedDate::isEmpty() const
{
    return dateType.isEmpty() && dateRange.isEmpty() && source.isEmpty() && description.isEmpty() &&
           date.isEmpty();
}

EstimatedDates EstimatedDates::fromJson(const QJsonObject &json)
{
    EstimatedDates dates;
    dates.ship = EstimatedDate::fromJson(JsonRead::object(json, u"ship"), u"ship");
    dates.delivery = EstimatedDate::fromJson(JsonRead::object(json, u"delivery"), u"delivery");
    return dates;
}

QJsonObject EstimatedDates::toJson() const
{
    // An absent estimate is null on the wire, as in the API's own answers.
    const auto side = [](const EstimatedDate &estimate, QStringView prefix) {
        return estimate.isEmpty() ? QJsonValue(QJsonValue::Null)
                                  : QJsonValue(estimate.toJson(prefix));
    };
    return {{QStringLiteral("ship"), side(ship, u"ship")},
            {QStringLiteral("delivery"), side(delivery, u"delivery")}};
}
