#include "model/GraphCompiler.h"

#include "engine/ThreadPool.h"
#include "ModelTestSupport.h"

#include <gtest/gtest.h>
#include <QJsonDocument>

#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace nw;
using namespace nw::test;

namespace {

CompileResult compile(const NetworkGraphModel& model)
{
    return GraphCompiler().compile(model);
}

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

const QString kDense = QStringLiteral("Dense");

} // namespace

TEST(GraphCompiler, MlpShapesAndParameterCounts)
{
    NetworkGraphModel model;
    const QStringList ids = addChain(model,
        { { QStringLiteral("Input"), params({ { QStringLiteral("shape"), list({ 784 }) } }) },
            { kDense, params({ { QStringLiteral("units"), 128 } }) }, { QStringLiteral("ReLU"), {} },
            { kDense, params({ { QStringLiteral("units"), 10 } }) } });
    const CompileResult r = compile(model);
    ASSERT_TRUE(r.ok()) << r.summary().toStdString();
    EXPECT_TRUE(r.graphMessages.isEmpty());
    const Shape shapes[] = { { 784 }, { 128 }, { 128 }, { 10 } };
    const qint64 counts[] = { 0, 784 * 128 + 128, 0, 128 * 10 + 10 };
    for (int i = 0; i < 4; ++i) {
        const NodeStatus& s = r.nodes.value(ids[i]);
        EXPECT_TRUE(s.ok);
        EXPECT_EQ(s.outputShape, shapes[i]) << ids[i].toStdString();
        EXPECT_EQ(s.parameterCount, counts[i]) << ids[i].toStdString();
    }
    EXPECT_EQ(r.totalParameters, 101770);
    EXPECT_EQ(r.graph->outputShape(), Shape({ 10 }));
    EXPECT_EQ(r.graph->outputId(), std::string("dense2"));
    EXPECT_EQ(r.summary(), QStringLiteral("4 nodes, 101770 parameters"));
}

TEST(GraphCompiler, CnnShapesAndParameterCounts)
{
    NetworkGraphModel model;
    const QStringList ids = addChain(model,
        { { QStringLiteral("Input"), {} }, // default shape 1x28x28
            { QStringLiteral("Conv2D"),
                params({ { QStringLiteral("filters"), 8 }, { QStringLiteral("padding"), 1 } }) },
            { QStringLiteral("ReLU"), {} }, { QStringLiteral("MaxPool2D"), {} }, { QStringLiteral("Conv2D"), {} },
            { QStringLiteral("BatchNorm"), {} }, { QStringLiteral("ReLU"), {} }, { QStringLiteral("MaxPool2D"), {} },
            { QStringLiteral("Flatten"), {} }, { kDense, params({ { QStringLiteral("units"), 10 } }) } });
    const CompileResult r = compile(model);
    ASSERT_TRUE(r.ok()) << r.summary().toStdString();
    const QStringList shapes { QStringLiteral("1x28x28"), QStringLiteral("8x28x28"), QStringLiteral("8x28x28"),
        QStringLiteral("8x14x14"), QStringLiteral("16x12x12"), QStringLiteral("16x12x12"), QStringLiteral("16x12x12"),
        QStringLiteral("16x6x6"), QStringLiteral("576"), QStringLiteral("10") };
    const qint64 counts[] = { 0, 8 * 9 + 8, 0, 0, 16 * 8 * 9 + 16, 2 * 16, 0, 0, 0, 576 * 10 + 10 };
    qint64 total = 0;
    for (int i = 0; i < ids.size(); ++i) {
        EXPECT_EQ(r.nodes.value(ids[i]).shapeText(), shapes[i]) << ids[i].toStdString();
        EXPECT_EQ(r.nodes.value(ids[i]).parameterCount, counts[i]) << ids[i].toStdString();
        total += counts[i];
    }
    EXPECT_EQ(r.totalParameters, total);
}

TEST(GraphCompiler, MissingFlattenIsReportedOnTheDense)
{
    NetworkGraphModel model;
    model.addNode(QStringLiteral("Input"), {}, {}, QStringLiteral("image"));
    model.addNode(QStringLiteral("Conv2D"), {}, params({ { QStringLiteral("padding"), 1 } }), QStringLiteral("conv"));
    model.addNode(
        QStringLiteral("MaxPool2D"), {}, params({ { QStringLiteral("kernel_size"), 4 } }), QStringLiteral("pool"));
    model.addNode(kDense, {}, {}, QStringLiteral("fc1"));
    model.addNode(kDense, {}, {}, QStringLiteral("fc2"));
    for (const auto& [from, to] :
        { std::pair { "image", "conv" }, { "conv", "pool" }, { "pool", "fc1" }, { "fc1", "fc2" } })
        ASSERT_TRUE(model.addEdge({ QString::fromLatin1(from), QString::fromLatin1(to), 0 }));

    const CompileResult r = compile(model);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.graph, nullptr);
    EXPECT_EQ(r.nodes.value(QStringLiteral("fc1")).messages,
        QStringList(
            { QStringLiteral("Dense 'fc1' expects a flat input but gets 16x7x7: insert a Flatten before it") }));
    EXPECT_EQ(r.nodes.value(QStringLiteral("pool")).shapeText(), QStringLiteral("16x7x7"));
    EXPECT_TRUE(r.nodes.value(QStringLiteral("pool")).ok);
    // Downstream of an error: unknown, but with no message of its own.
    EXPECT_FALSE(r.nodes.value(QStringLiteral("fc2")).shapeKnown);
    EXPECT_TRUE(r.nodes.value(QStringLiteral("fc2")).messages.isEmpty());
    EXPECT_EQ(r.summary(), r.nodes.value(QStringLiteral("fc1")).messages.first());
}

TEST(GraphCompiler, UnknownTypeAndBadParametersAreReportedOnTheirNodes)
{
    NetworkGraphModel model;
    QString error;
    ASSERT_TRUE(model.fromJson(parse(R"({"nodes":[
        {"id":"x","type":"Input","params":{"shape":[4]},"position":[0,0]},
        {"id":"a","type":"Dence","params":{"units":3},"position":[0,0]},
        {"id":"b","type":"Dense","params":{},"position":[0,0]},
        {"id":"c","type":"Dense","params":{"units":0},"position":[0,0]}],
        "edges":[{"from":"x","to":"a","port":0},{"from":"a","to":"b","port":0},{"from":"x","to":"c","port":0}],
        "output":"b"})"),
        &error))
        << error.toStdString();
    const CompileResult r = compile(model);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.nodes.value(QStringLiteral("a")).messages,
        QStringList({ QStringLiteral("Dence 'a': unknown layer type 'Dence'") }));
    EXPECT_EQ(r.nodes.value(QStringLiteral("c")).messages,
        QStringList({ QStringLiteral("Dense 'c': units must be between 1 and 65536, got 0") }));
    // b sits behind the unknown node: no invented "dangling input" message.
    EXPECT_TRUE(r.nodes.value(QStringLiteral("b")).messages.isEmpty());
    EXPECT_FALSE(r.nodes.value(QStringLiteral("b")).shapeKnown);
    EXPECT_TRUE(r.nodes.value(QStringLiteral("x")).ok);
    EXPECT_TRUE(r.graphMessages.isEmpty()) << r.summary().toStdString();
}

TEST(GraphCompiler, DanglingEdgesAreReportedOnTheirNodes)
{
    NetworkGraphModel model;
    QString error;
    ASSERT_TRUE(model.fromJson(parse(R"({"nodes":[
        {"id":"x","type":"Input","params":{"shape":[4]},"position":[0,0]},
        {"id":"a","type":"Dense","params":{},"position":[0,0]}],
        "edges":[{"from":"ghost","to":"a","port":0},{"from":"x","to":"nowhere","port":0}]})"),
        &error));
    const CompileResult r = compile(model);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.nodes.value(QStringLiteral("a")).messages,
        QStringList({ QStringLiteral("Dense 'a' takes input from 'ghost', but there is no node with that id") }));
    EXPECT_EQ(r.nodes.value(QStringLiteral("x")).messages,
        QStringList({ QStringLiteral("a connection from 'x' leads to 'nowhere', but there is no node with that id") }));
}

TEST(GraphCompiler, CycleIsReportedOnEveryNodeInIt)
{
    NetworkGraphModel model;
    const QStringList ids = addChain(model,
        { { QStringLiteral("Input"), params({ { QStringLiteral("shape"), list({ 4 }) } }) },
            { QStringLiteral("Add"), {} }, { kDense, params({ { QStringLiteral("units"), 4 } }) },
            { QStringLiteral("ReLU"), {} } });
    ASSERT_TRUE(model.addEdge({ ids[3], ids[1], 1 })); // relu1 -> add1 closes add1 -> dense1 -> relu1
    const CompileResult r = compile(model);
    EXPECT_FALSE(r.ok());
    for (int i = 1; i < 4; ++i) {
        ASSERT_EQ(r.nodes.value(ids[i]).messages.size(), 1) << ids[i].toStdString();
        EXPECT_TRUE(r.nodes.value(ids[i]).messages.first().contains(QStringLiteral("is part of a cycle")));
    }
    EXPECT_TRUE(r.nodes.value(ids[0]).messages.isEmpty());
}

TEST(GraphCompiler, InputWithABadShapeSaysSoOnlyOnce)
{
    NetworkGraphModel model;
    addChain(
        model, { { QStringLiteral("Input"), params({ { QStringLiteral("shape"), list({ 0 }) } }) }, { kDense, {} } });
    const CompileResult r = compile(model);
    EXPECT_EQ(r.allMessages(),
        QStringList({ QStringLiteral("Input 'input1': shape entries must be between 1 and 65536, got [0]") }));
}

TEST(GraphCompiler, LooseEndsAreAGraphMessageUntilAnOutputIsChosen)
{
    NetworkGraphModel model;
    const QString x = model.addNode(QStringLiteral("Input"), {}, params({ { QStringLiteral("shape"), list({ 4 }) } }));
    const QString a = model.addNode(kDense);
    const QString b = model.addNode(kDense);
    model.addEdge({ x, a, 0 });
    model.addEdge({ x, b, 0 });
    CompileResult r = compile(model);
    ASSERT_EQ(r.graphMessages.size(), 1);
    EXPECT_TRUE(r.graphMessages.first().contains(QStringLiteral("loose ends")));
    model.setOutputNode(b);
    r = compile(model);
    ASSERT_TRUE(r.ok()) << r.summary().toStdString();
    EXPECT_EQ(r.graph->outputId(), std::string("dense2"));
}

TEST(GraphCompiler, PortsGiveConcatItsInputOrder)
{
    NetworkGraphModel model;
    const QString x = model.addNode(QStringLiteral("Input"), {}, params({ { QStringLiteral("shape"), list({ 3 }) } }));
    const QString a = model.addNode(kDense, {}, params({ { QStringLiteral("units"), 2 } }));
    const QString b = model.addNode(kDense, {}, params({ { QStringLiteral("units"), 5 } }));
    const QString cat = model.addNode(QStringLiteral("Concat"));
    model.addEdge({ x, a, 0 });
    model.addEdge({ x, b, 0 });
    model.addEdge({ a, cat, 1 }); // added first, but port 1
    model.addEdge({ b, cat, 0 });
    CompileResult r = compile(model);
    ASSERT_TRUE(r.ok()) << r.summary().toStdString();
    r.graph->initialize(1);
    ThreadPool pool(1);
    ExecutionContext ctx { &pool };
    const Tensor input({ 1, 3 }, { 0.5f, -1.0f, 2.0f });
    const Tensor& out = r.graph->forward(input, ctx);
    const Tensor& outA = r.graph->nodeOutput(a.toStdString());
    const Tensor& outB = r.graph->nodeOutput(b.toStdString());
    ASSERT_EQ(out.size(), 7u);
    for (std::size_t i = 0; i < 5; ++i)
        EXPECT_EQ(out[i], outB[i]);
    for (std::size_t i = 0; i < 2; ++i)
        EXPECT_EQ(out[5 + i], outA[i]);
}

TEST(GraphCompiler, FrozenNodesAndPenaltiesReachTheEngine)
{
    NetworkGraphModel model;
    const QStringList ids = addChain(model,
        { { QStringLiteral("Input"), params({ { QStringLiteral("shape"), list({ 3 }) } }) }, { kDense, {} },
            { kDense, {} } });
    model.setNodeTrainable(ids[1], false);
    model.setNodePenalties(ids[2], 0.5, 0.25);
    CompileResult r = compile(model);
    ASSERT_TRUE(r.ok());
    std::vector<std::string> trainable;
    for (const NamedParameter& p : r.graph->namedParameters(true))
        trainable.push_back(p.name);
    EXPECT_EQ(trainable, std::vector<std::string>({ "dense2.weight", "dense2.bias" }));
    const auto penalties = r.graph->penalties();
    ASSERT_EQ(penalties.size(), 1u);
    EXPECT_FLOAT_EQ(penalties[0].l1, 0.5f);
    EXPECT_FLOAT_EQ(penalties[0].l2, 0.25f);
}

TEST(GraphCompiler, CompilesA200NodeChainQuickly)
{
    // Issue target: re-validation after an edit in under 16 ms for 200 nodes.
    NetworkGraphModel model;
    QList<QPair<QString, QVariantMap>> layers { { QStringLiteral("Input"),
        params({ { QStringLiteral("shape"), list({ 64 }) } }) } };
    for (int i = 1; i < 200; ++i)
        layers.append({ i % 2 ? kDense : QStringLiteral("ReLU"), params({}) });
    const QStringList ids = addChain(model, layers);
    ASSERT_EQ(model.edges().size(), 199);

    ASSERT_TRUE(compile(model).ok());
    std::vector<double> ms;
    for (int run = 0; run < 20; ++run) {
        // An edit, as in the editor: the compiler sees a changed model every time.
        model.setNodeParameter(ids[1], QStringLiteral("units"), 16 + run % 2);
        const auto start = std::chrono::steady_clock::now();
        const CompileResult r = compile(model);
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        ASSERT_TRUE(r.ok());
        EXPECT_EQ(r.nodes.size(), 200);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("[ timing ] compile of a 200-node chain: median %.3f ms, best %.3f ms, worst %.3f ms (20 runs)\n",
        ms[ms.size() / 2], ms.front(), ms.back());
}
