#include "apilink.h"

#include "jsonread.h"

ApiLink ApiLink::fromJson(const QJsonObject &json)
{
    ApiLink link;
    link.topic = JsonRead::string(json, u"topic");
    link.href = JsonRead::string(json, u"href");
    link.type = JsonRead::string(json, u"type");
    return link;
}

QJsonObject ApiLink::toJson() const
{
    return {{QStringLiteral("topic"), topic},
            {QStringLiteral("href"), href},
            {QStringLiteral("type"), type}};
}
