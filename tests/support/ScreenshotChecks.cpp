#include "ScreenshotChecks.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QSet>
#include <QWidget>

namespace nw::test {

int distinctColours(const QImage& image, QRect rect, int cap)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    rect = rect.isEmpty() ? rgb.rect() : rect.intersected(rgb.rect());
    QSet<QRgb> seen;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = rect.left(); x <= rect.right(); ++x) {
            seen.insert(line[x]);
            if (seen.size() >= cap)
                return cap;
        }
    }
    return static_cast<int>(seen.size());
}

QRect areaIn(const QWidget* top, const QWidget* widget)
{
    return QRect(widget->mapTo(top, QPoint(0, 0)), widget->size());
}

int itemsOutsideView(const QGraphicsView* view)
{
    const QRect viewport = view->viewport()->rect();
    int outside = 0;
    for (const QGraphicsItem* item : view->scene()->items()) {
        if (item->parentItem() || !item->isVisible())
            continue;
        const QRect shown = view->mapFromScene(item->sceneBoundingRect()).boundingRect();
        if (!viewport.contains(shown))
            ++outside;
    }
    return outside;
}

} // namespace nw::test
