// Reads JSON request fields and collects what is wrong with them, leniently (v6) or strictly (v7).
#pragma once

#include "sandbox/sandboxresponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// v6 is lenient about JSON types the way the vendor's own examples are ("acceptBackOrder":
// "true"); v7 binds to typed models and answers a wrong type with a binding error.
class SandboxJsonReader
{
public:
    SandboxJsonReader(bool strict, QList<SandboxFieldError> *errors, bool *bindingError);

    QString text(const QJsonObject &object, const QString &key, const QString &path,
                 int maxLength = -1);
    std::optional<bool> boolean(const QJsonObject &object, const QString &key, const QString &path);
    // A missing or unusable quantity is not a request error: the line is rejected with EQ.
    std::optional<int> quantity(const QJsonObject &object, const QString &key, const QString &path);
    std::optional<double> number(const QJsonObject &object, const QString &key,
                                 const QString &path);
    std::optional<QJsonObject> object(const QJsonObject &parent, const QString &key,
                                      const QString &path);
    std::optional<QJsonArray> array(const QJsonObject &parent, const QString &key,
                                    const QString &path);
    void missing(const QString &path);
    void fail(const QString &path, const QString &message, const QString &value = {});
    bool strict() const { return m_strict; }

    static QString jsonText(const QJsonValue &value);

private:
    void wrongType(const QString &path, const QString &type, const QJsonValue &value);

    bool m_strict;
    QList<SandboxFieldError> *m_errors;
    bool *m_bindingError;
};
