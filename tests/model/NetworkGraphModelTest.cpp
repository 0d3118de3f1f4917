#include "model/LayerRegistry.h"
#include "ModelTestSupport.h"

#include <gtest/gtest.h>

using namespace nw;
using namespace nw::test;

namespace {

// Records every signal of a model as one line each, in emission order (QSignalSpy
// would need Qt6::Test; this keeps the test executable on QtCore alone).
class SignalLog : public QObject {
public:
    explicit SignalLog(NetworkGraphModel& model)
    {
        auto record = [this](const char* name) {
            return [this, name](const QString& id) { lines << QString::fromLatin1(name) + QLatin1Char(' ') + id; };
        };
        auto edge = [this](const char* name) {
            return [this, name](const EdgeData& e) {
                lines << QStringLiteral("%1 %2->%3:%4").arg(QString::fromLatin1(name), e.from, e.to).arg(e.port);
            };
        };
        connect(&model, &NetworkGraphModel::nodeCreated, this, record("nodeCreated"));
        connect(&model, &NetworkGraphModel::nodeDeleted, this, record("nodeDeleted"));
        connect(&model, &NetworkGraphModel::nodeUpdated, this, record("nodeUpdated"));
        connect(&model, &NetworkGraphModel::nodePositionUpdated, this, record("nodePositionUpdated"));
        connect(&model, &NetworkGraphModel::outputNodeChanged, this, record("outputNodeChanged"));
        connect(&model, &NetworkGraphModel::connectionCreated, this, edge("connectionCreated"));
        connect(&model, &NetworkGraphModel::connectionDeleted, this, edge("connectionDeleted"));
        connect(&model, &NetworkGraphModel::modelReset, this, [this] { lines << QStringLiteral("modelReset"); });
    }

    QStringList take() { return std::exchange(lines, {}); }

    QStringList lines;
};

} // namespace

TEST(NetworkGraphModel, AddNodeGivesReadableUniqueIdsAndDefaults)
{
    NetworkGraphModel model;
    SignalLog log(model);
    EXPECT_EQ(model.addNode(QStringLiteral("Dense")), QStringLiteral("dense1"));
    EXPECT_EQ(model.addNode(QStringLiteral("Dense"), { 10, 20 }, params({ { QStringLiteral("units"), 4 } })),
        QStringLiteral("dense2"));
    EXPECT_EQ(model.addNode(QStringLiteral("Conv2D")), QStringLiteral("conv1"));
    EXPECT_EQ(model.addNode(QStringLiteral("Input"), {}, {}, QStringLiteral("x")), QStringLiteral("x"));
    EXPECT_EQ(log.take(),
        QStringList({ QStringLiteral("nodeCreated dense1"), QStringLiteral("nodeCreated dense2"),
            QStringLiteral("nodeCreated conv1"), QStringLiteral("nodeCreated x") }));

    const NodeData* fc = model.node(QStringLiteral("dense2"));
    ASSERT_NE(fc, nullptr);
    EXPECT_EQ(fc->type, QStringLiteral("Dense"));
    EXPECT_EQ(fc->params.value(QStringLiteral("units")), 4);
    EXPECT_EQ(fc->params.value(QStringLiteral("bias")), true);
    EXPECT_EQ(fc->params.value(QStringLiteral("init")), QStringLiteral("he_uniform"));
    EXPECT_EQ(fc->position, QPointF(10, 20));
    EXPECT_TRUE(fc->trainable);
    EXPECT_EQ(model.nodeIds(),
        QStringList(
            { QStringLiteral("dense1"), QStringLiteral("dense2"), QStringLiteral("conv1"), QStringLiteral("x") }));

    // A freed id is the first free one again.
    model.removeNode(QStringLiteral("dense1"));
    EXPECT_EQ(model.addNode(QStringLiteral("Dense")), QStringLiteral("dense1"));
}

TEST(NetworkGraphModel, RefusesUnknownTypesAndTakenOrInvalidIds)
{
    NetworkGraphModel model;
    SignalLog log(model);
    EXPECT_TRUE(model.addNode(QStringLiteral("Dence")).isEmpty());
    EXPECT_FALSE(model.addNode(QStringLiteral("Dense"), {}, {}, QStringLiteral("fc")).isEmpty());
    EXPECT_TRUE(model.addNode(QStringLiteral("Dense"), {}, {}, QStringLiteral("fc")).isEmpty());
    EXPECT_TRUE(model.addNode(QStringLiteral("Dense"), {}, {}, QStringLiteral("fc.weight")).isEmpty());
    EXPECT_TRUE(model.addNode(QStringLiteral("Dense"), {}, {}, QStringLiteral("two words")).isEmpty());
    EXPECT_EQ(log.take().size(), 1);
    EXPECT_EQ(model.nodes().size(), 1);
}

TEST(NetworkGraphModel, ConnectionRules)
{
    NetworkGraphModel model;
    const QString x = model.addNode(QStringLiteral("Input"));
    const QString a = model.addNode(QStringLiteral("Dense"));
    const QString b = model.addNode(QStringLiteral("Dense"));
    const QString cat = model.addNode(QStringLiteral("Concat"));
    SignalLog log(model);

    EXPECT_EQ(model.canConnect({ x, a, 0 }), QString());
    EXPECT_TRUE(model.addEdge({ x, a, 0 }));
    EXPECT_EQ(model.canConnect({ x, a, 0 }), QStringLiteral("input 0 of 'dense1' is already connected to 'input1'"));
    EXPECT_EQ(model.canConnect({ b, a, 0 }), QStringLiteral("input 0 of 'dense1' is already connected to 'input1'"));
    EXPECT_EQ(model.canConnect({ a, a, 0 }), QStringLiteral("a node cannot feed its own input"));
    EXPECT_EQ(model.canConnect({ QStringLiteral("ghost"), a, 0 }), QStringLiteral("there is no node 'ghost'"));
    EXPECT_EQ(model.canConnect({ a, QStringLiteral("ghost"), 0 }), QStringLiteral("there is no node 'ghost'"));
    EXPECT_EQ(model.canConnect({ a, b, 1 }), QStringLiteral("Dense 'dense2' has a single input port"));
    EXPECT_EQ(model.canConnect({ a, x, 0 }), QStringLiteral("Input 'input1' takes no inputs"));
    EXPECT_EQ(model.canConnect({ a, cat, 8 }), QStringLiteral("Concat 'concat1' has input ports 0 to 7, not 8"));
    EXPECT_EQ(model.canConnect({ a, cat, -1 }), QStringLiteral("there is no input port -1"));
    EXPECT_FALSE(model.addEdge({ a, a, 0 }));
    EXPECT_FALSE(model.addEdge({ b, a, 0 }));

    // Concat's ports are its input order; one node may feed several ports.
    EXPECT_TRUE(model.addEdge({ b, cat, 1 }));
    EXPECT_TRUE(model.addEdge({ a, cat, 0 }));
    EXPECT_TRUE(model.addEdge({ a, cat, 2 }));
    EXPECT_EQ(model.edgesInto(cat), QVector<EdgeData>({ { a, cat, 0 }, { b, cat, 1 }, { a, cat, 2 } }));
    EXPECT_EQ(model.edgesFrom(a), QVector<EdgeData>({ { a, cat, 0 }, { a, cat, 2 } }));
    EXPECT_EQ(model.edges().size(), 4);
    EXPECT_EQ(log.take(),
        QStringList({ QStringLiteral("connectionCreated input1->dense1:0"),
            QStringLiteral("connectionCreated dense2->concat1:1"),
            QStringLiteral("connectionCreated dense1->concat1:0"),
            QStringLiteral("connectionCreated dense1->concat1:2") }));

    EXPECT_TRUE(model.removeEdge({ b, cat, 1 }));
    EXPECT_FALSE(model.removeEdge({ b, cat, 1 }));
    EXPECT_EQ(log.take(), QStringList({ QStringLiteral("connectionDeleted dense2->concat1:1") }));
}

TEST(NetworkGraphModel, RemovingANodeRemovesItsEdgesFirst)
{
    NetworkGraphModel model;
    const QStringList ids = addChain(
        model, { { QStringLiteral("Input"), {} }, { QStringLiteral("Dense"), {} }, { QStringLiteral("ReLU"), {} } });
    model.setOutputNode(ids[1]);
    SignalLog log(model);
    EXPECT_TRUE(model.removeNode(ids[1]));
    EXPECT_FALSE(model.removeNode(ids[1]));
    EXPECT_EQ(log.take(),
        QStringList(
            { QStringLiteral("connectionDeleted dense1->relu1:0"), QStringLiteral("connectionDeleted input1->dense1:0"),
                QStringLiteral("outputNodeChanged "), QStringLiteral("nodeDeleted dense1") }));
    EXPECT_TRUE(model.edges().isEmpty());
    EXPECT_EQ(model.outputNode(), QString());
    EXPECT_EQ(model.nodeIds(), QStringList({ QStringLiteral("input1"), QStringLiteral("relu1") }));
    EXPECT_NE(model.node(QStringLiteral("relu1")), nullptr); // the index follows the removal
}

TEST(NetworkGraphModel, EditsEmitOnlyWhenSomethingChanges)
{
    NetworkGraphModel model;
    const QString fc = model.addNode(QStringLiteral("Dense"));
    SignalLog log(model);
    EXPECT_TRUE(model.setNodeParameter(fc, QStringLiteral("units"), 32));
    EXPECT_TRUE(model.setNodeParameter(fc, QStringLiteral("units"), 32));
    EXPECT_FALSE(model.setNodeParameter(fc, QStringLiteral("unitz"), 32));
    EXPECT_FALSE(model.setNodeParameter(QStringLiteral("ghost"), QStringLiteral("units"), 32));
    EXPECT_TRUE(model.setNodePosition(fc, { 5, 6 }));
    EXPECT_TRUE(model.setNodePosition(fc, { 5, 6 }));
    EXPECT_TRUE(model.setNodeTrainable(fc, false));
    EXPECT_TRUE(model.setNodePenalties(fc, 0.001, 0.01));
    EXPECT_FALSE(model.setNodePenalties(fc, -1, 0));
    EXPECT_TRUE(model.setOutputNode(fc));
    EXPECT_FALSE(model.setOutputNode(QStringLiteral("ghost")));
    EXPECT_EQ(log.take(),
        QStringList({ QStringLiteral("nodeUpdated dense1"), QStringLiteral("nodePositionUpdated dense1"),
            QStringLiteral("nodeUpdated dense1"), QStringLiteral("nodeUpdated dense1"),
            QStringLiteral("outputNodeChanged dense1") }));
    const NodeData* n = model.node(fc);
    EXPECT_EQ(n->params.value(QStringLiteral("units")), 32);
    EXPECT_EQ(n->position, QPointF(5, 6));
    EXPECT_FALSE(n->trainable);
    EXPECT_DOUBLE_EQ(n->l1, 0.001);
    EXPECT_DOUBLE_EQ(n->l2, 0.01);
    EXPECT_EQ(model.outputNode(), fc);

    model.clear();
    EXPECT_EQ(log.take(), QStringList({ QStringLiteral("modelReset") }));
    EXPECT_TRUE(model.nodes().isEmpty());
    EXPECT_TRUE(model.outputNode().isEmpty());
}
