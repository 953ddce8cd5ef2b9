// A date or timestamp as the API sent it, kept verbatim next to its parsed value.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// The raw text is what is shown when parsing fails and what goes back on the wire, so a format
// the parser does not know never loses information; the parsed values serve sorting and
// locale-aware display.
class ApiDate
{
public:
    ApiDate() = default;
    explicit ApiDate(const QString &raw);
    static ApiDate fromDate(const QDate &date);

    QString raw() const { return m_raw; }
    // The calendar day as written, whatever the zone.
    QDate date() const { return m_date; }
    // The instant; a value without a zone is taken as UTC, a date alone as midnight UTC.
    QDateTime dateTime() const { return m_dateTime; }
    bool isEmpty() const { return m_raw.trimmed().isEmpty(); }
    bool isValid() const { return m_date.isValid(); }
    // The raw text carried a time of day, not just a date.
    bool hasTime() const;

    bool operator==(const ApiDate &other) const { return m_raw == other.m_raw; }
    bool operator!=(const ApiDate &other) const { return m_raw != other.m_raw; }

private:
    QString m_raw;
    QDate m_date;
    QDateTime m_dateTime;
};
