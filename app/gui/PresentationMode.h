#pragma once
// View ▸ Presentation Mode and View ▸ Colour-Blind-Safe Colours: the window's half
// of DisplayPreferences (widgets/style), which the views paint by. Entering
// presentation mode, for a projector in a classroom, enlarges the application's
// text, hides the secondary docks (the ones not passed as `kept`) and switches the
// views to thick lines and the high-contrast palette; leaving gives back the
// desk's font and exactly the docks and layout that were there before.
#include <QByteArray>
#include <QFont>
#include <QList>
#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;

namespace nw {

class PresentationMode : public QObject {
    Q_OBJECT
public:
    PresentationMode(QMainWindow* window, QList<QDockWidget*> kept);

    QAction* presentationAction() const { return m_presentationAction; }
    QAction* colourBlindAction() const { return m_colourBlindAction; }
    bool isActive() const; // DisplayPreferences owns the state

    void setActive(bool on);

private:
    void enter();
    void leave();

    QMainWindow* m_window;
    QList<QDockWidget*> m_kept;
    QAction* m_presentationAction;
    QAction* m_colourBlindAction;
    QFont m_deskFont;
    QByteArray m_deskLayout; // QMainWindow::saveState() from before presentation mode
};

} // namespace nw
