#include "aboutdialog.h"
#include "ui_aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QStyle>
#include <QSysInfo>

#include "appinfo.h"

namespace {
struct Component
{
    const char *name;
    const char *license;
    const char *file;
};

const Component Components[] = {
    {RESELLERDESK_NAME, "GPL-3.0-or-later", ":/licenses/GPL-3.0.txt"},
    {"Qt", "LGPL-3.0", ":/licenses/LGPL-3.0.txt"},
    {"QtKeychain", "BSD-2-Clause", ":/licenses/QtKeychain-BSD-2-Clause.txt"},
};

QString environmentKey(ConnectionProfile::Environment environment)
{
    switch (environment) {
    case ConnectionProfile::Environment::Production:
        return QStringLiteral("production");
    case ConnectionProfile::Environment::VendorSandbox:
        return QStringLiteral("vendor sandbox");
    case ConnectionProfile::Environment::OfflineSandbox:
        return QStringLiteral("offline sandbox");
    case ConnectionProfile::Environment::Custom:
        break;
    }
    return QStringLiteral("custom");
}
} // namespace

AboutDialog::AboutDialog(const ConnectionProfile &activeProfile, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
    , m_profile(activeProfile)
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->licenseText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    for (const Component &component : Components) {
        auto *item = new QListWidgetItem(m_ui->licenseList);
        item->setData(Qt::UserRole, QString::fromLatin1(component.file));
    }
    retranslate();
    connect(m_ui->licenseList, &QListWidget::currentRowChanged, this, &AboutDialog::showLicense);
    connect(m_ui->copyDiagnosticsButton, &QPushButton::clicked, this,
            &AboutDialog::copyDiagnostics);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->licenseList->setCurrentRow(0);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::qtKeychainVersion()
{
    return QStringLiteral(RD_QTKEYCHAIN_VERSION);
}

void AboutDialog::retranslate()
{
    // Name, version, organisation and licence names read the same in every language.
    m_ui->titleLabel->setText(QStringLiteral("%1 %2").arg(QStringLiteral(RESELLERDESK_NAME),
                                                          QStringLiteral(RESELLERDESK_VERSION)));
    m_ui->organizationLabel->setText(QStringLiteral("© %1 · <a href=\"https://%2\">%2</a>")
                                         .arg(QStringLiteral(RESELLERDESK_ORGANIZATION),
                                              QStringLiteral(RESELLERDESK_ORGANIZATION_DOMAIN)));
    m_ui->versionsLabel->setText(tr("Qt %1 (built with %2) · QtKeychain %3")
                                     .arg(QString::fromLatin1(qVersion()),
                                          QStringLiteral(QT_VERSION_STR), qtKeychainVersion()));
    for (int row = 0; row < m_ui->licenseList->count(); ++row) {
        const Component &component = Components[row];
        m_ui->licenseList->item(row)->setText(QStringLiteral("%1 — %2").arg(
            QString::fromLatin1(component.name), QString::fromLatin1(component.license)));
    }
}

void AboutDialog::showLicense(int row)
{
    if (row < 0 || row >= m_ui->licenseList->count())
        return;
    QFile file(m_ui->licenseList->item(row)->data(Qt::UserRole).toString());
    if (!file.open(QIODevice::ReadOnly)) {
        m_ui->licenseText->setPlainText(
            tr("The licence text is missing from this build: %1").arg(file.fileName()));
        return;
    }
    m_ui->licenseText->setPlainText(QString::fromUtf8(file.readAll()));
}

QString AboutDialog::diagnostics(const ConnectionProfile &activeProfile)
{
    // Plain, untranslated text: it goes to support, who read it in English.
    QStringList lines;
    lines << QStringLiteral("%1 %2 (%3)")
                 .arg(QStringLiteral(RESELLERDESK_NAME), QStringLiteral(RESELLERDESK_VERSION),
                      QStringLiteral(RESELLERDESK_APP_ID));
    lines << QStringLiteral("Qt: %1 (built with %2)")
                 .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    lines << QStringLiteral("QtKeychain: %1").arg(qtKeychainVersion());
    lines << QStringLiteral("OS: %1; kernel %2 %3; CPU %4 (build ABI %5)")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                      QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture(),
                      QSysInfo::buildAbi());
    const QString style = QApplication::style() ? QApplication::style()->name() : QString();
    lines << QStringLiteral("Platform: %1; style %2").arg(QGuiApplication::platformName(), style);
    lines
        << QStringLiteral("Locale: %1 (system %2)").arg(QLocale().name(), QLocale::system().name());
    lines
        << QStringLiteral("Profile environment: %1").arg(environmentKey(activeProfile.environment));
    lines << QStringLiteral("Base URL: %1")
                 .arg(activeProfile.baseUrl().toDisplayString(
                     QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment));
    lines << QStringLiteral("Order API: %1")
                 .arg(activeProfile.orderApiVersion == ConnectionProfile::OrderApiVersion::V7
                          ? QStringLiteral("v7")
                          : QStringLiteral("v6"));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void AboutDialog::copyDiagnostics()
{
    QGuiApplication::clipboard()->setText(diagnostics(m_profile));
    m_ui->copyDiagnosticsButton->setText(tr("Copied"));
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}
