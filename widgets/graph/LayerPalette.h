#pragma once
// The layer palette: every LayerRegistry type grouped by category, and the
// insertable blocks, with a search box. Rows are dragged onto the GraphView
// (MIME GraphMimeTypes::layerType() / blockName()); a double click asks for the
// layer at the view centre, wired after the selected node, through a signal the
// editor handles. Owned by the main window (a dock); reads only the registry.
#include <QWidget>

class QLineEdit;
class QTreeWidgetItem;

namespace nw {

class LayerPaletteTree;
class LayerRegistry;

class LayerPalette : public QWidget {
    Q_OBJECT

public:
    explicit LayerPalette(QWidget* parent = nullptr);
    // The registry must outlive the palette.
    explicit LayerPalette(const LayerRegistry& registry, QWidget* parent = nullptr);

    // Shows the rows whose name, type or category contains `text` (case-insensitive).
    void setFilterText(const QString& text);
    LayerPaletteTree* tree() const { return m_tree; }

Q_SIGNALS:
    void layerActivated(const QString& type);
    void blockActivated(const QString& name);

private:
    void populate();
    void activate(QTreeWidgetItem* item);

    const LayerRegistry& m_registry;
    QLineEdit* m_search;
    LayerPaletteTree* m_tree;
};

} // namespace nw
