// A badge that names the environment; production is red and says so, sandboxes are calm.
#pragma once

#include "connectionprofile.h"

#include <QLabel>

class EnvironmentBadge : public QLabel
{
    Q_OBJECT

public:
    explicit EnvironmentBadge(QWidget *parent = nullptr);

    void setProfile(const ConnectionProfile &profile);
    ConnectionProfile::Environment environment() const { return m_environment; }

private:
    ConnectionProfile::Environment m_environment = ConnectionProfile::Environment::OfflineSandbox;
};
