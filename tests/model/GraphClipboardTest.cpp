#include "model/GraphClipboard.h"

#include "model/commands/PasteCommand.h"
#include "UndoTestSupport.h"

using namespace nw;
using namespace nw::test;

TEST(GraphClipboard, CopyKeepsOnlyTheEdgesBetweenTheChosenNodes)
{
    NetworkGraphModel model;
    const QStringList ids = buildSmallCnn(model); // input1 conv1 bn1 relu1 flatten1 dense1
    const QByteArray data = GraphClipboard::copy(model, { ids[1], ids[2], ids[3], QStringLiteral("ghost") });
    ASSERT_TRUE(GraphClipboard::isValid(data));
    EXPECT_STREQ(GraphClipboard::kMimeType, "application/x-netwright-graph");

    NetworkGraphModel target; // another window's model
    target.addNode(QStringLiteral("Conv2D")); // takes conv1, so the pasted conv must be renamed
    QUndoStack stack;
    auto* paste = new PasteCommand(&target, data, { 1000, 500 });
    stack.push(paste);
    EXPECT_EQ(
        paste->pastedIds(), QStringList({ QStringLiteral("conv2"), QStringLiteral("bn1"), QStringLiteral("relu1") }));
    ASSERT_EQ(target.nodes().size(), 4);

    // Parameters, flags and positions (moved by the offset) survive the trip.
    const NodeData* conv = target.node(QStringLiteral("conv2"));
    ASSERT_NE(conv, nullptr);
    EXPECT_EQ(conv->params, model.node(ids[1])->params);
    EXPECT_EQ(conv->params.value(QStringLiteral("filters")), 8);
    EXPECT_FALSE(conv->trainable);
    EXPECT_EQ(conv->position, model.node(ids[1])->position + QPointF(1000, 500));

    // Internal edges only: input1 -> conv1 and relu1 -> flatten1 stay behind.
    EXPECT_EQ(target.edges(),
        QVector<EdgeData>({ { QStringLiteral("conv2"), QStringLiteral("bn1"), 0 },
            { QStringLiteral("bn1"), QStringLiteral("relu1"), 0 } }));
    EXPECT_TRUE(target.outputNode().isEmpty());

    stack.undo();
    EXPECT_EQ(target.nodeIds(), QStringList { QStringLiteral("conv1") });
    stack.redo();
    EXPECT_EQ(target.nodeIds(),
        QStringList(
            { QStringLiteral("conv1"), QStringLiteral("conv2"), QStringLiteral("bn1"), QStringLiteral("relu1") }));
}

TEST(GraphClipboard, PastingTwiceIntoTheSameModelGivesFreshIds)
{
    NetworkGraphModel model;
    const QStringList ids = buildSmallCnn(model);
    const QByteArray data = GraphClipboard::copy(model, { ids[4], ids[5] });
    QUndoStack stack;
    auto* first = new PasteCommand(&model, data, { 0, 200 });
    auto* second = new PasteCommand(&model, data, { 0, 400 });
    stack.push(first);
    stack.push(second);
    EXPECT_EQ(first->pastedIds(), QStringList({ QStringLiteral("flatten2"), QStringLiteral("dense2") }));
    EXPECT_EQ(second->pastedIds(), QStringList({ QStringLiteral("flatten3"), QStringLiteral("dense3") }));
    EXPECT_EQ(model.edgesFrom(QStringLiteral("flatten3")),
        QVector<EdgeData>({ { QStringLiteral("flatten3"), QStringLiteral("dense3"), 0 } }));
    EXPECT_EQ(model.node(QStringLiteral("dense3"))->l2, 0.01);
    EXPECT_EQ(model.outputNode(), ids[5]);
}

TEST(GraphClipboard, RefusesWhatIsNotAFragment)
{
    EXPECT_FALSE(GraphClipboard::isValid({}));
    EXPECT_FALSE(GraphClipboard::isValid("hello"));
    EXPECT_FALSE(GraphClipboard::isValid(R"({"nodes": [], "edges": []})"));
    EXPECT_FALSE(GraphClipboard::isValid(R"({"format": "netwright-graph-fragment", "version": 1, "nodes": [],
        "edges": []})"));
    // An edge leaving the fragment.
    EXPECT_FALSE(GraphClipboard::isValid(R"({"format": "netwright-graph-fragment", "version": 1,
        "nodes": [{"id": "a", "type": "ReLU", "params": {}, "position": [0, 0]}],
        "edges": [{"from": "a", "to": "b", "port": 0}]})"));
    NetworkGraphModel model;
    EXPECT_FALSE(GraphClipboard::isValid(GraphClipboard::copy(model, { QStringLiteral("nothing") })));

    QUndoStack stack;
    stack.push(new PasteCommand(&model, "not json", {}));
    EXPECT_EQ(stack.count(), 0);
}
