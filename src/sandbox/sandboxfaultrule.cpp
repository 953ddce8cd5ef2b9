#include "sandbox/sandboxfaultrule.h"

#include <QCoreApplication>
#include <QRegularExpressionMatch>

namespace {

struct KindName
{
    const char *name;
    SandboxFaultKind kind;
};

const KindName kindNames[] = {
    {"latency", SandboxFaultKind::Latency},
    {"429", SandboxFaultKind::TooManyRequests},
    {"rate-limit", SandboxFaultKind::TooManyRequests},
    {"500", SandboxFaultKind::ServerError},
    {"server-error", SandboxFaultKind::ServerError},
    {"502", SandboxFaultKind::BadGateway},
    {"bad-gateway", SandboxFaultKind::BadGateway},
    {"503", SandboxFaultKind::ServiceUnavailable},
    {"unavailable", SandboxFaultKind::ServiceUnavailable},
    {"504", SandboxFaultKind::GatewayTimeout},
    {"gateway-timeout", SandboxFaultKind::GatewayTimeout},
    {"malformed-json", SandboxFaultKind::MalformedJson},
    {"truncated", SandboxFaultKind::TruncatedBody},
    {"drop", SandboxFaultKind::DropConnection},
    {"slow-body", SandboxFaultKind::SlowBody},
    {"expired-token", SandboxFaultKind::ExpiredToken},
    {"late-answer", SandboxFaultKind::LateAnswer},
    {"commit-drop", SandboxFaultKind::CommitThenDrop},
};

} // namespace

SandboxFaultRule &SandboxFaultRule::onPath(const QString &substring)
{
    path = substring;
    pathPattern = QRegularExpression();
    return *this;
}

SandboxFaultRule &SandboxFaultRule::onPathMatching(const QString &regularExpression)
{
    path.clear();
    pathPattern = QRegularExpression(regularExpression);
    return *this;
}

SandboxFaultRule &SandboxFaultRule::onMethod(const QByteArray &httpMethod)
{
    method = httpMethod.toUpper();
    return *this;
}

SandboxFaultRule &SandboxFaultRule::times(int count)
{
    mode = Mode::NextRequests;
    remaining = count;
    return *this;
}

SandboxFaultRule &SandboxFaultRule::withProbability(double probability)
{
    mode = Mode::Fraction;
    fraction = probability;
    return *this;
}

SandboxFaultRule &SandboxFaultRule::withShape(SandboxErrorShape errorShape)
{
    shape = errorShape;
    return *this;
}

int SandboxFaultRule::effectiveParameter() const
{
    if (parameter >= 0)
        return parameter;
    switch (kind) {
    case SandboxFaultKind::Latency:
        return 500;
    case SandboxFaultKind::TooManyRequests:
        return 1;
    case SandboxFaultKind::SlowBody:
        return 2000;
    case SandboxFaultKind::LateAnswer:
        return 120000;
    default:
        return 0;
    }
}

bool SandboxFaultRule::matches(const QByteArray &requestMethod, const QString &requestPath) const
{
    if (!method.isEmpty() && method != requestMethod)
        return false;
    if (!pathPattern.pattern().isEmpty())
        return pathPattern.isValid() && pathPattern.match(requestPath).hasMatch();
    return path.isEmpty() || requestPath.contains(path, Qt::CaseInsensitive);
}

QString SandboxFaultRule::kindName(SandboxFaultKind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind && !QChar(QLatin1Char(entry.name[0])).isDigit())
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<SandboxFaultRule> SandboxFaultRule::parse(const QString &spec, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<SandboxFaultRule> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString rest = spec.trimmed();
    SandboxFaultRule rule;

    static const QRegularExpression modeSuffix(QStringLiteral("([%#])([0-9]*\\.?[0-9]+)$"));
    const QRegularExpressionMatch mode = modeSuffix.match(rest);
    if (mode.hasMatch()) {
        bool ok = false;
        if (mode.captured(1) == QLatin1String("#")) {
            const int count = mode.captured(2).toInt(&ok);
            if (!ok || count < 1)
                return fail(QCoreApplication::translate(
                    "SandboxFaultRule",
                    "The count after '#' must be a whole number of 1 or more."));
            rule.times(count);
        } else {
            const double fraction = mode.captured(2).toDouble(&ok);
            if (!ok || fraction < 0 || fraction > 1)
                return fail(QCoreApplication::translate(
                    "SandboxFaultRule", "The fraction after '%' must be between 0 and 1."));
            rule.withProbability(fraction);
        }
        rest.chop(mode.capturedLength(0));
    }

    const qsizetype at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        QString target = rest.mid(at + 1);
        rest.truncate(at);
        static const QRegularExpression methodPrefix(QStringLiteral("^([A-Za-z]+):(?=[/~])"));
        const QRegularExpressionMatch methodMatch = methodPrefix.match(target);
        if (methodMatch.hasMatch()) {
            rule.onMethod(methodMatch.captured(1).toLatin1());
            target = target.mid(methodMatch.capturedLength(0));
        }
        if (target.startsWith(QLatin1Char('~'))) {
            rule.onPathMatching(target.mid(1));
            if (!rule.pathPattern.isValid())
                return fail(QCoreApplication::translate(
                                "SandboxFaultRule",
                                "The path pattern is not a valid regular expression: %1")
                                .arg(rule.pathPattern.errorString()));
        } else {
            rule.onPath(target);
        }
    }

    const qsizetype colon = rest.indexOf(QLatin1Char(':'));
    const QString kindText = (colon >= 0 ? rest.left(colon) : rest).trimmed().toLower();
    const QString parameterText = colon >= 0 ? rest.mid(colon + 1).trimmed() : QString();
    bool known = false;
    for (const KindName &entry : kindNames) {
        if (kindText == QLatin1String(entry.name)) {
            rule.kind = entry.kind;
            known = true;
            break;
        }
    }
    if (!known)
        return fail(QCoreApplication::translate("SandboxFaultRule", "Unknown fault kind \"%1\".")
                        .arg(kindText));

    if (!parameterText.isEmpty()) {
        if (rule.kind == SandboxFaultKind::ServerError) {
            if (parameterText == QLatin1String("errors"))
                rule.shape = SandboxErrorShape::Errors;
            else if (parameterText == QLatin1String("message"))
                rule.shape = SandboxErrorShape::Message;
            else if (parameterText == QLatin1String("fault"))
                rule.shape = SandboxErrorShape::Fault;
            else
                return fail(QCoreApplication::translate(
                                "SandboxFaultRule",
                                "A 500 fault takes errors, message or fault, not \"%1\".")
                                .arg(parameterText));
        } else {
            bool ok = false;
            rule.parameter = parameterText.toInt(&ok);
            if (!ok || rule.parameter < 0)
                return fail(QCoreApplication::translate(
                                "SandboxFaultRule",
                                "The parameter of %1 must be a whole number of 0 or more.")
                                .arg(kindText));
        }
    }
    return rule;
}

QString SandboxFaultRule::syntaxHelp()
{
    return QCoreApplication::translate(
        "SandboxFaultRule",
        "Fault switch: KIND[:PARAM][@[METHOD:]PATH][%FRACTION | #COUNT]\n"
        "  KIND            latency:MS, 429[:RETRY_AFTER_S], 500[:errors|message|fault],\n"
        "                  502, 503, 504, malformed-json, truncated, drop,\n"
        "                  slow-body[:MS], expired-token,\n"
        "                  late-answer[:MS] (carried out, answered MS later; default\n"
        "                  120000), commit-drop (carried out, then the connection drops)\n"
        "  @PATH           only requests whose path contains PATH; @~REGEX for a regular\n"
        "                  expression; @GET:/path to limit the method too\n"
        "  %FRACTION       hit each matching request with probability FRACTION (0..1)\n"
        "  #COUNT          hit only the next COUNT matching requests\n"
        "  Examples: latency:300  503@/orders/search#2  drop%0.1  500:fault@POST:/oauth\n"
        "            late-answer:60000@POST:/resellers/v6/orders#1");
}
