// Helper process of tst_ordereditor: types an order into a real editor that autosaves into the
// drafts folder given as argument, reports when the last key was typed, and waits to be killed.
#include "draftstore.h"
#include "ordereditor.h"
#include "ordereditortesthelpers.h"

#include <QApplication>
#include <QDateTime>
#include <QPlainTextEdit>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: draftkill_helper DRAFTS_DIR\n");
        return 2;
    }
    DraftStore store(QString::fromLocal8Bit(argv[1]));
    auto *editor = new OrderEditor(&store); // never deleted: the process is killed
    editor->resize(1100, 700);
    editor->show();
    QTimer::singleShot(0, editor, [editor] {
        EditorTest::type(editor->findChild<QLineEdit *>(QStringLiteral("customerPoEdit")),
                         QStringLiteral("KILL-PO-1"));
        EditorTest::type(editor->findChild<QLineEdit *>(QStringLiteral("shipToCityEdit")),
                         QStringLiteral("Irvine"));
        editor->pasteLinesText(QStringLiteral("KILLPART1\t3\nKILLPART2\t4\t12.5"));
        QTest::keyClicks(editor->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit")),
                         QStringLiteral("typed just before the kill"));
        std::printf("draft %s typed %lld\n", qPrintable(editor->draftId()),
                    QDateTime::currentMSecsSinceEpoch());
        std::fflush(stdout);
    });
    return app.exec();
}
