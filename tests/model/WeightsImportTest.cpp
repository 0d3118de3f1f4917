// File > Import Weights... on a document: the verdicts come before anything
// changes, apply() replaces only the loaded nodes' tensors, marks them Imported and
// keeps the other nodes' weights and origins; Reset (empty weights) forgets all.
#include "model/NetworkDocument.h"
#include "model/WeightsImport.h"

#include "engine/Graph.h"
#include "io/GraphWeights.h"
#include "io/SafetensorsFile.h"
#include "model/GraphCompiler.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstring>

using namespace nw;

namespace {

// input[4] -> fc1 Dense(hidden) -> act -> <head> Dense(classes)
Project network(int hidden, int classes, const QString& head, quint64 seed)
{
    const QString json = QStringLiteral(R"({"nodes": [
        {"id": "input", "type": "Input", "params": {"shape": [4]}, "position": [0, 0]},
        {"id": "fc1", "type": "Dense", "params": {"units": %1}, "position": [200, 0]},
        {"id": "act", "type": "ReLU", "params": {}, "position": [400, 0]},
        {"id": "%3", "type": "Dense", "params": {"units": %2}, "position": [600, 0]}],
      "edges": [{"from": "input", "to": "fc1", "port": 0}, {"from": "fc1", "to": "act", "port": 0},
                {"from": "act", "to": "%3", "port": 0}]})")
                             .arg(hidden)
                             .arg(classes)
                             .arg(head);
    Project p;
    p.graph = QJsonDocument::fromJson(json.toUtf8()).object();
    p.training.seed = seed;
    return p;
}

std::map<std::string, Tensor> trainedWeightsOf(const Project& project)
{
    NetworkDocument source;
    QString error;
    EXPECT_TRUE(source.loadProject(project, QString(), &error)) << error.toStdString();
    CompileResult compiled = GraphCompiler().compile(*source.model());
    compiled.graph->initialize(project.training.seed);
    return collectWeights(*compiled.graph);
}

bool same(const Tensor& a, const Tensor& b)
{
    return a.shape() == b.shape() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

} // namespace

TEST(WeightsImport, VerdictsFirstThenOnlyTheLoadedNodesChange)
{
    NetworkDocument document;
    QString error;
    ASSERT_TRUE(document.loadProject(network(8, 3, QStringLiteral("head"), 1), QString(), &error));
    const auto imported = trainedWeightsOf(network(8, 5, QStringLiteral("head"), 99));

    const auto prepared = WeightsImport::prepare(document, imported, {}, &error);
    ASSERT_TRUE(prepared) << error.toStdString();
    ASSERT_EQ(prepared->match().nodes.size(), 2u);
    EXPECT_EQ(verdictText(prepared->match().nodes[0]), "loaded");
    EXPECT_EQ(verdictText(prepared->match().nodes[1]), "shape mismatch: [5, 8] vs [3, 8]");
    EXPECT_TRUE(document.weights().empty()) << "nothing changes before apply()";

    prepared->apply(document);
    EXPECT_TRUE(same(document.weights().at("fc1.weight"), imported.at("fc1.weight")));
    EXPECT_TRUE(same(document.weights().at("head.weight"), trainedWeightsOf(network(8, 3, "head", 1)).at("head.weight")))
        << "the head keeps the seed's weights";
    EXPECT_EQ(document.weightOrigin(QStringLiteral("fc1")), WeightOrigin::Imported);
    EXPECT_EQ(document.weightOrigin(QStringLiteral("head")), WeightOrigin::Initial);
    EXPECT_EQ(document.weightsEpoch(), -1);
    EXPECT_TRUE(document.isModified());

    document.setWeights({}, -1); // Train > Reset Weights
    EXPECT_EQ(document.weightOrigin(QStringLiteral("fc1")), WeightOrigin::Initial);
}

TEST(WeightsImport, TrainedNodesKeepTheirWeightsAndOriginAndAMappingRenames)
{
    NetworkDocument document;
    QString error;
    ASSERT_TRUE(document.loadProject(network(8, 3, QStringLiteral("head"), 1), QString(), &error));
    const auto trained = trainedWeightsOf(network(8, 3, QStringLiteral("head"), 5));
    document.setWeights(trained, 4); // as a run ends
    EXPECT_EQ(document.weightOrigin(QStringLiteral("head")), WeightOrigin::Trained);

    const auto other = trainedWeightsOf(network(16, 3, QStringLiteral("out"), 7));
    const auto prepared = WeightsImport::prepare(document, other, { { "head", "out" } }, &error);
    ASSERT_TRUE(prepared);
    EXPECT_EQ(verdictText(prepared->match().nodes[0]), "shape mismatch: [16, 4] vs [8, 4]");
    EXPECT_EQ(verdictText(prepared->match().nodes[1]), "shape mismatch: [3, 16] vs [3, 8]");
    EXPECT_FALSE(prepared->loadsAnything());

    auto fitting = trainedWeightsOf(network(8, 3, QStringLiteral("out"), 7));
    fitting.erase("fc1.weight"); // only the head comes from there: fc1 stays as trained
    const auto renamed = WeightsImport::prepare(document, fitting, { { "head", "out" } }, &error);
    ASSERT_TRUE(renamed);
    EXPECT_EQ(renamed->match().nodes[1].sourceId, "out");
    renamed->apply(document);
    EXPECT_TRUE(same(document.weights().at("head.weight"), fitting.at("out.weight")));
    EXPECT_TRUE(same(document.weights().at("fc1.weight"), trained.at("fc1.weight")));
    EXPECT_EQ(document.weightOrigin(QStringLiteral("fc1")), WeightOrigin::Trained);
    EXPECT_EQ(document.weightOrigin(QStringLiteral("head")), WeightOrigin::Imported);
}

TEST(WeightsImport, ANetworkWithErrorsIsRefused)
{
    NetworkDocument document;
    Project broken = network(8, 3, QStringLiteral("head"), 1);
    QJsonObject graph = broken.graph;
    graph[QStringLiteral("edges")] = QJsonArray();
    broken.graph = graph;
    QString error;
    ASSERT_TRUE(document.loadProject(broken, QString(), &error));
    EXPECT_FALSE(WeightsImport::prepare(document, {}, {}, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(WeightsImport, OriginsSurviveSaveAndOpen)
{
    QTemporaryDir dir;
    NetworkDocument document;
    QString error;
    ASSERT_TRUE(document.loadProject(network(8, 3, QStringLiteral("head"), 1), QString(), &error));
    auto fc1Only = trainedWeightsOf(network(8, 5, QStringLiteral("other"), 9));
    const auto prepared = WeightsImport::prepare(document, fc1Only, {}, &error);
    ASSERT_TRUE(prepared);
    prepared->apply(document);
    const QString path = dir.filePath(QStringLiteral("imported.nwproj"));
    ASSERT_TRUE(document.save(path, &error)) << error.toStdString();

    const auto contents = SafetensorsFile::read(dir.filePath(QStringLiteral("imported.safetensors")), &error);
    ASSERT_TRUE(contents) << error.toStdString();
    EXPECT_EQ(contents->metadata.value(QStringLiteral("weight_origins")), QStringLiteral("fc1=imported,head=initial"));
    NetworkDocument reopened;
    ASSERT_TRUE(reopened.load(path, &error));
    reopened.adoptWeights(contents->tensors, contents->metadata); // what the window's open does
    EXPECT_EQ(reopened.weightOrigin(QStringLiteral("fc1")), WeightOrigin::Imported);
    EXPECT_EQ(reopened.weightOrigin(QStringLiteral("head")), WeightOrigin::Initial);
    reopened.adoptWeights(contents->tensors); // a file without the key: all trained
    EXPECT_EQ(reopened.weightOrigin(QStringLiteral("head")), WeightOrigin::Trained);
}
