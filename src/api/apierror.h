// The one error type of the API core: everything that can go wrong with a request.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

// A field-level problem reported by the API in the "fields" array of an error body.
struct ApiFieldError
{
    QString field;
    QString message;
    QString value;
};

class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        None,
        Network,         // connection refused or reset, host not found, ...
        Timeout,         // no complete answer within the request timeout
        Tls,             // certificate or handshake problem; never ignored
        Http,            // the API answered with a 4xx or 5xx status
        InvalidResponse, // a 2xx answer that is not what the API promises
        Authentication,  // no access token could be obtained
        Configuration,   // the profile is incomplete or the secret is unavailable
        Cancelled,       // the caller cancelled the request
        InvalidRequest,  // refused before sending: the input breaks the API's rules
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString serverMessage; // the API's own error text, when it sent one
    QString serverType;    // errors[].type, or the fault's errorcode
    QList<ApiFieldError> fieldErrors;
    QString technicalDetail; // network error string, TLS errors, parse error
    QString correlationId;   // IM-CorrelationID of the request that failed
    int retryAfterSeconds = -1;
    bool maybeProcessed = false; // a request that changes data may have reached the server
    // Set when a v6 order create failed with a 5xx inside the vendor's nightly maintenance
    // window: when that window ends (UTC). Message and next step then say so.
    QDateTime maintenanceWindowEnd;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // A translated sentence for people, preferring the server's own error text.
    QString message() const;
    // A translated hint on what to do next.
    QString nextStep() const;
    // The message for a field named by the API, or an empty string.
    QString fieldMessage(const QString &field) const;
    // Suitable for logs: kind, status, correlation ID; never secrets.
    QString toLogString() const;

    static ApiError none() { return {}; }
    static ApiError make(Kind kind, const QString &detail = {});
    // Decodes an error body in any of the API's shapes (errors[], message, fault, non-JSON).
    static ApiError fromHttp(int status, const QByteArray &body,
                             const QByteArray &contentType = {});
    static ApiError fromNetworkError(QNetworkReply::NetworkError error, const QString &errorString);
    static ApiError invalidResponse(const QString &detail);

private:
    QString plainMessage() const;
};

Q_DECLARE_METATYPE(ApiError)
