#include "profilesdialog.h"
#include "ui_profilesdialog.h"

#include "profilesecretsource.h"
#include "profilestore.h"
#include "secretsource.h"
#include "sessionsecretcache.h"

#include <QListWidgetItem>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>

namespace {
constexpr int IdRole = Qt::UserRole;
const char *const SecretField = "clientSecret";

QIcon environmentIcon(ConnectionProfile::Environment environment)
{
    // The colours follow the main window's environment badge; the text beside says the same.
    QColor colour;
    switch (environment) {
    case ConnectionProfile::Environment::Production:
        colour = QColor(0xb7, 0x1c, 0x1c);
        break;
    case ConnectionProfile::Environment::VendorSandbox:
        colour = QColor(0x15, 0x65, 0xc0);
        break;
    case ConnectionProfile::Environment::OfflineSandbox:
        colour = QColor(0x2e, 0x7d, 0x32);
        break;
    case ConnectionProfile::Environment::Custom:
        colour = QColor(0x6a, 0x1b, 0x9a);
        break;
    }
    QPixmap pixmap(28, 28);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    if (environment == ConnectionProfile::Environment::Production)
        painter.drawRect(2, 2, 24, 24); // a square, so the shape differs too, not just the colour
    else
        painter.drawEllipse(2, 2, 24, 24);
    return QIcon(pixmap);
}

QString problemStyle()
{
    return QStringLiteral("color: palette(text); background: rgba(198, 40, 40, 0.12);"
                          "border-left: 3px solid #c62828; padding: 1px 4px;");
}
} // namespace

ProfilesDialog::ProfilesDialog(ProfileStore *store, SecretStore *secrets,
                               SessionSecretCache *session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfilesDialog>())
    , m_store(store)
    , m_secrets(secrets)
    , m_session(session)
    , m_tester(new ConnectionTester(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("profilesDialog"));

    using Env = ConnectionProfile::Environment;
    for (const Env environment :
         {Env::Production, Env::VendorSandbox, Env::OfflineSandbox, Env::Custom}) {
        m_ui->environmentCombo->addItem(environmentIcon(environment),
                                        ConnectionProfile::environmentDisplayName(environment),
                                        QVariant::fromValue(int(environment)));
    }
    m_ui->orderApiVersionCombo->addItem(tr("v6 (synchronous)"),
                                        int(ConnectionProfile::OrderApiVersion::V6));
    m_ui->orderApiVersionCombo->addItem(tr("v7 (asynchronous)"),
                                        int(ConnectionProfile::OrderApiVersion::V7));

    m_problemLabels = {
        {QString::fromLatin1(ConnectionProfile::FieldName), m_ui->nameProblem},
        {QString::fromLatin1(ConnectionProfile::FieldCustomUrl), m_ui->baseUrlProblem},
        {QString::fromLatin1(ConnectionProfile::FieldCustomerNumber), m_ui->customerNumberProblem},
        {QString::fromLatin1(ConnectionProfile::FieldCountryCode), m_ui->countryCodeProblem},
        {QString::fromLatin1(ConnectionProfile::FieldSenderId), m_ui->senderIdProblem},
        {QString::fromLatin1(ConnectionProfile::FieldCustomerContact),
         m_ui->customerContactProblem},
        {QString::fromLatin1(ConnectionProfile::FieldClientId), m_ui->clientIdProblem},
        {QString::fromLatin1(SecretField), m_ui->clientSecretProblem},
    };
    for (QLabel *label : std::as_const(m_problemLabels))
        label->setStyleSheet(problemStyle());
    m_ui->productionNotice->setStyleSheet(
        QStringLiteral("color: white; background: #b71c1c; font-weight: bold; padding: 2px 6px;"));
    m_ui->keychainBanner->setStyleSheet(
        QStringLiteral("#keychainBanner { background: rgba(239, 108, 0, 0.12);"
                       " border: 1px solid #ef6c00; border-radius: 4px; }"));
    m_ui->clientSecretEdit->setToolTip(
        tr("Stored in the system keychain, never in a settings file."));
    m_ui->clientSecretEdit->setAccessibleDescription(
        tr("Stored in the system keychain, never in a settings file."));

    QPushButton *saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    QPushButton *discardButton = m_ui->buttonBox->button(QDialogButtonBox::Discard);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setAccessibleName(tr("Save the profile"));
    discardButton->setObjectName(QStringLiteral("discardButton"));
    discardButton->setText(tr("&Discard Changes"));
    discardButton->setAccessibleName(tr("Discard changes to the profile"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    // Enter in a field saves rather than closing the dialog.
    saveButton->setDefault(true);

    connect(m_ui->profileList, &QListWidget::currentItemChanged, this,
            &ProfilesDialog::onCurrentItemChanged);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &ProfilesDialog::duplicateProfile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProfilesDialog::confirmRemove);
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(discardButton, &QPushButton::clicked, this, &ProfilesDialog::discardChanges);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfilesDialog::reject);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfilesDialog::startTest);
    connect(m_ui->cancelTestButton, &QPushButton::clicked, this, &ProfilesDialog::cancelTest);
    connect(m_ui->retryKeychainButton, &QPushButton::clicked, this, &ProfilesDialog::retryKeychain);
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, this,
            &ProfilesDialog::keepSecretForSession);
    connect(m_tester, &ConnectionTester::finished, this, &ProfilesDialog::onTestFinished);
    connect(m_tester, &ConnectionTester::exchangeFinished, this, &ProfilesDialog::exchangeFinished);

    const QList<QLineEdit *> edits = {m_ui->nameEdit,           m_ui->baseUrlEdit,
                                      m_ui->customerNumberEdit, m_ui->countryCodeEdit,
                                      m_ui->senderIdEdit,       m_ui->customerContactEdit,
                                      m_ui->clientIdEdit,       m_ui->clientSecretEdit};
    for (QLineEdit *edit : edits)
        connect(edit, &QLineEdit::textChanged, this, &ProfilesDialog::validate);
    connect(m_ui->baseUrlEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_customUrlText = text; });
    connect(m_ui->environmentCombo, &QComboBox::currentIndexChanged, this,
            &ProfilesDialog::onEnvironmentChanged);
    connect(m_ui->orderApiVersionCombo, &QComboBox::currentIndexChanged, this,
            &ProfilesDialog::validate);
    for (auto endpoint : {ConnectionProfile::QuoteOrderEndpoint::V7Create,
                          ConnectionProfile::QuoteOrderEndpoint::V6QuoteToOrder})
        m_ui->quoteOrderEndpointCombo->addItem(
            ConnectionProfile::quoteOrderEndpointDisplayName(endpoint),
            ConnectionProfile::quoteOrderEndpointKey(endpoint));
    connect(m_ui->quoteOrderEndpointCombo, &QComboBox::currentIndexChanged, this,
            &ProfilesDialog::validate);

    connect(m_store, &ProfileStore::secretRemoved, this,
            [this](const QString &, const SecretStoreResult &result) {
                if (result.isGone()) {
                    showStatus(tr("The profile and its client secret were removed."));
                    return;
                }
                showKeychainProblem(
                    tr("The profile was removed, but its client secret could not be removed from "
                       "the system keychain. ResellerDesk tries again at the next start. "
                       "Reason: %1")
                        .arg(result.message),
                    false);
            });

    rebuildList();
    const QString current = m_store->currentProfileId();
    if (!current.isEmpty())
        selectProfile(current);
    else
        addProfile();
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::setOfflineSandboxUrl(const QUrl &url)
{
    m_offlineSandboxUrl = url;
    onEnvironmentChanged();
}

void ProfilesDialog::setConnectionTestTimeout(int ms)
{
    m_tester->setTimeout(ms);
}

void ProfilesDialog::rebuildList()
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_ui->profileList->clear();
    QList<ConnectionProfile> profiles = m_store->profiles();
    if (m_isDraft)
        profiles.append(m_draft);
    for (const ConnectionProfile &profile : std::as_const(profiles)) {
        const bool draft = m_isDraft && profile.id == m_editingId;
        const bool production = profile.isProduction();
        QString environment = ConnectionProfile::environmentDisplayName(profile.environment);
        if (production)
            environment = tr("PRODUCTION");
        const QString name = draft ? tr("%1 (not saved)").arg(profile.name) : profile.name;
        auto *item = new QListWidgetItem(environmentIcon(profile.environment),
                                         tr("%1\n%2").arg(name, environment));
        item->setData(IdRole, profile.id);
        item->setData(Qt::AccessibleTextRole, tr("%1, %2 environment").arg(name, environment));
        item->setToolTip(production ? tr("Production: real orders") : environment);
        if (production) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        m_ui->profileList->addItem(item);
        if (profile.id == m_editingId)
            m_ui->profileList->setCurrentItem(item);
    }
    m_loading = wasLoading;
    m_ui->duplicateButton->setEnabled(!m_editingId.isEmpty());
    m_ui->removeButton->setEnabled(!m_editingId.isEmpty());
}

void ProfilesDialog::selectProfile(const QString &id)
{
    if (id == m_editingId)
        return;
    withChangesResolved([this, id] {
        if (m_store->contains(id))
            loadProfile(id);
    });
}

void ProfilesDialog::onCurrentItemChanged(QListWidgetItem *current, QListWidgetItem *)
{
    if (m_loading || !current)
        return;
    const QString id = current->data(IdRole).toString();
    if (id == m_editingId)
        return;
    // Keep the list on the edited profile until unsaved changes are resolved.
    rebuildList();
    selectProfile(id);
}

void ProfilesDialog::loadProfile(const QString &id)
{
    cancelTest();
    if (m_isDraft) {
        m_isDraft = false;
        m_draft = {};
    }
    m_copySecretFrom.clear();
    m_editingId = id;
    rebuildList();
    showProfile(m_store->profile(id));
    checkStoredSecret();
}

void ProfilesDialog::startDraft(const ConnectionProfile &profile, const QString &copySecretFrom)
{
    cancelTest();
    m_draft = profile;
    m_draft.id = ConnectionProfile::newId();
    m_isDraft = true;
    m_copySecretFrom = copySecretFrom;
    m_editingId = m_draft.id;
    rebuildList();
    showProfile(m_draft);
    if (!copySecretFrom.isEmpty())
        setSecretState(SecretState::None, tr("The client secret of the original profile is "
                                             "copied when you save, unless you enter another."));
    else
        setSecretState(SecretState::None);
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
}

void ProfilesDialog::showProfile(const ConnectionProfile &profile)
{
    m_loading = true;
    m_ui->nameEdit->setText(profile.name);
    m_customUrlText = profile.environment == ConnectionProfile::Environment::Custom
                          ? profile.customUrl.toString()
                          : QString();
    m_ui->environmentCombo->setCurrentIndex(
        m_ui->environmentCombo->findData(QVariant::fromValue(int(profile.environment))));
    m_ui->customerNumberEdit->setText(profile.customerNumber);
    m_ui->countryCodeEdit->setText(profile.countryCode);
    m_ui->senderIdEdit->setText(profile.senderId);
    m_ui->customerContactEdit->setText(profile.customerContact);
    m_ui->clientIdEdit->setText(profile.clientId);
    m_ui->orderApiVersionCombo->setCurrentIndex(
        m_ui->orderApiVersionCombo->findData(int(profile.orderApiVersion)));
    m_ui->quoteOrderEndpointCombo->setCurrentIndex(m_ui->quoteOrderEndpointCombo->findData(
        ConnectionProfile::quoteOrderEndpointKey(profile.quoteOrderEndpoint)));
    m_ui->clientSecretEdit->clear();
    m_ui->testResult->clear();
    m_ui->testResult->hide();
    m_ui->statusMessage->hide();
    hideKeychainProblem();
    m_loading = false;
    onEnvironmentChanged();
}

ConnectionProfile ProfilesDialog::storedProfile() const
{
    return m_isDraft ? m_draft : m_store->profile(m_editingId);
}

ConnectionProfile ProfilesDialog::formProfile() const
{
    ConnectionProfile profile = storedProfile();
    profile.id = m_editingId;
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.environment =
        ConnectionProfile::Environment(m_ui->environmentCombo->currentData().toInt());
    profile.customUrl.clear();
    if (profile.environment == ConnectionProfile::Environment::Custom)
        profile.customUrl = QUrl(m_ui->baseUrlEdit->text().trimmed(), QUrl::StrictMode);
    else if (profile.environment == ConnectionProfile::Environment::OfflineSandbox)
        profile.customUrl = m_offlineSandboxUrl;
    profile.customerNumber = m_ui->customerNumberEdit->text().trimmed();
    profile.countryCode = m_ui->countryCodeEdit->text().trimmed();
    profile.senderId = m_ui->senderIdEdit->text().trimmed();
    profile.customerContact = m_ui->customerContactEdit->text().trimmed();
    profile.clientId = m_ui->clientIdEdit->text().trimmed();
    profile.orderApiVersion =
        ConnectionProfile::OrderApiVersion(m_ui->orderApiVersionCombo->currentData().toInt());
    profile.quoteOrderEndpoint = ConnectionProfile::quoteOrderEndpointFromKey(
        m_ui->quoteOrderEndpointCombo->currentData().toString());
    return profile;
}

bool ProfilesDialog::hasUnsavedChanges() const
{
    if (m_editingId.isEmpty())
        return false;
    if (m_isDraft || !m_ui->clientSecretEdit->text().isEmpty())
        return true;
    ConnectionProfile form = formProfile();
    ConnectionProfile stored = storedProfile();
    // The offline sandbox's URL is the running sandbox's, never part of the stored profile.
    form.customUrl =
        form.environment == ConnectionProfile::Environment::Custom ? form.customUrl : QUrl();
    stored.customUrl =
        stored.environment == ConnectionProfile::Environment::Custom ? stored.customUrl : QUrl();
    return form != stored;
}

void ProfilesDialog::onEnvironmentChanged()
{
    if (m_loading)
        return;
    const auto environment =
        ConnectionProfile::Environment(m_ui->environmentCombo->currentData().toInt());
    const bool custom = environment == ConnectionProfile::Environment::Custom;
    const bool offline = environment == ConnectionProfile::Environment::OfflineSandbox;
    m_loading = true;
    m_ui->baseUrlEdit->setEnabled(custom);
    m_ui->baseUrlEdit->setReadOnly(!custom);
    switch (environment) {
    case ConnectionProfile::Environment::Production:
        m_ui->baseUrlEdit->setText(ConnectionProfile::productionUrl().toString());
        break;
    case ConnectionProfile::Environment::VendorSandbox:
        m_ui->baseUrlEdit->setText(ConnectionProfile::vendorSandboxUrl().toString());
        break;
    case ConnectionProfile::Environment::OfflineSandbox:
        m_ui->baseUrlEdit->setText(m_offlineSandboxUrl.isValid()
                                       ? m_offlineSandboxUrl.toString()
                                       : tr("Started by ResellerDesk on this computer"));
        break;
    case ConnectionProfile::Environment::Custom:
        m_ui->baseUrlEdit->setText(m_customUrlText);
        break;
    }
    m_loading = false;
    m_ui->productionNotice->setVisible(environment == ConnectionProfile::Environment::Production);
    m_ui->clientSecretEdit->setEnabled(!offline);
    if (offline) {
        m_ui->clientSecretEdit->clear();
        setSecretState(SecretState::BuiltIn);
    } else if (m_secretState == SecretState::BuiltIn) {
        checkStoredSecret();
    }
    validate();
}

QString ProfilesDialog::secretProblem() const
{
    const QString secret = m_ui->clientSecretEdit->text();
    if (secret.isEmpty())
        return {};
    if (secret != secret.trimmed())
        return tr("Remove the spaces at the start or end; they are usually left over from "
                  "copying.");
    for (const QChar c : secret) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("The client secret cannot contain control characters.");
    }
    return {};
}

void ProfilesDialog::validate()
{
    if (m_loading)
        return;
    const ConnectionProfile profile = formProfile();
    QList<FieldProblem> problems = profile.validate();
    if (profile.environment == ConnectionProfile::Environment::OfflineSandbox &&
        !m_offlineSandboxUrl.isValid()) {
        // Its URL is known once the sandbox runs; nothing the user could correct.
        problems.removeIf([](const FieldProblem &problem) {
            return problem.field == QLatin1String(ConnectionProfile::FieldCustomUrl);
        });
    }
    const QString secret = secretProblem();
    if (!secret.isEmpty())
        problems.append({QString::fromLatin1(SecretField), secret});

    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        QString message;
        for (const FieldProblem &problem : std::as_const(problems)) {
            if (problem.field == it.key()) {
                message = problem.message;
                break;
            }
        }
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }
    // The field's own accessible description carries the problem to screen readers.
    const QList<QPair<QWidget *, QLabel *>> fieldLabels = {
        {m_ui->nameEdit, m_ui->nameProblem},
        {m_ui->baseUrlEdit, m_ui->baseUrlProblem},
        {m_ui->customerNumberEdit, m_ui->customerNumberProblem},
        {m_ui->countryCodeEdit, m_ui->countryCodeProblem},
        {m_ui->senderIdEdit, m_ui->senderIdProblem},
        {m_ui->customerContactEdit, m_ui->customerContactProblem},
        {m_ui->clientIdEdit, m_ui->clientIdProblem},
    };
    for (const auto &[field, label] : fieldLabels)
        field->setAccessibleDescription(label->text());

    m_valid = problems.isEmpty();
    const bool dirty = hasUnsavedChanges();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(m_valid && dirty && !m_busySaving);
    m_ui->buttonBox->button(QDialogButtonBox::Discard)->setEnabled(dirty && !m_busySaving);
    m_ui->testButton->setEnabled(
        m_valid && !m_tester->isRunning() &&
        (profile.environment != ConnectionProfile::Environment::OfflineSandbox ||
         m_offlineSandboxUrl.isValid()));
}

void ProfilesDialog::setSecretState(SecretState state, const QString &detail)
{
    m_secretState = state;
    QString text;
    switch (state) {
    case SecretState::None:
        text = tr("Stored in the system keychain when you save.");
        break;
    case SecretState::Checking:
        text = tr("Checking the system keychain…");
        break;
    case SecretState::Stored:
        text = tr("A client secret is stored in the system keychain. Type a new one to "
                  "replace it.");
        break;
    case SecretState::NotStored:
        text = tr("No client secret is stored yet. It is stored in the system keychain when "
                  "you save.");
        break;
    case SecretState::SessionOnly:
        text = tr("Kept in memory for this session only; it is not stored anywhere.");
        break;
    case SecretState::Unavailable:
        text = tr("The system keychain is not available.");
        break;
    case SecretState::BuiltIn:
        text = tr("The offline sandbox uses its built-in secret; nothing is stored.");
        break;
    }
    if (!detail.isEmpty())
        text = detail;
    m_ui->clientSecretStatus->setText(text);
    m_ui->clientSecretEdit->setPlaceholderText(state == SecretState::Stored ? tr("(stored)")
                                                                            : QString());
}

void ProfilesDialog::checkStoredSecret()
{
    const quint64 check = ++m_secretCheck;
    const ConnectionProfile profile = storedProfile();
    if (m_isDraft) {
        setSecretState(SecretState::None);
        return;
    }
    if (profile.environment == ConnectionProfile::Environment::OfflineSandbox) {
        setSecretState(SecretState::BuiltIn);
        return;
    }
    if (m_session && m_session->contains(profile.id)) {
        setSecretState(SecretState::SessionOnly);
        return;
    }
    if (!m_secrets) {
        setSecretState(SecretState::Unavailable);
        return;
    }
    setSecretState(SecretState::Checking);
    const QString id = profile.id;
    // The keychain has no "exists" query; the secret read here is dropped at once.
    m_secrets->readSecret(id, this, [this, check, id](const SecretStoreResult &result) {
        if (check != m_secretCheck || id != m_editingId)
            return;
        switch (result.status) {
        case SecretStoreResult::Status::Ok:
            setSecretState(SecretState::Stored);
            break;
        case SecretStoreResult::Status::NotFound:
            setSecretState(SecretState::NotStored);
            break;
        case SecretStoreResult::Status::Unavailable:
        case SecretStoreResult::Status::Failed:
            setSecretState(SecretState::Unavailable);
            showKeychainProblem(tr("Whether a client secret is stored could not be checked. %1")
                                    .arg(result.message),
                                false);
            break;
        }
    });
}

void ProfilesDialog::addProfile()
{
    withChangesResolved([this] {
        ConnectionProfile profile;
        profile.name = tr("New profile");
        // The vendor sandbox, not production, until the user says otherwise.
        profile.environment = ConnectionProfile::Environment::VendorSandbox;
        profile.orderApiVersion = m_defaultOrderApiVersion;
        startDraft(profile, {});
    });
}

void ProfilesDialog::setDefaultOrderApiVersion(ConnectionProfile::OrderApiVersion version)
{
    m_defaultOrderApiVersion = version;
}

void ProfilesDialog::duplicateProfile()
{
    withChangesResolved([this] {
        const ConnectionProfile original = storedProfile();
        if (original.id.isEmpty())
            return;
        ConnectionProfile copy = original;
        copy.name = tr("Copy of %1").arg(original.name).left(ConnectionProfile::MaxName);
        const bool hasSecret =
            original.environment != ConnectionProfile::Environment::OfflineSandbox;
        startDraft(copy, hasSecret ? original.id : QString());
    });
}

void ProfilesDialog::confirmRemove()
{
    if (m_editingId.isEmpty())
        return;
    const ConnectionProfile profile = storedProfile();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Profile"),
                                tr("Remove the profile \"%1\"?").arg(profile.name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmRemoveBox"));
    box->setInformativeText(tr("Its client secret is removed from the system keychain too. "
                               "This cannot be undone."));
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, remove] {
        if (box->clickedButton() == remove)
            removeEditedProfile();
    });
    m_question = box;
    box->open();
}

void ProfilesDialog::removeEditedProfile()
{
    cancelTest();
    const QString id = m_editingId;
    hideKeychainProblem();
    if (m_isDraft) {
        m_isDraft = false;
        m_draft = {};
    } else {
        if (m_session)
            m_session->remove(id);
        m_store->remove(id);
    }
    if (m_pendingSecretId == id) {
        m_pendingSecret.clear();
        m_pendingSecretId.clear();
    }
    m_editingId.clear();
    const QString next = m_store->currentProfileId();
    if (next.isEmpty()) {
        rebuildList();
        addProfile();
    } else {
        loadProfile(next);
    }
}

void ProfilesDialog::save(std::function<void()> then)
{
    validate();
    if (!m_valid || m_busySaving)
        return;
    ConnectionProfile profile = formProfile();
    const QString secret = m_ui->clientSecretEdit->text();
    const QString copyFrom = m_copySecretFrom;
    m_store->save(profile);
    m_isDraft = false;
    m_draft = {};
    m_copySecretFrom.clear();
    m_loading = true;
    m_ui->clientSecretEdit->clear();
    m_loading = false;
    rebuildList();
    showStatus(tr("Saved."));

    const bool offline = profile.environment == ConnectionProfile::Environment::OfflineSandbox;
    if (!offline && !secret.isEmpty()) {
        writeSecret(profile.id, secret, std::move(then));
    } else if (!offline && !copyFrom.isEmpty()) {
        copySecret(copyFrom, profile.id, std::move(then));
    } else {
        checkStoredSecret();
        validate();
        if (then)
            then();
    }
}

void ProfilesDialog::writeSecret(const QString &id, const QString &secret,
                                 std::function<void()> then)
{
    if (!m_secrets) {
        onSecretWritten(id, secret,
                        SecretStoreResult::failure(SecretStoreResult::Status::Unavailable,
                                                   tr("No system keychain is available.")),
                        std::move(then));
        return;
    }
    m_busySaving = true;
    setSecretState(SecretState::Checking, tr("Storing the client secret in the system keychain…"));
    validate();
    m_secrets->writeSecret(id, secret, this,
                           [this, id, secret, then](const SecretStoreResult &result) {
                               onSecretWritten(id, secret, result, then);
                           });
}

void ProfilesDialog::onSecretWritten(const QString &id, const QString &secret,
                                     const SecretStoreResult &result, std::function<void()> then)
{
    m_busySaving = false;
    if (result.ok()) {
        if (m_session)
            m_session->remove(id);
        m_pendingSecret.clear();
        m_pendingSecretId.clear();
        m_afterPendingSecret = nullptr;
        hideKeychainProblem();
        if (id == m_editingId)
            setSecretState(SecretState::Stored);
        showStatus(tr("Saved. The client secret is stored in the system keychain."));
        validate();
        if (then)
            then();
        return;
    }
    // Never written anywhere else: held in memory until the user decides.
    m_pendingSecretId = id;
    m_pendingSecret = secret;
    m_afterPendingSecret = std::move(then);
    if (id == m_editingId)
        setSecretState(SecretState::Unavailable);
    showKeychainProblem(
        tr("The profile was saved, but its client secret was not: %1").arg(result.message), true);
    validate();
}

void ProfilesDialog::copySecret(const QString &from, const QString &to, std::function<void()> then)
{
    if (m_session && m_session->contains(from)) {
        writeSecret(to, m_session->secret(from), std::move(then));
        return;
    }
    if (!m_secrets) {
        checkStoredSecret();
        if (then)
            then();
        return;
    }
    m_busySaving = true;
    validate();
    m_secrets->readSecret(from, this, [this, to, then](const SecretStoreResult &result) {
        m_busySaving = false;
        if (result.ok()) {
            writeSecret(to, result.secret, then);
            return;
        }
        if (result.status == SecretStoreResult::Status::NotFound) {
            checkStoredSecret();
            validate();
            if (then)
                then();
            return;
        }
        showKeychainProblem(tr("The client secret of the original profile could not be read, so "
                               "the copy has none yet: %1")
                                .arg(result.message),
                            false);
        if (to == m_editingId)
            setSecretState(SecretState::Unavailable);
        validate();
    });
}

void ProfilesDialog::showKeychainProblem(const QString &message, bool canKeepForSession)
{
    m_ui->keychainMessage->setText(message);
    m_ui->sessionOnlyButton->setVisible(canKeepForSession);
    m_ui->keychainBanner->show();
}

void ProfilesDialog::hideKeychainProblem()
{
    m_ui->keychainBanner->hide();
    m_ui->keychainMessage->clear();
}

void ProfilesDialog::retryKeychain()
{
    hideKeychainProblem();
    if (!m_pendingSecret.isEmpty()) {
        auto then = std::move(m_afterPendingSecret);
        m_afterPendingSecret = nullptr;
        writeSecret(m_pendingSecretId, m_pendingSecret, std::move(then));
        return;
    }
    const QStringList pending = m_store->pendingSecretDeletions();
    if (!pending.isEmpty())
        m_store->retryPendingSecretDeletions();
    checkStoredSecret();
}

void ProfilesDialog::keepSecretForSession()
{
    if (m_pendingSecret.isEmpty() || !m_session)
        return;
    m_session->setSecret(m_pendingSecretId, m_pendingSecret);
    const QString id = m_pendingSecretId;
    m_pendingSecret.clear();
    m_pendingSecretId.clear();
    hideKeychainProblem();
    if (id == m_editingId)
        setSecretState(SecretState::SessionOnly);
    showStatus(tr("The client secret is kept in memory for this session only. Enter it again "
                  "after restarting ResellerDesk."));
    if (auto then = std::exchange(m_afterPendingSecret, nullptr))
        then();
}

void ProfilesDialog::showStatus(const QString &text)
{
    m_ui->statusMessage->setText(text);
    m_ui->statusMessage->setVisible(!text.isEmpty());
}

void ProfilesDialog::discardChanges()
{
    if (m_isDraft) {
        m_isDraft = false;
        m_draft = {};
        m_editingId.clear();
        const QString next = m_store->currentProfileId();
        if (next.isEmpty()) {
            rebuildList();
            addProfile();
        } else {
            loadProfile(next);
        }
        return;
    }
    showProfile(m_store->profile(m_editingId));
    checkStoredSecret();
}

void ProfilesDialog::withChangesResolved(std::function<void()> then)
{
    if (!hasUnsavedChanges() && !m_busySaving) {
        then();
        return;
    }
    if (m_question)
        return;
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Unsaved Changes"),
                        tr("The profile \"%1\" has unsaved changes.").arg(formProfile().name),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedChangesBox"));
    box->setInformativeText(m_valid ? tr("Save them before you continue?")
                                    : tr("They cannot be saved until the marked fields are "
                                         "corrected. Discard them?"));
    box->button(QMessageBox::Save)->setEnabled(m_valid && !m_busySaving);
    box->setDefaultButton(m_valid ? QMessageBox::Save : QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, then](int) {
        switch (box->standardButton(box->clickedButton())) {
        case QMessageBox::Save:
            save(then);
            break;
        case QMessageBox::Discard:
            discardChanges();
            then();
            break;
        default:
            rebuildList();
            break;
        }
    });
    m_question = box;
    box->open();
}

void ProfilesDialog::reject()
{
    withChangesResolved([this] {
        m_tester->cancel();
        QDialog::reject();
    });
}

void ProfilesDialog::startTest()
{
    validate();
    if (!m_valid)
        return;
    const ConnectionProfile profile = formProfile();
    std::shared_ptr<SecretSource> source;
    const QString typed = m_ui->clientSecretEdit->text();
    if (profile.environment != ConnectionProfile::Environment::OfflineSandbox && !typed.isEmpty())
        source = std::make_shared<InMemorySecretSource>(typed);
    else if (!m_pendingSecret.isEmpty() && m_pendingSecretId == profile.id)
        source = std::make_shared<InMemorySecretSource>(m_pendingSecret);
    else
        source = ProfileSecretSource::create(profile, m_secrets, m_session);

    m_ui->testResult->setStyleSheet(QString());
    m_ui->testResult->setText(
        tr("Testing the connection to %1…").arg(profile.baseUrl().toDisplayString()));
    m_ui->testResult->show();
    m_ui->testBusy->show();
    m_ui->cancelTestButton->show();
    m_ui->testButton->setEnabled(false);
    m_tester->start(profile, source);
    m_ui->cancelTestButton->setFocus();
}

void ProfilesDialog::cancelTest()
{
    if (m_tester->isRunning())
        m_tester->cancel();
}

void ProfilesDialog::onTestFinished(const ConnectionTester::Result &result)
{
    const bool hadFocus = m_ui->cancelTestButton->hasFocus();
    m_ui->testBusy->hide();
    m_ui->cancelTestButton->hide();
    QString text;
    if (result.ok()) {
        text = tr("✔ %1 (%2 ms)").arg(result.message).arg(result.elapsedMs);
        m_ui->testResult->setStyleSheet(
            QStringLiteral("border-left: 3px solid #2e7d32; padding: 2px 6px;"));
    } else if (result.outcome == ConnectionTester::Outcome::Cancelled) {
        text = result.message;
        m_ui->testResult->setStyleSheet(QString());
    } else {
        text = result.nextStep.isEmpty()
                   ? tr("✘ Test failed: %1").arg(result.message)
                   : tr("✘ Test failed: %1\n%2").arg(result.message, result.nextStep);
        // The request is in the request log under this ID.
        if (!result.correlationId.isEmpty())
            text += QLatin1Char('\n') + tr("Correlation ID: %1").arg(result.correlationId);
        m_ui->testResult->setStyleSheet(
            QStringLiteral("border-left: 3px solid #c62828; padding: 2px 6px;"));
    }
    m_ui->testResult->setText(text);
    m_ui->testResult->setAccessibleDescription(text);
    m_ui->testResult->show();
    validate();
    if (hadFocus)
        m_ui->testButton->setFocus();
}
