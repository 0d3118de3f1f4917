#include "model/Blocks.h"

#include "model/commands/InsertBlockCommand.h"
#include "model/GraphCompiler.h"
#include "UndoTestSupport.h"

using namespace nw;
using namespace nw::test;

namespace {

const QString kConvBnRelu = QStringLiteral("Conv-BatchNorm-ReLU");
const QString kResidual = QStringLiteral("Residual block");
const QString kMlpHead = QStringLiteral("MLP head");
const QString kTransformer = QStringLiteral("Transformer encoder block");

// Inserts `block` after `after` and returns the compiled result.
CompileResult insertAndCompile(
    NetworkGraphModel& model, QUndoStack& stack, const QString& block, const QString& after, QStringList* ids = nullptr)
{
    auto* insert = new InsertBlockCommand(&model, block, { 300, 0 }, after);
    stack.push(insert);
    if (ids)
        *ids = insert->insertedIds();
    return GraphCompiler().compile(model);
}

} // namespace

TEST(Blocks, NamesAndDescriptions)
{
    EXPECT_EQ(Blocks::names(), QStringList({ kConvBnRelu, kResidual, kMlpHead, kTransformer }));
    for (const QString& name : Blocks::names()) {
        EXPECT_FALSE(Blocks::description(name).isEmpty());
        EXPECT_FALSE(Blocks::json(name).isEmpty());
    }
    EXPECT_TRUE(Blocks::description(QStringLiteral("nope")).isEmpty());
    EXPECT_TRUE(Blocks::json(QStringLiteral("nope")).isEmpty());
    QUndoStack stack;
    NetworkGraphModel model;
    stack.push(new InsertBlockCommand(&model, QStringLiteral("nope"), {}));
    EXPECT_EQ(stack.count(), 0);
}

TEST(Blocks, ConvBatchNormReluKeeps28x28)
{
    NetworkGraphModel model;
    const QString input = model.addNode(QStringLiteral("Input")); // 1x28x28
    QUndoStack stack;
    QStringList ids;
    const CompileResult r = insertAndCompile(model, stack, kConvBnRelu, input, &ids);
    ASSERT_TRUE(r.ok()) << r.summary().toStdString();
    ASSERT_EQ(ids.size(), 3);
    EXPECT_EQ(model.node(ids[0])->type, QStringLiteral("Conv2D"));
    EXPECT_EQ(model.node(ids[0])->position, QPointF(300, 0));
    EXPECT_EQ(r.nodes.value(ids[2]).outputShape, Shape({ 16, 28, 28 }));
    EXPECT_EQ(r.nodes.value(ids[0]).parameterCount, 16 * 1 * 9 + 16);
    EXPECT_EQ(r.graph->outputShape(), Shape({ 16, 28, 28 }));
}

TEST(Blocks, TransformerBlocksKeepTheSequenceShapeAndStack)
{
    // Token ids [12] -> Embedding(dim 8) -> two encoder blocks, each pre-norm with two residual Adds.
    NetworkGraphModel model;
    const QString input = model.addNode(QStringLiteral("Input"), {}, test::params({ { QStringLiteral("shape"), QVariantList { 12 } } }));
    const QString embed = model.addNode(QStringLiteral("Embedding"), {}, test::params({ { QStringLiteral("dim"), 8 } }));
    model.addEdge({ input, embed, 0 });
    QUndoStack stack;
    QString previous = embed;
    for (int block = 0; block < 2; ++block) {
        QStringList ids;
        const CompileResult r = insertAndCompile(model, stack, kTransformer, previous, &ids);
        ASSERT_TRUE(r.ok()) << r.summary().toStdString();
        ASSERT_EQ(ids.size(), 8);
        EXPECT_EQ(model.node(ids[1])->type, QStringLiteral("MultiHeadAttention"));
        EXPECT_EQ(model.edgesInto(ids[2]), QVector<EdgeData>({ { ids[1], ids[2], 0 }, { previous, ids[2], 1 } }));
        EXPECT_EQ(model.edgesInto(ids[7]), QVector<EdgeData>({ { ids[6], ids[7], 0 }, { ids[2], ids[7], 1 } }));
        EXPECT_EQ(r.nodes.value(ids[4]).outputShape, Shape({ 12, 32 })); // Dense(4E) on every step
        EXPECT_EQ(r.nodes.value(ids.last()).outputShape, Shape({ 12, 8 }));
        EXPECT_EQ(r.nodes.value(ids[1]).parameterCount, 3 * 8 * 8 + 3 * 8 + 8 * 8 + 8);
        previous = ids.last();
    }
}

TEST(Blocks, ResidualBlockMatchesTheChannelsOfItsInput)
{
    for (const bool afterConv : { false, true }) {
        NetworkGraphModel model;
        QString previous = model.addNode(QStringLiteral("Input"));
        QUndoStack stack;
        int channels = 1;
        if (afterConv) {
            QStringList ids;
            ASSERT_TRUE(insertAndCompile(model, stack, kConvBnRelu, previous, &ids).ok());
            previous = ids.last();
            channels = 16;
        }
        QStringList ids;
        const CompileResult r = insertAndCompile(model, stack, kResidual, previous, &ids);
        ASSERT_TRUE(r.ok()) << r.summary().toStdString();
        ASSERT_EQ(ids.size(), 7);
        const QString add = ids[5];
        EXPECT_EQ(model.node(add)->type, QStringLiteral("Add"));
        EXPECT_EQ(model.edgesInto(add),
            QVector<EdgeData>({ { ids[4], add, 0 }, { previous, add, 1 } })); // the skip connection
        EXPECT_EQ(r.nodes.value(ids.last()).outputShape, Shape({ channels, 28, 28 }));
        EXPECT_EQ(r.nodes.value(ids[0]).parameterCount, channels * channels * 9 + channels);
    }
}

TEST(Blocks, MlpHeadClassifiesInto10)
{
    NetworkGraphModel model;
    const QString input = model.addNode(QStringLiteral("Input"));
    QUndoStack stack;
    QStringList ids;
    const CompileResult r = insertAndCompile(model, stack, kMlpHead, input, &ids);
    ASSERT_TRUE(r.ok()) << r.summary().toStdString();
    ASSERT_EQ(ids.size(), 5);
    EXPECT_EQ(r.nodes.value(ids[0]).outputShape, Shape({ 784 }));
    EXPECT_EQ(r.nodes.value(ids[1]).outputShape, Shape({ 128 }));
    EXPECT_EQ(r.nodes.value(ids[1]).parameterCount, 784 * 128 + 128);
    EXPECT_EQ(r.graph->outputShape(), Shape({ 10 }));
    EXPECT_EQ(r.totalParameters, 784 * 128 + 128 + 128 * 10 + 10);
}

TEST(Blocks, AllThreeStackIntoOneCompilingNetwork)
{
    NetworkGraphModel model;
    QString last = model.addNode(QStringLiteral("Input"));
    QUndoStack stack;
    for (const QString& name : { kConvBnRelu, kResidual, kMlpHead }) {
        QStringList ids;
        const CompileResult r = insertAndCompile(model, stack, name, last, &ids);
        ASSERT_TRUE(r.ok()) << name.toStdString() << ": " << r.summary().toStdString();
        last = ids.last();
    }
    EXPECT_EQ(GraphCompiler().compile(model).graph->outputShape(), Shape({ 10 }));
}

TEST(Blocks, InsertingAfterANodeSplicesIntoItsChain)
{
    NetworkGraphModel model;
    const QStringList chain = addChain(model,
        { { QStringLiteral("Input"), {} }, { QStringLiteral("Flatten"), {} },
            { QStringLiteral("Dense"), params({ { QStringLiteral("units"), 10 } }) } });
    model.setOutputNode(chain[2]);
    const std::string before = jsonText(model);
    QUndoStack stack;
    QStringList ids;
    const CompileResult r = insertAndCompile(model, stack, kConvBnRelu, chain[0], &ids);
    ASSERT_TRUE(r.ok()) << r.summary().toStdString();
    EXPECT_EQ(model.edgesFrom(chain[0]), QVector<EdgeData>({ { chain[0], ids[0], 0 } }));
    EXPECT_EQ(model.edgesInto(chain[1]), QVector<EdgeData>({ { ids[2], chain[1], 0 } }));
    EXPECT_EQ(r.nodes.value(chain[1]).outputShape, Shape({ 16 * 28 * 28 }));
    EXPECT_EQ(model.outputNode(), chain[2]);

    // After the output node: the block's output becomes the output.
    insertAndCompile(model, stack, kMlpHead, chain[2], &ids);
    EXPECT_EQ(model.outputNode(), ids.last());
    stack.undo();
    stack.undo();
    EXPECT_EQ(jsonText(model), before);
}
