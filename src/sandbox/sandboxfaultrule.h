// One fault switch of the sandbox: which requests it hits, what goes wrong, and how often.
#pragma once

#include <QByteArray>
#include <QRegularExpression>
#include <QString>

#include <optional>

enum class SandboxFaultKind
{
    Latency,            // parameter: added delay in ms before the answer
    TooManyRequests,    // 429; parameter: Retry-After seconds
    ServerError,        // 500; shape chooses the body
    BadGateway,         // 502 with an HTML body
    ServiceUnavailable, // 503
    GatewayTimeout,     // 504
    MalformedJson,      // 200 with a body that is not valid JSON
    TruncatedBody,      // Content-Length larger than the bytes sent, then the connection closes
    DropConnection,     // the connection closes without any answer
    SlowBody,           // headers at once, body trickled; parameter: ms over which it trickles
    ExpiredToken,       // 401 as if the access token had expired
    // The request is carried out (an order is stored) but the answer comes too late: parameter
    // is the delay in ms, by default two minutes, beyond any sane client timeout.
    LateAnswer,
    // The request is carried out, then the connection closes without an answer.
    CommitThenDrop,
};

// The error body shapes the vendor's gateway and back ends use.
enum class SandboxErrorShape
{
    Errors,
    Message,
    Fault
};

struct SandboxFaultRule
{
    enum class Mode
    {
        Always,
        NextRequests,
        Fraction
    };

    SandboxFaultKind kind = SandboxFaultKind::Latency;
    int parameter = -1; // -1: the kind's default
    SandboxErrorShape shape = SandboxErrorShape::Errors;
    QString path;                   // substring of the request path; empty matches every path
    QRegularExpression pathPattern; // used instead of path when valid and not empty
    QByteArray method;              // empty matches every method
    Mode mode = Mode::Always;
    int remaining = 0;   // NextRequests: how many more requests it hits
    double fraction = 1; // Fraction: probability per matching request

    SandboxFaultRule() = default;
    explicit SandboxFaultRule(SandboxFaultKind faultKind, int faultParameter = -1)
        : kind(faultKind)
        , parameter(faultParameter)
    {}

    SandboxFaultRule &onPath(const QString &substring);
    SandboxFaultRule &onPathMatching(const QString &regularExpression);
    SandboxFaultRule &onMethod(const QByteArray &httpMethod);
    SandboxFaultRule &times(int count);
    SandboxFaultRule &withProbability(double probability);
    SandboxFaultRule &withShape(SandboxErrorShape errorShape);

    int effectiveParameter() const;
    bool matches(const QByteArray &requestMethod, const QString &requestPath) const;

    // KIND[:PARAM][@[METHOD:]PATH][%FRACTION | #COUNT]; PATH starting with '~' is a regular
    // expression. See syntaxHelp().
    static std::optional<SandboxFaultRule> parse(const QString &spec, QString *error = nullptr);
    static QString syntaxHelp();
    static QString kindName(SandboxFaultKind kind);
};
