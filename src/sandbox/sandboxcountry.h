// The countries the sandbox serves: branch, currency, tax, warehouses, carriers and cities.
#pragma once

#include <QList>
#include <QPair>
#include <QStringView>

#include <array>

struct SandboxCountry
{
    struct Carrier
    {
        enum Format
        {
            Ups,
            FedEx,
            Usps,
            Purolator,
            CanadaPost,
            Dhl,
            Dpd,
            RoyalMail,
            StarTrack,
            AusPost
        };
        const char *code;
        const char *name;
        Format format;
        int transitDays;
    };

    const char *code;
    const char *currency;
    const char *branch;
    int utcOffsetSeconds;
    double taxRate;
    double exchangeRate;                                 // per USD
    QList<QPair<const char *, const char *>> warehouses; // id, location; the first is the nearest
    QList<Carrier> carriers;
    QList<std::array<const char *, 3>> cities; // city, state, postal code
    const char *phonePrefix;
    const char *emailDomainSuffix;

    static constexpr int Count = 5;
    static const SandboxCountry *table();
    // By ISO country code, case-insensitive; nullptr when the sandbox does not serve it.
    static const SandboxCountry *find(QStringView code);
    // The country whose currency this is; the United States when none.
    static const SandboxCountry &forCurrency(QStringView currency);
};
