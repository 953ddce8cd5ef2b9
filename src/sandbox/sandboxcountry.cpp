#include "sandbox/sandboxcountry.h"

#include <QString>

// The countries the data set spreads over; the reseller buys in each through the local branch.
const SandboxCountry *SandboxCountry::table()
{
    using C = SandboxCountry::Carrier;
    static const SandboxCountry countries[] = {
        {"US",
         "USD",
         "20",
         -7 * 3600,
         0.0,
         1.0,
         {{"10", "Mira Loma, CA"},
          {"40", "Millington, TN"},
          {"80", "Carol Stream, IL"},
          {"20", "Jonestown, PA"}},
         {{"RG", "UPS GROUND", C::Ups, 4},
          {"U1", "UPS NEXT DAY AIR", C::Ups, 1},
          {"FG", "FEDEX GROUND", C::FedEx, 4},
          {"F2", "FEDEX 2DAY", C::FedEx, 2},
          {"PM", "USPS PRIORITY MAIL", C::Usps, 3}},
         {{"SANTA ANA", "CA", "92705"},
          {"AUSTIN", "TX", "78701"},
          {"DENVER", "CO", "80202"},
          {"CHICAGO", "IL", "60606"},
          {"BOSTON", "MA", "02110"},
          {"SEATTLE", "WA", "98101"},
          {"ATLANTA", "GA", "30303"},
          {"ALBUQUERQUE", "NM", "87102"},
          {"COLUMBUS", "OH", "43215"},
          {"RALEIGH", "NC", "27601"},
          {"PHOENIX", "AZ", "85004"},
          {"BUFFALO", "NY", "14202"}},
         "1",
         ".com"},
        {"CA",
         "CAD",
         "40",
         -4 * 3600,
         0.13,
         1.36,
         {{"45", "Mississauga, ON"}, {"48", "Richmond, BC"}},
         {{"PU", "PUROLATOR GROUND", C::Purolator, 3},
          {"CP", "CANADA POST EXPEDITED", C::CanadaPost, 4},
          {"UC", "UPS STANDARD CANADA", C::Ups, 3}},
         {{"TORONTO", "ON", "M5H 2N2"},
          {"OTTAWA", "ON", "K1P 5J2"},
          {"VANCOUVER", "BC", "V6C 3E1"},
          {"CALGARY", "AB", "T2P 2M5"},
          {"MONTREAL", "QC", "H3B 4W8"}},
         "1",
         ".ca"},
        {"DE",
         "EUR",
         "70",
         2 * 3600,
         0.19,
         0.92,
         {{"D1", "Straubing, BY"}, {"D2", "Dornach, BY"}},
         {{"DH", "DHL PAKET", C::Dhl, 2}, {"DP", "DPD CLASSIC", C::Dpd, 2}},
         {{"MUENCHEN", "BY", "80331"},
          {"BERLIN", "BE", "10115"},
          {"HAMBURG", "HH", "20095"},
          {"KOELN", "NW", "50667"},
          {"FRANKFURT AM MAIN", "HE", "60311"}},
         "49",
         ".de"},
        {"GB",
         "GBP",
         "60",
         1 * 3600,
         0.20,
         0.79,
         {{"G1", "Milton Keynes"}},
         {{"DU", "DPD NEXT DAY", C::Dpd, 1}, {"RM", "ROYAL MAIL TRACKED 24", C::RoyalMail, 1}},
         {{"LONDON", "", "EC2V 7HH"},
          {"MANCHESTER", "", "M1 1AE"},
          {"BRISTOL", "", "BS1 4DJ"},
          {"LEEDS", "", "LS1 4DY"}},
         "44",
         ".co.uk"},
        {"AU",
         "AUD",
         "30",
         10 * 3600,
         0.10,
         1.52,
         {{"A1", "Eastern Creek, NSW"}},
         {{"ST", "STARTRACK ROAD EXPRESS", C::StarTrack, 3},
          {"AP", "AUSTRALIA POST PARCEL POST", C::AusPost, 4}},
         {{"SYDNEY", "NSW", "2000"},
          {"MELBOURNE", "VIC", "3000"},
          {"BRISBANE", "QLD", "4000"},
          {"PERTH", "WA", "6000"}},
         "61",
         ".com.au"},
    };
    return countries;
}

const SandboxCountry *SandboxCountry::find(QStringView code)
{
    for (int c = 0; c < Count; ++c) {
        if (code.compare(QLatin1String(table()[c].code), Qt::CaseInsensitive) == 0)
            return &table()[c];
    }
    return nullptr;
}

const SandboxCountry &SandboxCountry::forCurrency(QStringView currency)
{
    for (int c = 0; c < Count; ++c) {
        if (currency == QLatin1String(table()[c].currency))
            return table()[c];
    }
    return table()[0];
}
