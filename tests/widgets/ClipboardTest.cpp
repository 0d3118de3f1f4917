#include "WidgetTestSupport.h"

#include "graph/GraphEditorWidget.h"
#include "graph/GraphScene.h"
#include "model/NetworkDocument.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QClipboard>
#include <QGraphicsItem>
#include <QMimeData>
#include <QUndoStack>

using namespace nw;

namespace {

struct ClipboardFixture : ::testing::Test {
    NetworkDocument document;
    NetworkGraphModel& model = *document.model();
    QUndoStack& stack = *document.undoStack();
    GraphEditorWidget editor { &document };

    void SetUp() override
    {
        test::buildMlp(model);
        model.setNodeParameter(QStringLiteral("fc"), QStringLiteral("units"), 42);
        model.setNodePenalties(QStringLiteral("fc"), 0, 0.01);
        editor.resize(800, 500);
    }
};

} // namespace

TEST_F(ClipboardFixture, CopyPasteKeepsParametersAndInternalEdges)
{
    editor.scene()->selectNodes({ QStringLiteral("flatten"), QStringLiteral("fc") });
    editor.copySelection();
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    ASSERT_NE(mime, nullptr);
    ASSERT_TRUE(mime->hasFormat(QStringLiteral("application/x-netwright-graph")));

    editor.paste();
    ASSERT_EQ(model.nodes().size(), 5);
    const QStringList pasted = editor.scene()->selectedNodeIds();
    ASSERT_EQ(pasted.size(), 2);
    const NodeData* flatten = model.node(pasted[0]);
    const NodeData* dense = model.node(pasted[1]);
    ASSERT_TRUE(flatten && dense);
    EXPECT_EQ(flatten->type, QStringLiteral("Flatten"));
    EXPECT_EQ(dense->params.value(QStringLiteral("units")).toInt(), 42);
    EXPECT_DOUBLE_EQ(dense->l2, 0.01);
    // The edge between the copied nodes comes along; the one from `input` does not.
    EXPECT_TRUE(model.edges().contains(EdgeData { flatten->id, dense->id, 0 }));
    EXPECT_EQ(model.edges().size(), 3);
    EXPECT_EQ(editor.scene()->nodeItemCount(), 5);
    EXPECT_EQ(editor.scene()->edgeItemCount(), 3);
    // Offset from the originals, so the copy is visible.
    EXPECT_NE(dense->position, model.node(QStringLiteral("fc"))->position);

    EXPECT_EQ(stack.count(), 1);
    stack.undo();
    EXPECT_EQ(model.nodes().size(), 3);
}

TEST_F(ClipboardFixture, CutRemovesAndPasteRestores)
{
    editor.scene()->selectNodes({ QStringLiteral("fc") });
    editor.cutSelection();
    EXPECT_FALSE(model.hasNode(QStringLiteral("fc")));
    EXPECT_EQ(model.edges().size(), 1);
    editor.paste();
    EXPECT_EQ(model.nodes().size(), 3);
    EXPECT_EQ(stack.count(), 2);
}

TEST_F(ClipboardFixture, DuplicateAndDeleteAndSelectAll)
{
    editor.scene()->selectNodes({ QStringLiteral("fc") });
    editor.duplicateSelection();
    EXPECT_EQ(model.nodes().size(), 4);
    editor.selectAll();
    EXPECT_EQ(editor.scene()->selectedNodeIds().size(), 4);
    editor.deleteSelection();
    EXPECT_TRUE(model.nodes().isEmpty());
    EXPECT_EQ(editor.scene()->nodeItemCount(), 0);
    stack.undo();
    EXPECT_EQ(model.nodes().size(), 4);
    EXPECT_EQ(model.edges().size(), 2);
}

TEST_F(ClipboardFixture, DeletingASelectedEdgeKeepsItsNodes)
{
    document.compileNow();
    editor.scene()->clearSelection();
    QGraphicsItem* edge = nullptr;
    for (QGraphicsItem* item : editor.scene()->items())
        if (item->type() == QGraphicsItem::UserType + 3)
            edge = item;
    ASSERT_NE(edge, nullptr);
    edge->setSelected(true);
    editor.deleteSelection();
    EXPECT_EQ(model.nodes().size(), 3);
    EXPECT_EQ(model.edges().size(), 1);
}
