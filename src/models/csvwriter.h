// Builds RFC 4180 CSV text in UTF-8 that spreadsheets open without an import dialog.
#pragma once

#include <QByteArray>
#include <QStringList>

class CsvWriter
{
public:
    // A byte order mark lets Excel recognise UTF-8; other readers skip it.
    explicit CsvWriter(bool byteOrderMark = true);

    void addRow(const QStringList &fields);
    const QByteArray &data() const { return m_data; }
    int rowCount() const { return m_rows; }

    // Quotes a field only when it needs it: separators, quotes, line breaks or edge spaces.
    static QString escape(const QString &givenField);
    // Writes a number as spreadsheets read it whatever the user's locale: no grouping, a dot.
    static QString number(double value, int decimals = 2);

private:
    QByteArray m_data;
    int m_rows = 0;
};
