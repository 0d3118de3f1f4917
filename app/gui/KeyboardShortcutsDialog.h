#pragma once
// Help > Keyboard Shortcuts: every menu action of the window that has a shortcut,
// grouped by menu, in the platform's notation. Built from the live actions, so it
// never disagrees with the menus.
#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace nw {

class KeyboardShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    explicit KeyboardShortcutsDialog(const QMenuBar* menuBar, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }

private:
    QTreeWidget* m_tree;
};

} // namespace nw
