#include "model/commands/AddNodeCommand.h"
#include "model/commands/AutoLayoutCommand.h"
#include "model/commands/ConnectCommand.h"
#include "model/commands/DisconnectCommand.h"
#include "model/commands/InsertBlockCommand.h"
#include "model/commands/MoveNodesCommand.h"
#include "model/commands/PasteCommand.h"
#include "model/commands/RemoveItemsCommand.h"
#include "model/commands/SetNodeFlagsCommand.h"
#include "model/commands/SetParameterCommand.h"
#include "model/GraphClipboard.h"
#include "UndoTestSupport.h"

#include <QCoreApplication>

using namespace nw;
using namespace nw::test;

TEST(UndoCommands, RunWithoutAnyApplicationObject)
{
    EXPECT_EQ(QCoreApplication::instance(), nullptr);
    NetworkGraphModel model;
    QUndoStack stack;
    stack.push(new AddNodeCommand(&model, QStringLiteral("Dense"), { 1, 2 }));
    EXPECT_EQ(model.nodeIds(), QStringList { QStringLiteral("dense1") });
    stack.undo();
    EXPECT_TRUE(model.nodeIds().isEmpty());
}

TEST(UndoCommands, AddNodeKeepsItsIdAcrossUndoRedo)
{
    NetworkGraphModel model;
    buildSmallCnn(model);
    auto* add
        = new AddNodeCommand(&model, QStringLiteral("Dense"), { 50, 60 }, params({ { QStringLiteral("units"), 32 } }));
    EXPECT_TRUE(add->nodeId().isEmpty());
    QUndoStack stack;
    stack.push(add);
    EXPECT_EQ(add->nodeId(), QStringLiteral("dense2"));
    stack.undo();
    EXPECT_EQ(model.node(QStringLiteral("dense2")), nullptr);
    stack.redo();
    EXPECT_EQ(model.node(QStringLiteral("dense2"))->params.value(QStringLiteral("units")), 32);
    EXPECT_EQ(model.node(QStringLiteral("dense2"))->position, QPointF(50, 60));

    NetworkGraphModel other;
    buildSmallCnn(other);
    expectUndoRedoExact(
        other, new AddNodeCommand(&other, QStringLiteral("Dropout"), { 5, 5 }, {}, QStringLiteral("drop")));
}

TEST(UndoCommands, UnknownTypeOrTakenIdIsDropped)
{
    NetworkGraphModel model;
    buildSmallCnn(model);
    QUndoStack stack;
    stack.push(new AddNodeCommand(&model, QStringLiteral("Dence"), {}));
    stack.push(new AddNodeCommand(&model, QStringLiteral("Dense"), {}, {}, QStringLiteral("conv1")));
    stack.push(new ConnectCommand(&model, { QStringLiteral("relu1"), QStringLiteral("bn1"), 0 })); // occupied
    stack.push(new DisconnectCommand(&model, { QStringLiteral("input1"), QStringLiteral("dense1"), 0 }));
    stack.push(new SetParameterCommand(&model, QStringLiteral("dense1"), QStringLiteral("nope"), 3));
    stack.push(new SetNodeFlagsCommand(&model, QStringLiteral("dense1"), true, -1, 0));
    stack.push(new RemoveItemsCommand(&model, { QStringLiteral("ghost") }));
    EXPECT_EQ(stack.count(), 0);
}

TEST(UndoCommands, RemoveItemsRestoresOrderEdgesAndOutput)
{
    NetworkGraphModel model;
    const QStringList ids = buildSmallCnn(model);
    // The first node, a middle one and the output: undo must put each back in its place.
    expectUndoRedoExact(model, new RemoveItemsCommand(&model, { ids[0], ids[3], ids[5] }));

    NetworkGraphModel edgesOnly;
    const QStringList e = buildSmallCnn(edgesOnly);
    expectUndoRedoExact(edgesOnly, new RemoveItemsCommand(&edgesOnly, {}, { { e[0], e[1], 0 }, { e[2], e[3], 0 } }));

    // An extra edge that also goes with a removed node is removed once.
    NetworkGraphModel both;
    const QStringList b = buildSmallCnn(both);
    expectUndoRedoExact(both, new RemoveItemsCommand(&both, { b[2] }, { { b[1], b[2], 0 }, { b[4], b[5], 0 } }));
}

TEST(UndoCommands, ConnectAndDisconnectRestoreEdgeOrder)
{
    NetworkGraphModel model;
    const QStringList ids = buildSmallCnn(model);
    expectUndoRedoExact(model, new DisconnectCommand(&model, { ids[1], ids[2], 0 }));
    expectUndoRedoExact(model, new DisconnectCommand(&model, { ids[0], ids[1], 0 }));
    model.removeEdge({ ids[3], ids[4], 0 });
    expectUndoRedoExact(model, new ConnectCommand(&model, { ids[3], ids[4], 0 }));
}

TEST(UndoCommands, MoveSetParameterAndFlagsRestoreExactly)
{
    NetworkGraphModel model;
    const QStringList ids = buildSmallCnn(model);
    expectUndoRedoExact(model,
        new MoveNodesCommand(&model, { { ids[1], QPointF(100, 20) }, { ids[2], QPointF(200, 0) } },
            { { ids[1], QPointF(110, 30) }, { ids[2], QPointF(210, 10) } }));
    expectUndoRedoExact(model, new SetParameterCommand(&model, ids[1], QStringLiteral("filters"), 32));
    expectUndoRedoExact(
        model, new SetParameterCommand(&model, ids[5], QStringLiteral("init"), QStringLiteral("xavier_normal")));
    expectUndoRedoExact(model, new SetNodeFlagsCommand(&model, ids[1], true, 0.5, 0.25));
    expectUndoRedoExact(model, new SetNodeFlagsCommand(&model, ids[5], false, 0, 0));
}

TEST(UndoCommands, ParameterOfUnknownTypeIsRemovedAgainByUndo)
{
    NetworkGraphModel model;
    QString error;
    ASSERT_TRUE(model.fromJson(parseJson(R"({"nodes": [{"id": "x", "type": "Future", "params": {"a": 1},
        "position": [0, 0]}], "edges": []})"),
        &error))
        << error.toStdString();
    expectUndoRedoExact(model, new SetParameterCommand(&model, QStringLiteral("x"), QStringLiteral("b"), 2));
}

TEST(UndoCommands, PasteLayoutAndBlockRestoreExactly)
{
    NetworkGraphModel model;
    const QStringList ids = buildSmallCnn(model);
    expectUndoRedoExact(model, new PasteCommand(&model, GraphClipboard::copy(model, ids.mid(1, 3)), { 30, 40 }));
    expectUndoRedoExact(model, new AutoLayoutCommand(&model));
    expectUndoRedoExact(model, new InsertBlockCommand(&model, QStringLiteral("Residual block"), { 0, 300 }, ids[3]));
    expectUndoRedoExact(model, new InsertBlockCommand(&model, QStringLiteral("MLP head"), { 0, 600 }));
}

TEST(UndoCommands, ConsecutiveMovesOfTheSameNodesMerge)
{
    NetworkGraphModel model;
    const QStringList ids = buildSmallCnn(model);
    const std::string start = jsonText(model);
    QUndoStack stack;
    const QPointF a0 = model.node(ids[1])->position;
    const QPointF b0 = model.node(ids[2])->position;
    for (int step = 1; step <= 5; ++step)
        stack.push(new MoveNodesCommand(&model,
            { { ids[1], a0 + QPointF(step - 1, 0) }, { ids[2], b0 + QPointF(step - 1, 0) } },
            { { ids[1], a0 + QPointF(step, 0) }, { ids[2], b0 + QPointF(step, 0) } }));
    EXPECT_EQ(stack.count(), 1);
    EXPECT_EQ(model.node(ids[1])->position, a0 + QPointF(5, 0));
    stack.undo();
    EXPECT_EQ(jsonText(model), start);
    stack.redo();

    // A different selection is a new step, and so is the old selection after it.
    stack.push(new MoveNodesCommand(&model, { { ids[1], a0 + QPointF(5, 0) } }, { { ids[1], QPointF(0, 0) } }));
    EXPECT_EQ(stack.count(), 2);
    stack.push(new MoveNodesCommand(&model, { { ids[1], QPointF(0, 0) }, { ids[2], b0 + QPointF(5, 0) } },
        { { ids[1], QPointF(1, 1) }, { ids[2], QPointF(2, 2) } }));
    EXPECT_EQ(stack.count(), 3);

    // A drag that comes back to where it started leaves nothing to undo.
    QUndoStack back;
    back.push(new MoveNodesCommand(&model, { { ids[0], QPointF(0, 0) } }, { { ids[0], QPointF(9, 9) } }));
    back.push(new MoveNodesCommand(&model, { { ids[0], QPointF(9, 9) } }, { { ids[0], QPointF(0, 0) } }));
    EXPECT_EQ(back.count(), 0);
}

TEST(UndoCommands, MovesDoNotMergeIntoTheSavedState)
{
    NetworkGraphModel model;
    const QStringList ids = buildSmallCnn(model);
    QUndoStack stack;
    stack.push(new MoveNodesCommand(&model, { { ids[1], QPointF(100, 20) } }, { { ids[1], QPointF(1, 1) } }));
    stack.setClean();
    stack.push(new MoveNodesCommand(&model, { { ids[1], QPointF(1, 1) } }, { { ids[1], QPointF(2, 2) } }));
    EXPECT_EQ(stack.count(), 2);
    stack.undo();
    EXPECT_TRUE(stack.isClean());
}

TEST(UndoCommands, ParameterEditsOfOneParameterMerge)
{
    NetworkGraphModel model;
    const QStringList ids = buildSmallCnn(model);
    const std::string start = jsonText(model);
    QUndoStack stack;
    // Typing "128" into the spin box.
    for (int value : { 1, 12, 128 })
        stack.push(new SetParameterCommand(&model, ids[5], QStringLiteral("units"), value));
    EXPECT_EQ(stack.count(), 1);
    EXPECT_EQ(model.node(ids[5])->params.value(QStringLiteral("units")), 128);
    // Another parameter, or another node, is a step of its own.
    stack.push(new SetParameterCommand(&model, ids[5], QStringLiteral("bias"), false));
    stack.push(new SetParameterCommand(&model, ids[1], QStringLiteral("filters"), 4));
    stack.push(new SetParameterCommand(&model, ids[1], QStringLiteral("filters"), 6));
    EXPECT_EQ(stack.count(), 3);
    stack.undo();
    EXPECT_EQ(model.node(ids[1])->params.value(QStringLiteral("filters")), 8);
    stack.undo();
    stack.undo();
    EXPECT_EQ(jsonText(model), start);

    // Typing back the old value leaves nothing to undo.
    QUndoStack back;
    back.push(new SetParameterCommand(&model, ids[5], QStringLiteral("units"), 1));
    back.push(new SetParameterCommand(&model, ids[5], QStringLiteral("units"), 10));
    EXPECT_EQ(back.count(), 0);
    EXPECT_EQ(jsonText(model), start);
}
