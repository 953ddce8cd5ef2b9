// The JSON bodies of the sandbox's quote endpoints: search entries, details and validate quote.
#pragma once

#include "sandbox/sandboxquote.h"

#include <QDate>
#include <QJsonObject>

namespace SandboxQuoteJson {

// One entry of quotes[] in GET /resellers/v6/quotes/search.
QJsonObject searchEntry(const SandboxQuote &quote, QDate today);
// GET /resellers/v6/quotes/{quoteNumber}.
QJsonObject details(const SandboxQuote &quote, QDate today);
// GET /resellers/v6/q2o/validatequote: the vendor-mandatory header and line fields.
QJsonObject validation(const SandboxQuote &quote);

} // namespace SandboxQuoteJson
