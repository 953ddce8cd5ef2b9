#include "requestlogmodel.h"

#include <QColor>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>

#include <algorithm>

RequestLogModel::RequestLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

RequestLogModel::StatusClass RequestLogModel::statusClass(int status)
{
    if (status >= 200 && status < 300)
        return StatusClass::Success;
    if (status >= 300 && status < 400)
        return StatusClass::Redirect;
    if (status >= 400 && status < 500)
        return StatusClass::ClientError;
    if (status >= 500)
        return StatusClass::ServerError;
    return StatusClass::NoAnswer;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiExchange &entry = m_entries.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time:
            return locale.toString(entry.startedAt.toLocalTime().time(),
                                   QStringLiteral("HH:mm:ss.zzz"));
        case Method:
            return QString::fromLatin1(entry.method);
        case Path:
            return entry.url.path();
        case Status:
            return entry.status > 0 ? QString::number(entry.status) : tr("no answer");
        case Duration:
            return tr("%1 ms").arg(entry.durationMs);
        case Size:
            return locale.formattedDataSize(entry.responseSize);
        case CorrelationId:
            return entry.correlationId;
        case Attempt:
            return entry.attempt > 1 ? tr("retry %1").arg(entry.attempt - 1) : QString();
        case Profile:
            return entry.profileName;
        case ColumnCount:
            break;
        }
        break;
    case RawValueRole:
        switch (Column(index.column())) {
        case Time:
            return entry.startedAt;
        case Status:
            return entry.status;
        case Duration:
            return entry.durationMs;
        case Size:
            return entry.responseSize;
        case Attempt:
            return entry.attempt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == Status && !entry.errorText.isEmpty())
            return entry.errorText;
        if (index.column() == Path)
            return entry.url.toDisplayString();
        break;
    case Qt::ForegroundRole:
        // The status text says it too; colour only helps the eye.
        if (index.column() == Status) {
            switch (statusClass(entry.status)) {
            case StatusClass::ClientError:
                return QColor(0xb2, 0x6a, 0x00);
            case StatusClass::ServerError:
            case StatusClass::NoAnswer:
                return QColor(0xc6, 0x28, 0x28);
            default:
                break;
            }
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Duration || index.column() == Size || index.column() == Status)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case StatusClassRole:
        return int(statusClass(entry.status));
    case CorrelationIdRole:
        return entry.correlationId;
    default:
        break;
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case Size:
        return tr("Size");
    case CorrelationId:
        return tr("Correlation ID");
    case Attempt:
        return tr("Retry");
    case Profile:
        return tr("Profile");
    case ColumnCount:
        break;
    }
    return {};
}

void RequestLogModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    trimTo(m_capacity);
}

void RequestLogModel::applySettings(const QSettings &settings)
{
    bool ok = false;
    const int capacity = settings.value(QLatin1String(CapacityKey)).toInt(&ok);
    if (ok)
        setCapacity(std::clamp(capacity, MinCapacity, MaxCapacity));
    const int bodyLimitKiB = settings.value(QLatin1String(BodyLimitKey)).toInt(&ok);
    if (ok)
        setBodyLimit(qint64(std::clamp(bodyLimitKiB, MinBodyLimitKiB, MaxBodyLimitKiB)) * 1024);
}

void RequestLogModel::saveSettings(QSettings &settings, int capacity, int bodyLimitKiB)
{
    settings.setValue(QLatin1String(CapacityKey), std::clamp(capacity, MinCapacity, MaxCapacity));
    settings.setValue(QLatin1String(BodyLimitKey),
                      std::clamp(bodyLimitKiB, MinBodyLimitKiB, MaxBodyLimitKiB));
}

void RequestLogModel::trimTo(int capacity)
{
    const int excess = int(m_entries.size()) - capacity;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_entries.remove(0, excess);
    endRemoveRows();
}

void RequestLogModel::append(const ApiExchange &exchange)
{
    trimTo(m_capacity - 1);
    ApiExchange entry = exchange;
    // Redacted again here: whatever produced the exchange, the log never holds a secret.
    entry.requestHeaders = ApiExchange::redactHeaders(entry.requestHeaders);
    entry.responseHeaders = ApiExchange::redactHeaders(entry.responseHeaders);
    entry.requestBody = ApiExchange::redactBody(entry.requestBody);
    entry.responseBody = ApiExchange::redactBody(entry.responseBody);
    for (QByteArray *body : {&entry.requestBody, &entry.responseBody}) {
        if (body->size() > m_bodyLimit) {
            body->truncate(m_bodyLimit);
            entry.bodyTruncated = true;
        }
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
}

void RequestLogModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int RequestLogModel::rowForCorrelationId(const QString &correlationId) const
{
    if (correlationId.isEmpty())
        return -1;
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (m_entries.at(row).correlationId == correlationId)
            return row;
    }
    return -1;
}

namespace {
QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QJsonObject headersToJson(const ApiHeaderList &headers)
{
    QJsonObject object;
    for (const auto &header : headers)
        object.insert(QString::fromLatin1(header.first), QString::fromUtf8(header.second));
    return object;
}
} // namespace

QString RequestLogModel::toCurl(const ApiExchange &exchange)
{
    QStringList parts{QStringLiteral("curl"), QStringLiteral("-X"),
                      QString::fromLatin1(exchange.method),
                      shellQuote(exchange.url.toString(QUrl::FullyEncoded))};
    for (const auto &header : ApiExchange::redactHeaders(exchange.requestHeaders)) {
        QString value = QString::fromUtf8(header.second);
        if (header.first.compare("Authorization", Qt::CaseInsensitive) == 0)
            value = QStringLiteral("Bearer $ACCESS_TOKEN");
        const QString line = QString::fromLatin1(header.first) + QStringLiteral(": ") + value;
        // Double quotes for the token line, so the shell fills in $ACCESS_TOKEN.
        parts << QStringLiteral("-H")
              << (value.contains(QLatin1Char('$')) ? QLatin1Char('"') + line + QLatin1Char('"')
                                                   : shellQuote(line));
    }
    if (!exchange.requestBody.isEmpty())
        parts << QStringLiteral("--data-raw")
              << shellQuote(QString::fromUtf8(ApiExchange::redactBody(exchange.requestBody)));
    return parts.join(QLatin1Char(' '));
}

QJsonObject RequestLogModel::toJson(const ApiExchange &exchange)
{
    QJsonObject object;
    object.insert(QStringLiteral("startedAt"), exchange.startedAt.toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("method"), QString::fromLatin1(exchange.method));
    object.insert(QStringLiteral("url"), exchange.url.toString(QUrl::FullyEncoded));
    object.insert(QStringLiteral("status"), exchange.status);
    if (!exchange.errorText.isEmpty())
        object.insert(QStringLiteral("error"), exchange.errorText);
    object.insert(QStringLiteral("durationMs"), double(exchange.durationMs));
    object.insert(QStringLiteral("responseSize"), double(exchange.responseSize));
    object.insert(QStringLiteral("correlationId"), exchange.correlationId);
    object.insert(QStringLiteral("attempt"), exchange.attempt);
    object.insert(QStringLiteral("profile"), exchange.profileName);
    object.insert(QStringLiteral("requestHeaders"),
                  headersToJson(ApiExchange::redactHeaders(exchange.requestHeaders)));
    object.insert(QStringLiteral("responseHeaders"),
                  headersToJson(ApiExchange::redactHeaders(exchange.responseHeaders)));
    object.insert(QStringLiteral("requestBody"),
                  QString::fromUtf8(ApiExchange::redactBody(exchange.requestBody)));
    object.insert(QStringLiteral("responseBody"),
                  QString::fromUtf8(ApiExchange::redactBody(exchange.responseBody)));
    object.insert(QStringLiteral("bodyTruncated"), exchange.bodyTruncated);
    return object;
}

QJsonArray RequestLogModel::toJson(const QList<int> &rows) const
{
    QJsonArray array;
    for (const int row : rows) {
        if (row >= 0 && row < m_entries.size())
            array.append(toJson(m_entries.at(row)));
    }
    return array;
}
