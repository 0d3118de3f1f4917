#include "graph/GraphEditorWidget.h"
#include "graph/GraphScene.h"
#include "graph/GraphStyle.h"
#include "graph/LayerPalette.h"
#include "graph/LayerPaletteTree.h"

#include "model/NetworkDocument.h"
#include "model/LayerCategory.h"
#include "model/LayerRegistry.h"
#include "model/NetworkGraphModel.h"

#include <gtest/gtest.h>

#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>

using namespace nw;

namespace {

QTreeWidgetItem* findRow(LayerPaletteTree* tree, const QString& type)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
            if (tree->topLevelItem(i)->child(j)->data(0, LayerPaletteTree::TypeRole).toString() == type)
                return tree->topLevelItem(i)->child(j);
    return nullptr;
}

// Opens the protected mimeData() to the test: its member pointer, taken through this
// class, is applied to the real tree (casting the tree to MimeProbe would be a
// downcast to a type it is not, undefined behaviour that UBSan reports).
class MimeProbe : public LayerPaletteTree {
public:
    using LayerPaletteTree::mimeData;
};

} // namespace

TEST(LayerPalette, ListsEveryRegistryTypeAndTheBlocks)
{
    LayerPalette palette;
    for (const QString& type : LayerRegistry::instance().typeNames())
        EXPECT_NE(findRow(palette.tree(), type), nullptr) << type.toStdString();
    bool blocks = false;
    for (int i = 0; i < palette.tree()->topLevelItemCount(); ++i)
        blocks |= palette.tree()->topLevelItem(i)->text(0) == QStringLiteral("Blocks");
    EXPECT_TRUE(blocks);
}

TEST(LayerPalette, GroupsFollowTheCategoryTableAndItsColours)
{
    LayerPalette palette;
    const QStringList categories = LayerRegistry::instance().categories();
    ASSERT_GE(palette.tree()->topLevelItemCount(), categories.size());
    for (int i = 0; i < categories.size(); ++i) {
        const LayerCategory* category = LayerCategory::find(categories[i]);
        ASSERT_NE(category, nullptr);
        EXPECT_EQ(palette.tree()->topLevelItem(i)->text(0), category->displayName());
        EXPECT_EQ(GraphStyle::instance().categoryColor(category->key), category->color);
    }
    const QColor unknown = GraphStyle::instance().categoryColor(QStringLiteral("Layers of Mystery"));
    for (const LayerCategory& category : LayerCategory::all())
        EXPECT_NE(unknown, category.color) << category.key.toStdString();
}

TEST(LayerPalette, SearchFilters)
{
    LayerPalette palette;
    palette.setFilterText(QStringLiteral("conv"));
    EXPECT_FALSE(findRow(palette.tree(), QStringLiteral("Conv2D"))->isHidden());
    EXPECT_TRUE(findRow(palette.tree(), QStringLiteral("Dense"))->isHidden());
    palette.setFilterText({});
    EXPECT_FALSE(findRow(palette.tree(), QStringLiteral("Dense"))->isHidden());
}

TEST(LayerPalette, DragCarriesTheTypeName)
{
    LayerPalette palette;
    QTreeWidgetItem* row = findRow(palette.tree(), QStringLiteral("Dense"));
    const auto mimeData = &MimeProbe::mimeData;
    std::unique_ptr<QMimeData> mime((palette.tree()->*mimeData)({ row }));
    ASSERT_NE(mime, nullptr);
    EXPECT_EQ(mime->data(QStringLiteral("application/x-netwright-layer-type")), QByteArray("Dense"));
}

TEST(LayerPalette, DoubleClickAddsAfterTheSelectedNode)
{
    NetworkDocument document;
    NetworkGraphModel& model = *document.model();
    QUndoStack& stack = *document.undoStack();
    GraphEditorWidget editor(&document);
    LayerPalette palette;
    QObject::connect(&palette, &LayerPalette::layerActivated, &editor, &GraphEditorWidget::addLayerAtCenter);

    Q_EMIT palette.tree()->itemActivated(findRow(palette.tree(), QStringLiteral("Flatten")), 0);
    ASSERT_EQ(model.nodes().size(), 1);
    const QString first = model.nodes()[0].id;
    Q_EMIT palette.tree()->itemActivated(findRow(palette.tree(), QStringLiteral("Dense")), 0);
    ASSERT_EQ(model.nodes().size(), 2);
    const QString second = model.nodes()[1].id;
    EXPECT_TRUE(model.edges().contains(EdgeData { first, second, 0 }));
    EXPECT_GT(model.node(second)->position.x(), model.node(first)->position.x());
    // Add and connect are one undo step.
    EXPECT_EQ(stack.count(), 2);
    stack.undo();
    EXPECT_EQ(model.nodes().size(), 1);
    EXPECT_TRUE(model.edges().isEmpty());
}
