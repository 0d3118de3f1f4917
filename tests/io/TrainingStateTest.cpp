#include "io/TrainingState.h"

#include "io/GraphWeights.h"
#include "io/SafetensorsFile.h"
#include "TestFiles.h"
#include "TestNetwork.h"

#include <gtest/gtest.h>
#include <QTemporaryDir>

using namespace nw;
using nwtest::bitIdentical;

namespace {

std::vector<OptimizerSettings> everyOptimizer()
{
    return {
        { .name = "adam" },
        { .name = "adamw", .weightDecay = 0.01f },
        { .name = "sgd", .momentum = 0.9f, .nesterov = true },
        { .name = "rmsprop", .momentum = 0.5f },
    };
}

} // namespace

TEST(TrainingState, ResumedTrainingEqualsUninterruptedTrainingBitExactly)
{
    ThreadPool pool(2);
    for (const OptimizerSettings& settings : everyOptimizer()) {
        SCOPED_TRACE(settings.name);
        Graph uninterrupted = nwtest::makeNetwork(1);
        auto optA = makeOptimizer(settings);
        nwtest::trainSteps(uninterrupted, *optA, pool, 0, 6);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("checkpoint.safetensors"));
        QString error;
        {
            Graph first = nwtest::makeNetwork(1);
            auto optB = makeOptimizer(settings);
            nwtest::trainSteps(first, *optB, pool, 0, 3);
            ASSERT_TRUE(SafetensorsFile::write(path, collectTrainingState(first, optB.get(), 1), &error))
                << qPrintable(error);
        }
        const auto saved = SafetensorsFile::read(path, &error);
        ASSERT_TRUE(saved) << qPrintable(error);
        Graph resumed = nwtest::makeNetwork(99); // different initial weights: all must be overwritten
        auto optC = makeOptimizer(settings);
        int epoch = -1;
        ASSERT_TRUE(applyTrainingState(resumed, optC.get(), *saved, &epoch, &error)) << qPrintable(error);
        EXPECT_EQ(epoch, 1);
        EXPECT_EQ(optC->stepCount(), 3);
        nwtest::trainSteps(resumed, *optC, pool, 3, 6);

        const auto a = collectWeights(uninterrupted);
        const auto c = collectWeights(resumed);
        for (const auto& [name, t] : a)
            EXPECT_TRUE(bitIdentical(t, c.at(name))) << name;
        const auto stateA = optA->exportState();
        const auto stateC = optC->exportState();
        ASSERT_EQ(stateA.size(), stateC.size());
        for (const auto& [name, t] : stateA)
            EXPECT_TRUE(bitIdentical(t, stateC.at(name))) << name;
    }
}

TEST(TrainingState, NamesOptimizerStateAndWritesMetadata)
{
    ThreadPool pool(1);
    Graph g = nwtest::makeNetwork(1);
    auto adam = makeOptimizer({ .name = "adam" });
    nwtest::trainSteps(g, *adam, pool, 0, 2);
    const SafetensorsContents c = collectTrainingState(g, adam.get(), 4);
    EXPECT_EQ(c.metadata,
        (QMap<QString, QString> { { QStringLiteral("format"), QStringLiteral("netwright-weights") },
            { QStringLiteral("format_version"), QStringLiteral("1") },
            { QStringLiteral("optimizer"), QStringLiteral("Adam") },
            { QStringLiteral("epoch"), QStringLiteral("4") } }));
    EXPECT_EQ(c.tensors.at("optimizer.step")[0], 2.0f);
    EXPECT_EQ(c.tensors.at("optimizer.fc1.weight.exp_avg").shape(), (Shape { 5, 4 }));
    EXPECT_EQ(c.tensors.at("optimizer.fc1.weight.exp_avg_sq").shape(), (Shape { 5, 4 }));
    EXPECT_EQ(c.tensors.at("optimizer.fc1.weight.step")[0], 2.0f);
    EXPECT_EQ(c.tensors.count("optimizer.bn.running_mean.exp_avg"), 0u) << "buffers are not trained";
    EXPECT_EQ(c.tensors.count("fc1.weight"), 1u);

    const SafetensorsContents weightsOnly = collectTrainingState(g, nullptr, 4);
    EXPECT_FALSE(weightsOnly.metadata.contains(QStringLiteral("optimizer")));
    EXPECT_EQ(weightsOnly.tensors.size(), collectWeights(g).size());
}

TEST(TrainingState, StateOfAnotherOptimizerIsRefusedAndChangesNothing)
{
    ThreadPool pool(1);
    Graph g = nwtest::makeNetwork(1);
    auto adam = makeOptimizer({ .name = "adam" });
    nwtest::trainSteps(g, *adam, pool, 0, 2);
    const SafetensorsContents saved = collectTrainingState(g, adam.get(), 1);

    Graph target = nwtest::makeNetwork(5);
    const auto before = collectWeights(target);
    auto sgd = makeOptimizer({ .name = "sgd", .momentum = 0.9f });
    QString error;
    EXPECT_FALSE(applyTrainingState(target, sgd.get(), saved, nullptr, &error));
    EXPECT_EQ(error, QStringLiteral("the file holds Adam state but training uses SGD"));
    for (const auto& [name, t] : before)
        EXPECT_TRUE(bitIdentical(t, collectWeights(target).at(name))) << name;
}

TEST(TrainingState, RefusedOptimizerStatePutsTheWeightsBack)
{
    ThreadPool pool(1);
    Graph g = nwtest::makeNetwork(1);
    auto adam = makeOptimizer({ .name = "adam" });
    nwtest::trainSteps(g, *adam, pool, 0, 2);
    SafetensorsContents saved = collectTrainingState(g, adam.get(), 1);
    saved.tensors.erase("optimizer.fc1.weight.exp_avg_sq");

    Graph target = nwtest::makeNetwork(5);
    const auto before = collectWeights(target);
    auto fresh = makeOptimizer({ .name = "adam" });
    QString error;
    EXPECT_FALSE(applyTrainingState(target, fresh.get(), saved, nullptr, &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("optimizer state: "))) << qPrintable(error);
    EXPECT_TRUE(error.contains(QStringLiteral("fc1.weight"))) << qPrintable(error);
    for (const auto& [name, t] : before)
        EXPECT_TRUE(bitIdentical(t, collectWeights(target).at(name))) << name;
}

TEST(TrainingState, NewerWeightsFormatIsRefused)
{
    Graph g = nwtest::makeNetwork(1);
    SafetensorsContents c = collectTrainingState(g, nullptr, 0);
    c.metadata[QStringLiteral("format_version")] = QStringLiteral("3");
    QString error;
    EXPECT_FALSE(applyTrainingState(g, nullptr, c, nullptr, &error));
    EXPECT_EQ(error, QStringLiteral("was written by a newer Netwright (weights format 3); this version reads up to 1"));
}

TEST(TrainingState, WeightsWithoutOptimizerStateStartTheOptimizerAfresh)
{
    ThreadPool pool(1);
    Graph g = nwtest::makeNetwork(1);
    auto adam = makeOptimizer({ .name = "adam" });
    nwtest::trainSteps(g, *adam, pool, 0, 2);
    SafetensorsContents plain;
    plain.tensors = collectWeights(g); // as PyTorch would save a state_dict: no metadata
    QString error;
    int epoch = -1;
    ASSERT_TRUE(applyTrainingState(g, adam.get(), plain, &epoch, &error)) << qPrintable(error);
    EXPECT_EQ(epoch, 0);
    EXPECT_EQ(adam->stepCount(), 0);
}
