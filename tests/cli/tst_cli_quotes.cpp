// resellerdesk-cli's quote commands (quotes search, show, validate) run in-process through rd_cli
// against the offline sandbox, with their output formats and exit codes.
#include "cliapplication.h"
#include "clienvironment.h"
#include "clitestsupport.h"
#include "exitcode.h"
#include "quotesshowcommand.h"
#include "sandbox/sandboxquotebook.h"
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

QJsonObject parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString() << text.left(200);
    return document.object();
}

const QString Everything[] = {QStringLiteral("--created-from"), QStringLiteral("2000-01-01"),
                              QStringLiteral("--created-to"), QStringLiteral("2100-12-31")};

QStringList args(std::initializer_list<QString> words, bool everything = false)
{
    QStringList list = {QStringLiteral("--offline")};
    list += QStringList(words);
    if (everything) {
        for (const QString &word : Everything)
            list.append(word);
    }
    return list;
}

} // namespace

class TestCliQuotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searchTable();
    void searchJsonAllPages();
    void searchCsv();
    void searchNothingFoundSucceeds();
    void showText();
    void showJsonAndCsv();
    void showExpiredSaysWhy();
    void validateTable();
    void validateJsonAndCsv();
    void validateWithoutFields();
    void validateExpiredIsAnApiError();
    void unknownQuoteIsAnApiError();
    void usageErrors_data();
    void usageErrors();
    void missingContactIsAConfigurationError();
    void plainText();

private:
    CliResult run(const QStringList &arguments, CliEnvironment environment = {});

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    SandboxOptions m_options;
    std::unique_ptr<SandboxStore> m_store;
};

void TestCliQuotes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_options.orderCount = 20;
    m_options.referenceDate = QDate::currentDate();
    m_store = std::make_unique<SandboxStore>(m_options);
}

CliResult TestCliQuotes::run(const QStringList &arguments, CliEnvironment environment)
{
    CliResult result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    environment.out = &out;
    environment.err = &err;
    environment.sandboxOptions = m_options;
    if (!environment.settings)
        environment.settings = m_settings.get();
    CliApplication cli(environment);
    QSignalSpy finished(&cli, &CliApplication::finished);
    cli.start(arguments);
    if (!QTest::qWaitFor([&finished] { return finished.count() > 0; }, 60000)) {
        qWarning() << "the command did not finish:" << arguments;
        return result;
    }
    result.exitCode = finished.constFirst().constFirst().toInt();
    if (finished.count() != 1)
        result.exitCode = -2;
    out.flush();
    err.flush();
    return result;
}

void TestCliQuotes::searchTable()
{
    const CliResult result = run(args({QStringLiteral("quotes"), QStringLiteral("search"),
                                       QStringLiteral("--vendor"), QStringLiteral("cisco")},
                                      true));
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 3);
    QVERIFY(lines.constFirst().startsWith(QLatin1String("QUOTE")));
    const qsizetype vendorColumn = lines.constFirst().indexOf(QLatin1String("VENDOR"));
    for (const QString &line : lines.mid(1))
        QCOMPARE(line.mid(vendorColumn, 5), QStringLiteral("Cisco"));
    QVERIFY(result.out.contains(QLatin1String(SandboxQuoteBook::HeaderAndLineFieldsQuote)));
    QVERIFY2(result.err.contains(QLatin1String("Page 1 of 1")), qPrintable(result.err));
}

void TestCliQuotes::searchJsonAllPages()
{
    const CliResult result = run(
        args({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("quotes"),
              QStringLiteral("search"), QStringLiteral("--all-pages"),
              QStringLiteral("--page-size"), QStringLiteral("10"), QStringLiteral("--sort-by"),
              QStringLiteral("quoteNumber"), QStringLiteral("--sort-order"), QStringLiteral("asc")},
             true));
    QCOMPARE(result.exitCode, 0);
    const QJsonObject page = parseJson(result.out);
    const QJsonArray quotes = page.value(QLatin1String("quotes")).toArray();
    QCOMPARE(quotes.size(), m_store->quotes().quotes().size());
    QCOMPARE(page.value(QLatin1String("recordsFound")).toInt(), int(quotes.size()));
    QString previous;
    for (const QJsonValue &value : quotes) {
        const QString number = value.toObject().value(QLatin1String("quoteNumber")).toString();
        QVERIFY(number > previous);
        previous = number;
    }
}

void TestCliQuotes::searchCsv()
{
    const CliResult result =
        run(args({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("quotes"),
                  QStringLiteral("search"), QStringLiteral("--status"), QStringLiteral("Expired")},
                 true));
    QCOMPARE(result.exitCode, 0);
    const QList<QStringList> records = parseCsv(result.out);
    QVERIFY(records.size() >= 3);
    QCOMPARE(records.constFirst().constFirst(), QStringLiteral("quoteNumber"));
    const qsizetype status = records.constFirst().indexOf(QStringLiteral("quoteStatus"));
    QVERIFY(status > 0);
    for (const QStringList &record : records.mid(1))
        QCOMPARE(record.at(status), QStringLiteral("Expired"));
}

void TestCliQuotes::searchNothingFoundSucceeds()
{
    const CliResult result =
        run(args({QStringLiteral("quotes"), QStringLiteral("search"),
                  QStringLiteral("--quote-number"), QStringLiteral("NO-SUCH-QUOTE")}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(QLatin1String("No quotes found")), qPrintable(result.err));
}

void TestCliQuotes::showText()
{
    const SandboxQuote *quote =
        m_store->quotes().quote(QLatin1String(SandboxQuoteBook::HeaderAndLineFieldsQuote));
    QVERIFY(quote);
    const CliResult result =
        run(args({QStringLiteral("quotes"), QStringLiteral("show"), quote->quoteNumber}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith(QStringLiteral("Quote %1").arg(quote->quoteNumber)));
    for (const char *heading : {"End user", "Lines", "Introduction", "Purchase instructions",
                                "Legal terms", "Ready to Order"})
        QVERIFY2(result.out.contains(QLatin1String(heading)), heading);
    for (const SandboxQuoteLine &line : quote->lines) {
        QVERIFY(result.out.contains(line.product->ingramPartNumber));
        QVERIFY(result.out.contains(QString::number(line.quotePrice, 'f', 2)));
    }
    QVERIFY(result.out.contains(QString::number(quote->total(), 'f', 2)));
    QVERIFY(result.out.contains(QLatin1String("CONTOSO HEALTH")));
    QVERIFY(result.err.contains(QLatin1String("can be ordered")));
}

void TestCliQuotes::showJsonAndCsv()
{
    const QString number = QLatin1String(SandboxQuoteBook::NoVendorFieldsQuote);
    CliResult result = run(args({QStringLiteral("--format"), QStringLiteral("json"),
                                 QStringLiteral("quotes"), QStringLiteral("show"), number}));
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = parseJson(result.out);
    QCOMPARE(json.value(QLatin1String("quoteNumber")).toString(), number);
    QVERIFY(!json.value(QLatin1String("legalTerms")).toString().isEmpty());

    result = run(args({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("quotes"),
                       QStringLiteral("show"), number}));
    QCOMPARE(result.exitCode, 0);
    const QList<QStringList> records = parseCsv(result.out);
    QCOMPARE(records.size(), 1 + m_store->quotes().quote(number)->lines.size());
    QCOMPARE(records.at(1).at(0), number);
}

void TestCliQuotes::showExpiredSaysWhy()
{
    const CliResult result = run(args({QStringLiteral("quotes"), QStringLiteral("show"),
                                       QLatin1String(SandboxQuoteBook::ExpiredQuote)}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(QLatin1String("expired")), qPrintable(result.err));
    QVERIFY(!result.err.contains(QLatin1String("can be ordered")));
}

void TestCliQuotes::validateTable()
{
    const CliResult result = run(args({QStringLiteral("quotes"), QStringLiteral("validate"),
                                       QLatin1String(SandboxQuoteBook::HeaderAndLineFieldsQuote)}));
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // the header row, two header fields, two line fields
    QVERIFY(lines.at(0).startsWith(QLatin1String("LEVEL")));
    QVERIFY(lines.at(1).startsWith(QLatin1String("header")));
    QVERIFY(lines.at(1).contains(QLatin1String("VEND_AUTH_NBR_FLG")));
    QVERIFY(lines.at(1).contains(QLatin1String("Authorization Number")));
    QVERIFY(lines.at(1).contains(QLatin1String("ABC1234")));
    QVERIFY(lines.at(3).startsWith(QLatin1String("11")));
    QVERIFY(lines.at(3).contains(QLatin1String("resellerCtacEmail")));
    QVERIFY(lines.at(4).startsWith(QLatin1String("12")));
    QVERIFY(lines.at(4).contains(QLatin1String("rslrg360CtacName")));
    QVERIFY2(result.err.contains(QLatin1String("Cisco requires 4 field")), qPrintable(result.err));
}

void TestCliQuotes::validateJsonAndCsv()
{
    const QString number = QLatin1String(SandboxQuoteBook::LineFieldsQuote);
    CliResult result = run(args({QStringLiteral("--format"), QStringLiteral("json"),
                                 QStringLiteral("quotes"), QStringLiteral("validate"), number}));
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = parseJson(result.out);
    QVERIFY(json.value(QLatin1String("vmfAdditionalAttributes")).toArray().isEmpty());
    QCOMPARE(json.value(QLatin1String("lines"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("vmfAdditionalAttributesLines"))
                 .toArray()
                 .size(),
             2);

    result = run(args({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("quotes"),
                       QStringLiteral("validate"), number}));
    QCOMPARE(result.exitCode, 0);
    const QList<QStringList> records = parseCsv(result.out);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(1).at(0), QStringLiteral("1"));
    QCOMPARE(records.at(1).at(2), QStringLiteral("dellConfigurationId"));
    QCOMPARE(records.at(1).at(4), QStringLiteral("true"));
    QCOMPARE(records.at(1).at(5), QStringLiteral("CFG-88213"));
}

void TestCliQuotes::validateWithoutFields()
{
    const CliResult result = run(args({QStringLiteral("quotes"), QStringLiteral("validate"),
                                       QLatin1String(SandboxQuoteBook::NoVendorFieldsQuote)}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(QLatin1String("requires no additional fields")),
             qPrintable(result.err));
}

void TestCliQuotes::validateExpiredIsAnApiError()
{
    for (const char *quote : {SandboxQuoteBook::ExpiredQuote, SandboxQuoteBook::DraftQuote}) {
        const CliResult result =
            run(args({QStringLiteral("quotes"), QStringLiteral("validate"), QLatin1String(quote)}));
        QCOMPARE(result.exitCode, int(ExitCode::Api));
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(QLatin1String("expired")) ||
                     result.err.contains(QLatin1String("not ready to order")),
                 qPrintable(result.err));
        QVERIFY(result.err.contains(QLatin1String("Correlation ID: ")));
    }
}

void TestCliQuotes::unknownQuoteIsAnApiError()
{
    for (const char *command : {"show", "validate"}) {
        const CliResult result = run(args({QStringLiteral("quotes"), QLatin1String(command),
                                           QStringLiteral("QUO-00000-A0A0A0")}));
        QCOMPARE(result.exitCode, int(ExitCode::Api));
        QVERIFY2(result.err.contains(QLatin1String("was not found")), qPrintable(result.err));
    }
}

void TestCliQuotes::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("show without number")
        << args({QStringLiteral("quotes"), QStringLiteral("show")}) << "quotes show NUMBER";
    QTest::newRow("validate two numbers")
        << args({QStringLiteral("quotes"), QStringLiteral("validate"), QStringLiteral("A"),
                 QStringLiteral("B")})
        << "Unexpected argument \"B\"";
    QTest::newRow("sort column") << args({QStringLiteral("quotes"), QStringLiteral("search"),
                                          QStringLiteral("--sort-by"), QStringLiteral("price")})
                                 << "--sort-by";
    QTest::newRow("half a range") << args({QStringLiteral("quotes"), QStringLiteral("search"),
                                           QStringLiteral("--created-from"),
                                           QStringLiteral("2025-01-01")})
                                  << "--created-from/--created-to";
    QTest::newRow("bad date") << args({QStringLiteral("quotes"), QStringLiteral("search"),
                                       QStringLiteral("--created-to"), QStringLiteral("June")})
                              << "Invalid date";
    QTest::newRow("page size") << args({QStringLiteral("quotes"), QStringLiteral("search"),
                                        QStringLiteral("--page-size"), QStringLiteral("500")})
                               << "--page-size";
}

void TestCliQuotes::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliResult result = run(arguments);
    QCOMPARE(result.exitCode, int(ExitCode::Usage));
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestCliQuotes::missingContactIsAConfigurationError()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    ConnectionProfile profile = customProfile(QStringLiteral("No contact"), sandbox.baseUrl());
    QVERIFY(profile.customerContact.isEmpty());
    saveProfiles(m_settings.get(), {profile}, false);
    CliEnvironment environment;
    environment.clientSecret = QLatin1String(SandboxDefaults::ClientSecret);
    const CliResult result = run({QStringLiteral("--profile"), QStringLiteral("No contact"),
                                  QStringLiteral("quotes"), QStringLiteral("search")},
                                 environment);
    QCOMPARE(result.exitCode, int(ExitCode::Configuration));
    QVERIFY2(result.err.contains(QLatin1String("IM-CustomerContact")), qPrintable(result.err));
    QCOMPARE(sandbox.receivedRequests().size(), 0);

    // Details and validate do not need it.
    const CliResult shown =
        run({QStringLiteral("--profile"), QStringLiteral("No contact"), QStringLiteral("quotes"),
             QStringLiteral("show"), QLatin1String(SandboxQuoteBook::NoVendorFieldsQuote)},
            environment);
    QCOMPARE(shown.exitCode, 0);
}

void TestCliQuotes::plainText()
{
    QCOMPARE(QuotesShowCommand::plainText(
                 QStringLiteral("<font color='red'><b></b></font>#####<font>Thank you.</font>"
                                "#####<font>Call # 1 <br /> Quote</font>")),
             QStringLiteral("Thank you.\n\nCall # 1 \n Quote"));
}

QTEST_GUILESS_MAIN(TestCliQuotes)
#include "tst_cli_quotes.moc"
