// Every API request of this run, newest last, in a bounded ring buffer for the request log.
#pragma once

#include "apiexchange.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QList>

class QSettings;

class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Method,
        Path,
        Status,
        Duration,
        Size,
        CorrelationId,
        Attempt,
        Profile,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // for sorting: QDateTime, int, qint64, ...
        StatusClassRole,                 // StatusClass
        CorrelationIdRole,
    };
    enum class StatusClass
    {
        NoAnswer = 0,
        Success = 2,
        Redirect = 3,
        ClientError = 4,
        ServerError = 5
    };
    Q_ENUM(StatusClass)

    static constexpr int DefaultCapacity = 500;
    static constexpr qint64 DefaultBodyLimit = 64 * 1024;
    // Where the limits are kept (the size is set in Edit → Preferences); read by applySettings().
    static constexpr const char *CapacityKey = "Preferences/requestLogSize"; // set in Preferences
    static constexpr const char *BodyLimitKey = "requestLog/bodyLimitKiB";
    static constexpr int MinCapacity = 10;
    static constexpr int MaxCapacity = 100000;
    static constexpr int MinBodyLimitKiB = 1;
    static constexpr int MaxBodyLimitKiB = 16 * 1024;

    explicit RequestLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Oldest entries leave first when the buffer is full.
    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }
    // Bodies longer than this are cut, with a note, to keep memory bounded.
    void setBodyLimit(qint64 bytes) { m_bodyLimit = bytes; }
    qint64 bodyLimit() const { return m_bodyLimit; }
    // Applies the capacity and body limit stored under CapacityKey and BodyLimitKey, clamped to
    // the ranges above; missing or unreadable values leave the defaults.
    void applySettings(const QSettings &settings);
    // Stores them, for the preferences dialog; applySettings() reads them back.
    static void saveSettings(QSettings &settings, int capacity, int bodyLimitKiB);

    const ApiExchange &exchange(int row) const { return m_entries.at(row); }
    // The newest entry with this correlation ID, or -1.
    int rowForCorrelationId(const QString &correlationId) const;

    // A cURL command that repeats the request; the token is replaced by a placeholder.
    static QString toCurl(const ApiExchange &exchange);
    // Entries as JSON for support; secrets are already redacted.
    QJsonArray toJson(const QList<int> &rows) const;
    static QJsonObject toJson(const ApiExchange &exchange);
    static StatusClass statusClass(int status);

public Q_SLOTS:
    void append(const ApiExchange &exchange);
    void clear();

private:
    void trimTo(int capacity);

    QList<ApiExchange> m_entries;
    int m_capacity = DefaultCapacity;
    qint64 m_bodyLimit = DefaultBodyLimit;
};
