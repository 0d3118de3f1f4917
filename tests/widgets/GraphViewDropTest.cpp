#include "WidgetTestSupport.h"

#include "graph/GraphEditorWidget.h"
#include "graph/GraphMimeTypes.h"
#include "graph/GraphScene.h"
#include "graph/GraphStyle.h"
#include "graph/GraphView.h"
#include "graph/NodeItem.h"
#include "model/NetworkDocument.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QUndoStack>

using namespace nw;

namespace {

struct DropFixture : ::testing::Test {
    NetworkDocument document;
    NetworkGraphModel& model = *document.model();
    QUndoStack& stack = *document.undoStack();
    GraphEditorWidget editor { &document };

    void SetUp() override
    {
        editor.resize(900, 600);
        editor.show();
        QApplication::processEvents();
    }

    bool drop(const QByteArray& format, const QByteArray& payload, QPoint viewportPos)
    {
        QMimeData mime;
        mime.setData(QString::fromLatin1(format), payload);
        QWidget* viewport = editor.view()->viewport();
        QDragEnterEvent enter(viewportPos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QDropEvent dropEvent(QPointF(viewportPos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &dropEvent);
        return enter.isAccepted() && dropEvent.isAccepted();
    }
};

} // namespace

TEST_F(DropFixture, PaletteDropAddsNodeCentredAtDropPosition)
{
    const QPoint at(300, 220);
    const QPointF sceneAt = editor.view()->mapToScene(at);
    ASSERT_TRUE(drop("application/x-netwright-layer-type", "Dense", at));

    ASSERT_EQ(model.nodes().size(), 1);
    const NodeData& node = model.nodes().constFirst();
    EXPECT_EQ(node.type, QStringLiteral("Dense"));
    // The card is centred under the cursor: its model position is the card's top-left.
    EXPECT_NEAR(node.position.x(), sceneAt.x() - GraphStyle::nodeWidth / 2, 1e-6);
    EXPECT_NEAR(node.position.y(), sceneAt.y() - GraphStyle::nodeMinHeight / 2, 1e-6);
    NodeItem* item = editor.scene()->nodeItem(node.id);
    ASSERT_NE(item, nullptr);
    EXPECT_TRUE(item->sceneBoundingRect().contains(sceneAt));
    EXPECT_TRUE(item->isSelected());

    // One undo step, and undo removes the card again.
    EXPECT_EQ(stack.count(), 1);
    stack.undo();
    EXPECT_TRUE(model.nodes().isEmpty());
    EXPECT_EQ(editor.scene()->nodeItemCount(), 0);
}

TEST_F(DropFixture, DropAfterZoomAndPanStillLandsUnderCursor)
{
    editor.view()->zoomBy(1.7, QPoint(100, 100));
    const QPoint at(500, 300);
    const QPointF sceneAt = editor.view()->mapToScene(at);
    ASSERT_TRUE(drop("application/x-netwright-layer-type", "ReLU", at));
    ASSERT_EQ(model.nodes().size(), 1);
    EXPECT_NEAR(model.nodes()[0].position.x() + GraphStyle::nodeWidth / 2, sceneAt.x(), 1e-6);
    EXPECT_NEAR(model.nodes()[0].position.y() + GraphStyle::nodeMinHeight / 2, sceneAt.y(), 1e-6);
}

TEST_F(DropFixture, UnknownTypeAndForeignMimeAddNothing)
{
    drop("application/x-netwright-layer-type", "NoSuchLayer", QPoint(200, 200));
    drop("text/plain", "Dense", QPoint(200, 200));
    EXPECT_TRUE(model.nodes().isEmpty());
    EXPECT_EQ(stack.count(), 0);
}

TEST_F(DropFixture, BlockDropInsertsTheBlock)
{
    ASSERT_TRUE(drop("application/x-netwright-block", "MLP head", QPoint(300, 200)));
    EXPECT_GT(model.nodes().size(), 1);
    EXPECT_EQ(stack.count(), 1);
}
