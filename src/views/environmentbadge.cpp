#include "environmentbadge.h"

EnvironmentBadge::EnvironmentBadge(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("environmentBadge"));
    setMargin(4);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setProfile(ConnectionProfile::offlineSandbox());
}

void EnvironmentBadge::setProfile(const ConnectionProfile &profile)
{
    m_environment = profile.environment;
    // Text and colour both carry the meaning, so the badge works without colour vision too.
    QString text;
    QString style;
    switch (profile.environment) {
    case ConnectionProfile::Environment::Production:
        text = tr("PRODUCTION · real orders");
        style = QStringLiteral("background:#b71c1c;color:white;font-weight:bold;");
        break;
    case ConnectionProfile::Environment::VendorSandbox:
        text = tr("Vendor sandbox");
        style = QStringLiteral("background:#1565c0;color:white;");
        break;
    case ConnectionProfile::Environment::OfflineSandbox:
        text = tr("Offline sandbox · test data");
        style = QStringLiteral("background:#2e7d32;color:white;");
        break;
    case ConnectionProfile::Environment::Custom:
        text = tr("Custom: %1").arg(profile.baseUrl().host());
        style = QStringLiteral("background:#6a1b9a;color:white;");
        break;
    }
    setText(text);
    setStyleSheet(QStringLiteral("QLabel{") + style +
                  QStringLiteral("border-radius:4px;padding:2px 8px;}"));
    setAccessibleName(tr("Environment: %1").arg(text));
    setToolTip(tr("Connected through profile \"%1\" to %2")
                   .arg(profile.name, profile.baseUrl().toDisplayString()));
}
