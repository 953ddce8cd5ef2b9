// One API call as an object that ends exactly once, with a result or an ApiError.
#pragma once

#include "apierror.h"
#include "apirequest.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;
class QTimer;

class ApiJob : public QObject
{
    Q_OBJECT

public:
    explicit ApiJob(QObject *parent = nullptr);
    ~ApiJob() override;

    bool isFinished() const { return m_finished; }
    bool hasError() const { return m_error.isError(); }
    bool wasCancelled() const { return m_error.kind == ApiError::Kind::Cancelled; }
    const ApiError &error() const { return m_error; }
    const ApiResponse &response() const { return m_response; }
    const ApiRequest &request() const { return m_request; }

    // Deletes the job after finished() has been delivered (the default).
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    // Ends the job now with a Cancelled error; finished() is still emitted, once.
    void cancel();

Q_SIGNALS:
    void finished(ApiJob *job);

protected:
    // Turns a 2xx answer into the typed result. Returns an error for malformed bodies:
    // a broken answer is never a silent empty result.
    virtual ApiError parseResponse(const ApiResponse &response);
    // Last look at a failure before finished() reports it, for context only this job knows.
    virtual void annotateError(ApiError &error) const { Q_UNUSED(error) }

private:
    friend class ApiClient;

    void finish(const ApiError &error);

    ApiRequest m_request;
    ApiResponse m_response;
    ApiError m_error;
    bool m_finished = false;
    bool m_autoDelete = true;
    bool m_tokenRefreshed = false;
    bool m_timedOut = false;
    QStringList m_tlsErrors;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr; // rate-limit wait, retry backoff and timeout share one timer
    qint64 m_attemptStartMs = 0;
};

// A job whose answer must be a JSON object (or, for some endpoints, an array).
class JsonApiJob : public ApiJob
{
    Q_OBJECT

public:
    using ApiJob::ApiJob;

protected:
    ApiError parseResponse(const ApiResponse &response) override;
    // Called with the parsed document of a non-empty 2xx answer.
    virtual ApiError parseJson(const class QJsonDocument &document, const ApiResponse &response);
    // Called for 204 No Content or an empty body.
    virtual ApiError parseEmpty(const ApiResponse &response);
};
