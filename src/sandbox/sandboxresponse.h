// One HTTP response of the sandbox, with builders for the vendor's error body shapes.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

struct SandboxFieldError
{
    QString field;
    QString message;
    QString value;
};

struct SandboxResponse
{
    int status = 200;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static SandboxResponse json(int status, const QJsonObject &object);
    static SandboxResponse noContent();
    // {"errors":[{"id","type","message","fields":[{"field","message","value"}]}]}
    static SandboxResponse errors(int status, const QString &type, const QString &message,
                                  const QList<SandboxFieldError> &fields = {});
    // {"message": ...}
    static SandboxResponse message(int status, const QString &message);
    // {"fault":{"faultstring": ...,"detail":{"errorcode": ...}}}
    static SandboxResponse fault(int status, const QString &faultString, const QString &errorCode);
    static SandboxResponse html(int status, const QByteArray &html);

    static QByteArray reasonPhrase(int status);

    QByteArray headerBlock(bool keepAlive, qint64 contentLength) const;
    // Status line, headers and body in one buffer so that it leaves in a single write.
    QByteArray serialize(bool keepAlive) const;
};
