#include "WidgetTestSupport.h"

#include "graph/EdgeItem.h"
#include "graph/GraphEditorWidget.h"
#include "graph/GraphScene.h"
#include "graph/GraphView.h"
#include "graph/NodeItem.h"
#include "graph/PortItem.h"
#include "model/NetworkDocument.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QSignalSpy>
#include <QUndoStack>

using namespace nw;

namespace {

struct ConnectFixture : ::testing::Test {
    NetworkDocument document;
    NetworkGraphModel& model = *document.model();
    QUndoStack& stack = *document.undoStack();
    GraphEditorWidget* editor = nullptr;

    void SetUp() override
    {
        model.addNode(QStringLiteral("Input"), { 0, 0 }, { { QStringLiteral("shape"), QVariantList { 4 } } },
            QStringLiteral("in"));
        model.addNode(QStringLiteral("Dense"), { 260, 0 }, { { QStringLiteral("units"), 3 } }, QStringLiteral("fc"));
        model.addNode(QStringLiteral("Concat"), { 260, 160 }, {}, QStringLiteral("cat"));
        editor = new GraphEditorWidget(&document);
        editor->resize(1000, 700);
        editor->show();
        editor->view()->setZoom(1.0);
        editor->view()->centerOn(QPointF(250, 100));
        QApplication::processEvents();
    }
    void TearDown() override { delete editor; }

    QPoint portPoint(const QString& id, bool input, int index = 0)
    {
        NodeItem* node = editor->scene()->nodeItem(id);
        PortItem* port = input ? node->inputPort(index) : node->outputPort();
        return test::viewPoint(editor->view(), port->scenePos());
    }
};

} // namespace

TEST_F(ConnectFixture, DragFromOutputToInputConnectsThroughTheStack)
{
    test::dragMouse(editor->view()->viewport(), portPoint(QStringLiteral("in"), false),
        portPoint(QStringLiteral("fc"), true));

    const EdgeData edge { QStringLiteral("in"), QStringLiteral("fc"), 0 };
    ASSERT_TRUE(model.edges().contains(edge));
    EXPECT_NE(editor->scene()->edgeItem(edge), nullptr);
    EXPECT_EQ(stack.count(), 1);
    // The card did not move: the press on a port starts a connection, not a drag.
    EXPECT_EQ(model.node(QStringLiteral("in"))->position, QPointF(0, 0));
    EXPECT_EQ(editor->scene()->nodeItem(QStringLiteral("in"))->pos(), QPointF(0, 0));
    stack.undo();
    EXPECT_TRUE(model.edges().isEmpty());
    EXPECT_EQ(editor->scene()->edgeItemCount(), 0);
}

TEST_F(ConnectFixture, DraggingDimsPortsThatCannotAccept)
{
    model.addEdge({ QStringLiteral("in"), QStringLiteral("fc"), 0 });
    QApplication::processEvents();
    QWidget* viewport = editor->view()->viewport();
    const QPoint from = portPoint(QStringLiteral("fc"), false);
    test::sendMouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    test::sendMouse(viewport, QEvent::MouseMove, from + QPoint(40, 40), Qt::NoButton, Qt::LeftButton);
    ASSERT_TRUE(editor->scene()->isConnecting());
    NodeItem* fc = editor->scene()->nodeItem(QStringLiteral("fc"));
    NodeItem* cat = editor->scene()->nodeItem(QStringLiteral("cat"));
    EXPECT_TRUE(fc->inputPort(0)->isDimmed()); // its own input: a self loop
    EXPECT_TRUE(editor->scene()->nodeItem(QStringLiteral("in"))->inputPortCount() == 0);
    EXPECT_FALSE(cat->inputPort(0)->isDimmed());
    EXPECT_FALSE(cat->inputPort(1)->isDimmed());
    test::sendMouse(viewport, QEvent::MouseButtonRelease, from + QPoint(40, 40), Qt::LeftButton, Qt::NoButton);
    EXPECT_FALSE(editor->scene()->isConnecting());
    EXPECT_FALSE(fc->inputPort(0)->isDimmed());
}

TEST_F(ConnectFixture, InvalidDropIsRefused)
{
    model.addEdge({ QStringLiteral("in"), QStringLiteral("fc"), 0 });
    QApplication::processEvents();
    QSignalSpy refused(editor->scene(), &GraphScene::connectionRefused);
    // fc's only input is taken by `in`; a second edge into it must be refused.
    model.addNode(QStringLiteral("Input"), { 0, 300 }, { { QStringLiteral("shape"), QVariantList { 4 } } },
        QStringLiteral("in2"));
    QApplication::processEvents();
    test::dragMouse(editor->view()->viewport(), portPoint(QStringLiteral("in2"), false),
        portPoint(QStringLiteral("fc"), true));
    EXPECT_EQ(model.edges().size(), 1);
    EXPECT_EQ(stack.count(), 0);
    EXPECT_EQ(refused.count(), 1);

    // A node feeding its own input is refused too.
    test::dragMouse(editor->view()->viewport(), portPoint(QStringLiteral("fc"), false),
        portPoint(QStringLiteral("fc"), true));
    EXPECT_EQ(model.edges().size(), 1);
    EXPECT_EQ(stack.count(), 0);
}

TEST_F(ConnectFixture, DropOnEmptyCanvasCancels)
{
    const QPoint from = portPoint(QStringLiteral("in"), false);
    test::dragMouse(editor->view()->viewport(), from, from + QPoint(60, 200));
    EXPECT_TRUE(model.edges().isEmpty());
    EXPECT_EQ(stack.count(), 0);
    EXPECT_FALSE(editor->scene()->isConnecting());
    // No pending curve is left behind: only cards, ports and no edges.
    for (QGraphicsItem* item : editor->scene()->items())
        EXPECT_TRUE(item->type() == NodeItem::Type || item->type() == PortItem::Type);
}

TEST_F(ConnectFixture, MultiInputLayerShowsAFreePortAfterTheLastConnected)
{
    NodeItem* cat = editor->scene()->nodeItem(QStringLiteral("cat"));
    EXPECT_EQ(cat->inputPortCount(), 2);
    test::dragMouse(editor->view()->viewport(), portPoint(QStringLiteral("in"), false),
        portPoint(QStringLiteral("cat"), true, 1));
    ASSERT_TRUE(model.edges().contains(EdgeData { QStringLiteral("in"), QStringLiteral("cat"), 1 }));
    EXPECT_EQ(cat->inputPortCount(), 3);
}

TEST_F(ConnectFixture, MovingCardsPushesOneMoveOnRelease)
{
    NodeItem* fc = editor->scene()->nodeItem(QStringLiteral("fc"));
    const QPoint from = test::viewPoint(editor->view(), fc->scenePos() + QPointF(60, 12));
    test::dragMouse(editor->view()->viewport(), from, from + QPoint(50, 30));
    EXPECT_EQ(stack.count(), 1);
    EXPECT_EQ(model.node(QStringLiteral("fc"))->position, QPointF(310, 30));
    stack.undo();
    EXPECT_EQ(model.node(QStringLiteral("fc"))->position, QPointF(260, 0));
    EXPECT_EQ(fc->pos(), QPointF(260, 0));
}
