#pragma once
// The Help menu: the layer reference, the keyboard shortcuts (read from the menu
// bar, so the list is never out of date) and About. Dialogs open without blocking
// the window; a second request raises the one already open.
#include <QObject>
#include <QPointer>

class QDialog;
class QMenuBar;
class QWidget;

namespace nw {

class HelpMenu : public QObject {
    Q_OBJECT
public:
    // Adds "&Help" to `menuBar`; dialogs are children of `window`.
    HelpMenu(QMenuBar* menuBar, QWidget* window);

    void showLayerReference();
    void showShortcuts();
    void showAbout();

private:
    QMenuBar* m_menuBar;
    QWidget* m_window;
    QPointer<QDialog> m_reference;
    QPointer<QDialog> m_shortcuts;
};

} // namespace nw
