#pragma once
// Helpers for the main window's tests: example paths, answering the next modal
// dialog from a timer, and waiting for the training session.
#include <QString>

#include <functional>

class QAbstractButton;
class QMessageBox;

namespace nw {
class MainWindow;
}

namespace nw::test {

QString examplePath(const QString& name);

// Where a screenshot goes: the build tree, or docs/screenshots with
// NETWRIGHT_UPDATE_SCREENSHOTS=1. The folder is created.
QString screenshotPath(const QString& name);

// Answers the next modal QMessageBox (within a few seconds) by clicking the button
// `choose` picks; `seen` gets the box's text. Call before the code that opens it.
void answerNextMessageBox(std::function<QAbstractButton*(QMessageBox*)> choose, QString* seen = nullptr);

// A fresh window whose autosaves go to `autosaveDir`; settings of earlier tests do
// not leak in (recent files, dock layout).
void isolateAutosave(MainWindow& window, const QString& autosaveDir);

// A member declared before the window: forgets the saved dock layout before the
// window reads it, so the window starts with the first-start layout.
struct FirstStartLayout {
    FirstStartLayout();
};

} // namespace nw::test
