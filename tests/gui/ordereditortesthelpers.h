// Typing into the order editor's real widgets, shared by the editor test and its helper process.
#pragma once

#include "orderlineseditmodel.h"

#include <QAbstractSpinBox>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

namespace EditorTest {

// Opens the cell's editor the way a user does (typing starts editing), replaces its text, and
// commits with Return.
inline bool typeIntoCell(QTableView *view, int row, int column, const QString &text)
{
    const QModelIndex index = view->model()->index(row, column);
    const auto openEditor = [view]() -> QWidget * {
        for (QWidget *child :
             view->viewport()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (child->isVisible() &&
                (qobject_cast<QLineEdit *>(child) || qobject_cast<QAbstractSpinBox *>(child)))
                return child;
        }
        return nullptr;
    };
    // With AllEditTriggers, becoming current already opens the editor.
    view->setCurrentIndex(index);
    QWidget *editor = openEditor();
    if (!editor) {
        view->edit(index);
        editor = openEditor();
    }
    if (!editor)
        return false;
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits in a queued call.
    return QTest::qWaitFor(
        [&] { return view->model()->index(row, column).data(Qt::EditRole).toString() == text; },
        2000);
}

inline void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace EditorTest
