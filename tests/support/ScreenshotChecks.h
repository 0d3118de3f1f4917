#pragma once
// What a screenshot test asserts about the picture a user would see: that a panel
// drew something (flat colour means it drew nothing), and that the editor shows every
// card of the network. Shared by widgets_tests and gui_tests.
#include <QImage>
#include <QRect>

class QGraphicsView;
class QWidget;

namespace nw::test {

// Distinct colours in `rect` of `image` (the whole image when empty), counted up to
// `cap`: an empty panel has one or two, a chart, a map or a card has dozens.
int distinctColours(const QImage& image, QRect rect = {}, int cap = 1000);

// `widget`'s rectangle in the coordinates of a grab of its ancestor `top`.
QRect areaIn(const QWidget* top, const QWidget* widget);

// How many of the scene's top-level items (cards, edges) lie outside the view's
// viewport: 0 when the user sees the whole network.
int itemsOutsideView(const QGraphicsView* view);

} // namespace nw::test
