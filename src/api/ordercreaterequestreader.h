// Reads an order create body in the API's own v6/v7 request shape into an OrderCreateRequest,
// naming every field it cannot carry instead of dropping it.
#pragma once

#include "ordercreaterequest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

class OrderCreateRequestReader
{
public:
    // Problems use the API's field paths ("lines[0].quantity"), like OrderCreateRequest.
    using Problem = OrderCreateRequest::Problem;

    // A problem list that is not empty means the request is not what the body asked for.
    static OrderCreateRequest read(const QJsonObject &body, OrderApiVersion version,
                                   QList<Problem> *problems);
    // Same, from JSON text; a syntax error is a problem on the field "".
    static OrderCreateRequest read(const QByteArray &json, OrderApiVersion version,
                                   QList<Problem> *problems);
};
