#include "PresentationMode.h"

#include "style/DisplayPreferences.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>

#include <utility>

namespace nw {

PresentationMode::PresentationMode(QMainWindow* window, QList<QDockWidget*> kept)
    : QObject(window)
    , m_window(window)
    , m_kept(std::move(kept))
    , m_presentationAction(new QAction(tr("&Presentation Mode"), this))
    , m_colourBlindAction(new QAction(tr("&Colour-Blind-Safe Colours"), this))
{
    m_presentationAction->setObjectName(QStringLiteral("presentationModeAction"));
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_presentationAction->setStatusTip(
        tr("Larger text, thicker lines, high-contrast colours and only the main views: for a projector"));
    connect(m_presentationAction, &QAction::toggled, this, &PresentationMode::setActive);

    m_colourBlindAction->setObjectName(QStringLiteral("colourBlindAction"));
    m_colourBlindAction->setCheckable(true);
    m_colourBlindAction->setChecked(DisplayPreferences::instance().colourBlindSafe());
    m_colourBlindAction->setStatusTip(
        tr("Class colours that stay distinct with red-green or blue-yellow colour blindness (Okabe-Ito)"));
    connect(m_colourBlindAction, &QAction::toggled, this,
        [](bool on) { DisplayPreferences::instance().setColourBlindSafe(on); });
}

bool PresentationMode::isActive() const
{
    return DisplayPreferences::instance().presentationMode();
}

void PresentationMode::setActive(bool on)
{
    if (on == isActive())
        return;
    if (on)
        enter();
    else
        leave();
    m_presentationAction->setChecked(on);
}

void PresentationMode::enter()
{
    m_deskLayout = m_window->saveState();
    m_deskFont = QApplication::font();
    DisplayPreferences::instance().setPresentationMode(true);
    QFont large = m_deskFont;
    const qreal scale = DisplayPreferences::instance().fontScale();
    if (large.pointSizeF() > 0)
        large.setPointSizeF(large.pointSizeF() * scale);
    else
        large.setPixelSize(qRound(large.pixelSize() * scale));
    QApplication::setFont(large);
    for (QDockWidget* dock : m_window->findChildren<QDockWidget*>()) {
        if (!m_kept.contains(dock))
            dock->hide();
    }
}

void PresentationMode::leave()
{
    DisplayPreferences::instance().setPresentationMode(false);
    QApplication::setFont(m_deskFont);
    m_window->restoreState(m_deskLayout);
}

} // namespace nw
