#include "apijob.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

ApiJob::ApiJob(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::cancel()
{
    if (m_finished)
        return;
    finish(ApiError::make(ApiError::Kind::Cancelled));
}

ApiError ApiJob::parseResponse(const ApiResponse &)
{
    return {};
}

void ApiJob::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_error = error;
    if (m_error.isError() && m_error.correlationId.isEmpty())
        m_error.correlationId = m_response.correlationId;
    if (m_error.isError())
        annotateError(m_error);
    Q_EMIT finished(this);
    if (m_autoDelete)
        deleteLater();
}

ApiError JsonApiJob::parseResponse(const ApiResponse &response)
{
    if (response.status == 204 || response.body.trimmed().isEmpty())
        return parseEmpty(response);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return ApiError::invalidResponse(
            QCoreApplication::translate("ApiJob", "malformed JSON at byte %1 (%2)")
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    }
    return parseJson(document, response);
}

ApiError JsonApiJob::parseJson(const QJsonDocument &, const ApiResponse &)
{
    return {};
}

ApiError JsonApiJob::parseEmpty(const ApiResponse &)
{
    return ApiError::invalidResponse(QCoreApplication::translate("ApiJob", "the answer was empty"));
}
