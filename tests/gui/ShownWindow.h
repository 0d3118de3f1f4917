#pragma once
// A main window as most window tests use it: the first-start dock layout,
// autosaves in a folder of its own, 1500x920 and on show. On destruction training
// is stopped and unsaved work discarded without asking, so a test ends without a
// dialog waiting for an answer.
#include "GuiTestSupport.h"
#include "MainWindow.h"

#include <QTemporaryDir>

namespace nw::test {

struct ShownWindow {
    FirstStartLayout layout; // before the window, which reads the layout
    QTemporaryDir autosave;
    MainWindow window;

    ShownWindow();
    ~ShownWindow();
    ShownWindow(const ShownWindow&) = delete;
    ShownWindow& operator=(const ShownWindow&) = delete;
};

} // namespace nw::test
