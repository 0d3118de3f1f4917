#include "CardPopupPlacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace nw {

void showUnderCard(QWidget* popup, QRect card)
{
    constexpr int kGap = 6;
    const QSize size = popup->size();
    QPoint topLeft(card.left(), card.bottom() + kGap);
    if (const QScreen* screen = QGuiApplication::screenAt(card.center())) {
        const QRect area = screen->availableGeometry();
        if (topLeft.y() + size.height() > area.bottom() && card.top() - kGap - size.height() >= area.top())
            topLeft.setY(card.top() - kGap - size.height());
        topLeft.setX(std::max(area.left(), std::min(topLeft.x(), area.right() - size.width())));
    }
    popup->move(topLeft);
    popup->show();
    popup->raise();
}

} // namespace nw
