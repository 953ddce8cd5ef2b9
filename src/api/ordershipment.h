// The shipment record of an order line: shipments, their carriers and the carriers' packages.
#pragma once

// The three levels are one nested record (shipmentDetails → carrierDetails →
// trackingDetails) that is only ever read and shown together, so they share one header.

#include "apidate.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// A package: its tracking number and the serial numbers of the units inside.
struct TrackingDetail
{
    QString trackingNumber;
    QString trackingUrl;
    double packageWeight = 0.0; // strings on the wire; pounds in North America, else kg
    QString cartonNumber;
    int quantityInBox = 0;
    QStringList serialNumbers; // [{"serialNumber": ...}] on the wire

    static TrackingDetail fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// The part of a shipment one carrier moves.
struct CarrierDetail
{
    QString carrierCode;
    QString carrierName;
    int quantity = 0;
    ApiDate shippedDate;
    ApiDate estimatedDeliveryDate;
    ApiDate deliveredDate;
    ApiDate carrierPickupDate;
    QList<TrackingDetail> trackingDetails;

    static CarrierDetail fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// A shipment (delivery) of some or all of a line's quantity from one warehouse.
struct ShipmentDetail
{
    int quantity = 0; // null until known
    QString deliveryNumber;
    ApiDate estimatedShipDate;
    ApiDate shippedDate;
    ApiDate estimatedDeliveryDate;
    QString shipFromWarehouseId;
    QString shipFromLocation; // "Mira Loma, CA"
    QString invoiceNumber;
    ApiDate invoiceDate;
    QList<CarrierDetail> carrierDetails;

    static ShipmentDetail fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    QStringList trackingNumbers() const;
    QStringList serialNumbers() const;
};
