#include "apidate.h"

#include "jsonread.h"

ApiDate::ApiDate(const QString &raw)
    : m_raw(raw)
    , m_date(JsonRead::toDate(raw))
    , m_dateTime(JsonRead::toDateTime(raw))
{}

ApiDate ApiDate::fromDate(const QDate &date)
{
    return ApiDate(date.isValid() ? date.toString(Qt::ISODate) : QString());
}

bool ApiDate::hasTime() const
{
    return m_dateTime.isValid() && m_raw.trimmed().size() > 10;
}
