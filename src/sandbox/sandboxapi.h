// The Reseller API endpoints of the sandbox: turns one received request into its response.
#pragma once

#include "sandbox/sandboxrequestrecord.h"
#include "sandbox/sandboxresponse.h"

#include <QString>

#include <optional>

class SandboxOrderDesk;
class SandboxQuery;
class SandboxStore;
class SandboxTokenStore;

class SandboxApi
{
public:
    SandboxApi(SandboxStore *store, SandboxTokenStore *tokens, SandboxOrderDesk *desk,
               const QString &clientId, const QString &clientSecret);

    SandboxResponse handle(const SandboxRequestRecord &request) const;

    // The vendor's answers for an expired and an unusable access token.
    static SandboxResponse expiredToken();
    static SandboxResponse invalidToken();

private:
    SandboxResponse token(const SandboxRequestRecord &request) const;
    SandboxResponse orderSearch(const SandboxRequestRecord &request) const;
    SandboxResponse orderDetails(const SandboxRequestRecord &request,
                                 const QString &orderNumber) const;
    SandboxResponse quoteSearch(const SandboxRequestRecord &request) const;
    SandboxResponse quoteDetails(const QString &quoteNumber) const;
    SandboxResponse validateQuote(const SandboxRequestRecord &request) const;
    // needsContact: the endpoint also requires IM-CustomerContact (quote search).
    std::optional<SandboxResponse> checkAccess(const SandboxRequestRecord &request,
                                               bool needsContact = false) const;

    SandboxStore *m_store;
    SandboxTokenStore *m_tokens;
    SandboxOrderDesk *m_desk;
    QString m_clientId;
    QString m_clientSecret;
};
