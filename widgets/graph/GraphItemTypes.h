#pragma once
// QGraphicsItem::type() values of the graph editor's items, so the scene can tell
// them apart with qgraphicsitem_cast.
#include <QGraphicsItem>

namespace nw::GraphItemTypes {

enum : int {
    Node = QGraphicsItem::UserType + 1,
    Port = QGraphicsItem::UserType + 2,
    Edge = QGraphicsItem::UserType + 3,
};

} // namespace nw::GraphItemTypes
