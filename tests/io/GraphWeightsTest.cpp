#include "io/GraphWeights.h"

#include "io/SafetensorsFile.h"
#include "TestFiles.h"
#include "TestNetwork.h"

#include <gtest/gtest.h>
#include <QTemporaryDir>

using namespace nw;
using nwtest::bitIdentical;

namespace {

// A trained network, so BatchNorm's running statistics are no longer 0 and 1.
Graph trainedNetwork()
{
    ThreadPool pool(2);
    Graph g = nwtest::makeNetwork(1);
    auto sgd = makeOptimizer(OptimizerSettings { .name = "sgd" });
    nwtest::trainSteps(g, *sgd, pool, 0, 3);
    return g;
}

void expectSameWeights(Graph& a, Graph& b)
{
    const auto wa = collectWeights(a);
    const auto wb = collectWeights(b);
    ASSERT_EQ(wa.size(), wb.size());
    for (const auto& [name, t] : wa)
        EXPECT_TRUE(bitIdentical(t, wb.at(name))) << name;
}

} // namespace

TEST(GraphWeights, CollectsPyTorchNamesAndLayoutsIncludingBuffers)
{
    Graph g = trainedNetwork();
    const auto w = collectWeights(g);
    std::vector<std::string> names;
    for (const auto& [name, t] : w)
        names.push_back(name);
    EXPECT_EQ(names,
        (std::vector<std::string> { "bn.bias", "bn.running_mean", "bn.running_var", "bn.weight", "fc1.bias",
            "fc1.weight", "fc2.bias", "fc2.weight" }));
    EXPECT_EQ(w.at("fc1.weight").shape(), (Shape { 5, 4 })) << "Dense weight is [out, in]";
    EXPECT_EQ(w.at("fc2.weight").shape(), (Shape { 3, 5 }));
    EXPECT_EQ(w.at("bn.running_var").shape(), (Shape { 5 }));
    EXPECT_NE(w.at("bn.running_mean")[0], 0.0f) << "training moved the running statistics";
}

TEST(GraphWeights, RoundTripThroughAFileRestoresEveryTensorBitExactly)
{
    Graph trained = trainedNetwork();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("net.safetensors"));
    QString error;
    ASSERT_TRUE(SafetensorsFile::write(path, collectWeights(trained), {}, &error)) << qPrintable(error);
    const auto read = SafetensorsFile::read(path, &error);
    ASSERT_TRUE(read) << qPrintable(error);

    Graph fresh = nwtest::makeNetwork(2);
    ASSERT_TRUE(applyWeights(fresh, read->tensors, &error)) << qPrintable(error);
    expectSameWeights(trained, fresh);
}

TEST(GraphWeights, MissingTensorIsRefusedByName)
{
    Graph g = nwtest::makeNetwork(1);
    auto w = collectWeights(g);
    w.erase("bn.running_var");
    QString error;
    EXPECT_FALSE(applyWeights(g, w, &error));
    EXPECT_EQ(error, QStringLiteral("the weights have no tensor 'bn.running_var' (shape [5])"));
}

TEST(GraphWeights, ShapeMismatchNamesTensorAndBothShapesAndChangesNothing)
{
    Graph g = nwtest::makeNetwork(1);
    const auto before = collectWeights(g);
    Graph other = nwtest::makeNetwork(7);
    auto w = collectWeights(other);
    w["fc1.weight"] = Tensor({ 4, 5 }, 1.0f);
    QString error;
    EXPECT_FALSE(applyWeights(g, w, &error));
    EXPECT_EQ(error, QStringLiteral("tensor 'fc1.weight' is [4, 5] in the weights but [5, 4] in the network"));
    const auto after = collectWeights(g);
    for (const auto& [name, t] : before)
        EXPECT_TRUE(bitIdentical(t, after.at(name))) << name << " was changed by a refused load";
}

TEST(GraphWeights, ExtraTensorsAreIgnoredUnlessTheyLookLikeParametersOfANode)
{
    Graph g = nwtest::makeNetwork(1);
    auto w = collectWeights(g);
    w.emplace("optimizer.step", Tensor(Shape {}, { 3.0f }));
    w.emplace("decoder.weight", Tensor({ 2 }));
    w.emplace("bn.num_batches_tracked", Tensor(Shape {}, { 3.0f })); // in every PyTorch state_dict
    QString error;
    EXPECT_TRUE(applyWeights(g, w, &error)) << qPrintable(error);

    auto renamed = w;
    renamed.emplace("fc1.gamma", Tensor({ 5 }));
    EXPECT_FALSE(applyWeights(g, renamed, &error));
    EXPECT_EQ(error, QStringLiteral("tensor 'fc1.gamma' does not fit node 'fc1', which has only weight, bias"));

    auto retyped = w;
    retyped.emplace("act.weight", Tensor({ 5 }));
    EXPECT_FALSE(applyWeights(g, retyped, &error));
    EXPECT_EQ(error, QStringLiteral("tensor 'act.weight' does not fit node 'act', which has no parameters"));
}

TEST(GraphWeights, UncompiledGraphIsRefused)
{
    Graph g;
    g.addInput("x", { 2 });
    QString error;
    EXPECT_FALSE(applyWeights(g, {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("must be compiled"))) << qPrintable(error);
}
