#pragma once
// The tree inside LayerPalette: categories with their layers, and the blocks.
// Its only job beyond QTreeWidget is the drag payload: a layer row drags its type
// name under GraphMimeTypes::layerType(), a block row its name under blockName().
// Owned by LayerPalette.
#include <QTreeWidget>

namespace nw {

class LayerPaletteTree : public QTreeWidget {
    Q_OBJECT

public:
    // Item data roles of the rows.
    enum Role { TypeRole = Qt::UserRole + 1, BlockRole };

    explicit LayerPaletteTree(QWidget* parent = nullptr);

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override;
};

} // namespace nw
