// Fixture of the translation check: strings in the shapes the application uses (accelerator,
// numbered placeholders, a plural, a disambiguation comment). It is scanned, not compiled.
#include <QCoreApplication>

QString sampleTexts(int count)
{
    return QCoreApplication::translate("Sample", "&Save") +
           QCoreApplication::translate("Sample", "Order %1 of %2").arg(1).arg(2) +
           QCoreApplication::translate("Sample", "%n order(s) found.", nullptr, count) +
           QCoreApplication::translate("Sample", "Open", "a file");
}
