#include "LayerPaletteTree.h"

#include "GraphMimeTypes.h"

#include <QMimeData>

namespace nw {

LayerPaletteTree::LayerPaletteTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setRootIsDecorated(true);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformRowHeights(true);
    setAnimated(false);
}

QStringList LayerPaletteTree::mimeTypes() const
{
    return { GraphMimeTypes::layerType(), GraphMimeTypes::blockName() };
}

QMimeData* LayerPaletteTree::mimeData(const QList<QTreeWidgetItem*>& items) const
{
    if (items.isEmpty())
        return nullptr;
    const QTreeWidgetItem* item = items.constFirst();
    auto* mime = new QMimeData;
    const QString type = item->data(0, TypeRole).toString();
    const QString block = item->data(0, BlockRole).toString();
    if (!type.isEmpty())
        mime->setData(GraphMimeTypes::layerType(), type.toUtf8());
    else if (!block.isEmpty())
        mime->setData(GraphMimeTypes::blockName(), block.toUtf8());
    mime->setText(item->text(0));
    return mime;
}

} // namespace nw
