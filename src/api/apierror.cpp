#include "apierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace {
QString stringValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

// The vendor's bodies misspell keys now and then ("messaage", "1ype").
QString firstOf(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = stringValue(object.value(QLatin1String(key)));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

void readErrorEntry(const QJsonObject &entry, ApiError &error)
{
    const QString message = firstOf(entry, {"message", "messaage", "Message", "description"});
    if (!message.isEmpty() && error.serverMessage.isEmpty())
        error.serverMessage = message;
    const QString type = firstOf(entry, {"type", "1ype", "code"});
    if (!type.isEmpty() && error.serverType.isEmpty())
        error.serverType = type;
    const QJsonValue fields = entry.value(QLatin1String("fields"));
    const QJsonArray fieldArray = fields.isObject() ? QJsonArray{fields} : fields.toArray();
    for (const QJsonValue &fieldValue : fieldArray) {
        const QJsonObject field = fieldValue.toObject();
        ApiFieldError fieldError{firstOf(field, {"field", "name"}),
                                 firstOf(field, {"message", "messaage", "Message"}),
                                 stringValue(field.value(QLatin1String("value")))};
        if (!fieldError.field.isEmpty() || !fieldError.message.isEmpty())
            error.fieldErrors.append(fieldError);
    }
}

void readErrorObject(const QJsonObject &object, ApiError &error)
{
    const QJsonValue errors = object.value(QLatin1String("errors"));
    if (errors.isArray()) {
        const QJsonArray entries = errors.toArray();
        for (const QJsonValue &entry : entries)
            readErrorEntry(entry.toObject(), error);
        return;
    }
    if (errors.isObject()) {
        readErrorEntry(errors.toObject(), error);
        return;
    }
    const QJsonObject fault = object.value(QLatin1String("fault")).toObject();
    if (!fault.isEmpty()) {
        error.serverMessage = firstOf(fault, {"faultstring", "message"});
        error.serverType = firstOf(fault.value(QLatin1String("detail")).toObject(), {"errorcode"});
        return;
    }
    // OAuth2 servers answer {"error", "error_description"}.
    if (object.contains(QLatin1String("error_description"))) {
        error.serverMessage = firstOf(object, {"error_description"});
        error.serverType = firstOf(object, {"error"});
        return;
    }
    // Flat shapes: {"message"} or {"traceid", "type", "message", "fields"}.
    readErrorEntry(object, error);
}

// A short, readable excerpt of a non-JSON body such as a gateway's HTML page.
QString textExcerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(4096));
    static const QRegularExpression title(QStringLiteral("<title>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    const auto match = title.match(text);
    if (match.hasMatch())
        return match.captured(1).simplified();
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(tags);
    return text.simplified().left(200);
}
} // namespace

ApiError ApiError::make(Kind kind, const QString &detail)
{
    ApiError error;
    error.kind = kind;
    error.technicalDetail = detail;
    return error;
}

ApiError ApiError::invalidResponse(const QString &detail)
{
    return make(Kind::InvalidResponse, detail);
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &contentType)
{
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = status;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        if (document.isObject()) {
            readErrorObject(document.object(), error);
        } else if (document.isArray()) {
            // Some endpoints wrap the error object in an array: [{"errors":[...]}].
            const QJsonArray array = document.array();
            for (const QJsonValue &value : array)
                readErrorObject(value.toObject(), error);
        }
    } else if (!body.trimmed().isEmpty()) {
        const QString excerpt = textExcerpt(body);
        error.technicalDetail = contentType.isEmpty() ? excerpt
                                                      : QString::fromLatin1(contentType) +
                                                            QStringLiteral(": ") + excerpt;
    }
    return error;
}

ApiError ApiError::fromNetworkError(QNetworkReply::NetworkError code, const QString &errorString)
{
    switch (code) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::OperationCanceledError:
        return make(Kind::Cancelled, errorString);
    case QNetworkReply::TimeoutError:
        return make(Kind::Timeout, errorString);
    case QNetworkReply::SslHandshakeFailedError:
        return make(Kind::Tls, errorString);
    default:
        return make(Kind::Network, errorString);
    }
}

QString ApiError::message() const
{
    const QString text = plainMessage();
    if (kind == Kind::Http && maintenanceWindowEnd.isValid())
        return tr("%1 It failed inside Ingram Micro's nightly maintenance window, when orders "
                  "cannot be created with API v6.")
            .arg(text);
    return text;
}

QString ApiError::plainMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("Could not reach the Reseller API: %1").arg(technicalDetail);
    case Kind::Timeout:
        return tr("The Reseller API did not answer in time.");
    case Kind::Tls:
        return tr("The secure connection to the Reseller API could not be verified: %1")
            .arg(technicalDetail);
    case Kind::InvalidResponse:
        return tr("The Reseller API sent an answer that could not be read: %1")
            .arg(technicalDetail);
    case Kind::Authentication:
        if (!serverMessage.isEmpty())
            return tr("Signing in to the Reseller API failed: %1").arg(serverMessage);
        return tr("Signing in to the Reseller API failed: %1").arg(technicalDetail);
    case Kind::Configuration:
        return technicalDetail;
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::InvalidRequest:
        if (!fieldErrors.isEmpty())
            return fieldErrors.constFirst().message;
        return technicalDetail;
    case Kind::Http:
        break;
    }

    if (!serverMessage.isEmpty()) {
        // "Validation failed" says little on its own; the fields say what.
        if (!fieldErrors.isEmpty()) {
            QStringList parts;
            for (const ApiFieldError &field : fieldErrors) {
                parts.append(field.field.isEmpty() ? field.message
                                                   : tr("%1: %2").arg(field.field, field.message));
            }
            return tr("%1 (%2)").arg(serverMessage, parts.join(QStringLiteral("; ")));
        }
        return serverMessage;
    }
    if (!fieldErrors.isEmpty())
        return fieldErrors.constFirst().message;

    switch (httpStatus) {
    case 400:
        return tr("The Reseller API rejected the request as invalid (HTTP 400).");
    case 401:
        return tr("The Reseller API did not accept the credentials (HTTP 401).");
    case 403:
        return tr("This account is not allowed to do that (HTTP 403).");
    case 404:
        return tr("The Reseller API found nothing at that address (HTTP 404).");
    case 405:
        return tr("The Reseller API does not allow this action here (HTTP 405).");
    case 429:
        return tr("Too many requests: the Reseller API asks to slow down (HTTP 429).");
    case 500:
        return tr("The Reseller API had an internal error (HTTP 500).");
    case 502:
    case 503:
    case 504:
        if (!technicalDetail.isEmpty())
            return tr("The Reseller API is unavailable (HTTP %1): %2")
                .arg(httpStatus)
                .arg(technicalDetail);
        return tr("The Reseller API is unavailable (HTTP %1).").arg(httpStatus);
    default:
        if (!technicalDetail.isEmpty())
            return tr("The Reseller API answered with HTTP %1: %2")
                .arg(httpStatus)
                .arg(technicalDetail);
        return tr("The Reseller API answered with HTTP %1.").arg(httpStatus);
    }
}

QString ApiError::nextStep() const
{
    switch (kind) {
    case Kind::None:
    case Kind::Cancelled:
        return {};
    case Kind::Network:
        return tr("Check the network connection and the profile's address, then try again.");
    case Kind::Timeout:
        return maybeProcessed ? tr("The request may still have been carried out. Check before "
                                   "sending it again.")
                              : tr("Try again in a moment.");
    case Kind::Tls:
        return tr("Check the system date and the network: a proxy or firewall may be "
                  "intercepting the connection.");
    case Kind::InvalidResponse:
        return tr("Try again. If it happens again, send the correlation ID to support.");
    case Kind::Authentication:
        return tr("Check the client ID and secret in the connection profile.");
    case Kind::Configuration:
        return tr("Open the connection profiles and complete this profile.");
    case Kind::InvalidRequest:
        return tr("Correct the values and try again.");
    case Kind::Http:
        break;
    }
    if (maintenanceWindowEnd.isValid()) {
        const QDateTime end = maintenanceWindowEnd.toLocalTime();
        return tr("The window ends at %1 your time. Send the order again after that, or "
                  "place it with API v7, which accepts orders during the window.")
            .arg(QLocale().toString(end, QLocale::ShortFormat));
    }
    if (httpStatus == 401 || httpStatus == 403)
        return tr("Check the connection profile: customer number, country and API access.");
    if (httpStatus == 429)
        return tr("Wait a minute before trying again.");
    if (httpStatus >= 500)
        return tr("Try again later. If it persists, send the correlation ID to Ingram Micro "
                  "API support.");
    if (!fieldErrors.isEmpty())
        return tr("Correct the fields named above and try again.");
    return tr("Check the values entered and try again.");
}

QString ApiError::fieldMessage(const QString &field) const
{
    for (const ApiFieldError &fieldError : fieldErrors) {
        if (fieldError.field.compare(field, Qt::CaseInsensitive) == 0)
            return fieldError.message;
    }
    return {};
}

QString ApiError::toLogString() const
{
    static const char *const names[] = {
        "none",      "network",          "timeout",        "tls",
        "http",      "invalid-response", "authentication", "configuration",
        "cancelled", "invalid-request"};
    QString text = QLatin1String(names[static_cast<int>(kind)]);
    if (httpStatus)
        text += QStringLiteral(" status=") + QString::number(httpStatus);
    if (!serverType.isEmpty())
        text += QStringLiteral(" type=") + serverType;
    if (!correlationId.isEmpty())
        text += QStringLiteral(" correlation-id=") + correlationId;
    return text;
}
