// TrainingSession: the worker thread the GUI trains on. Runs headless under a
// QCoreApplication (see TrainingSessionMain.cpp); signals are watched with QSignalSpy.
#include "training/TrainingSession.h"

#include "io/GraphWeights.h"
#include "training/PreparedProject.h"
#include "training/ProjectTraining.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace nw;

namespace {

constexpr int kForever = 1'000'000; // epochs: a run that only ends when stopped

QString example(const QString& name)
{
    return QStringLiteral(NETWRIGHT_SOURCE_DIR "/resources/examples/") + name + QStringLiteral(".nwproj");
}

std::shared_ptr<PreparedProject> load(const QString& name, PreparedProject::Options options = {})
{
    QString error;
    std::shared_ptr<PreparedProject> p = PreparedProject::load(example(name), options, &error);
    EXPECT_TRUE(p) << error.toStdString();
    return p;
}

std::vector<BatchReport> batchesOf(const QSignalSpy& spy)
{
    std::vector<BatchReport> all;
    for (const QList<QVariant>& signal : spy)
        for (const BatchReport& b : signal.at(0).value<QVector<BatchReport>>())
            all.push_back(b);
    return all;
}

std::size_t batchCount(const QSignalSpy& spy)
{
    return batchesOf(spy).size();
}

TrainingResult resultOf(const QSignalSpy& finished)
{
    return finished.at(0).at(0).value<TrainingResult>();
}

// Lets queued signals arrive for a while without waiting for a particular one.
void settle(int ms = 150)
{
    QTest::qWait(ms);
}

bool bitEqual(const Tensor& a, const Tensor& b)
{
    return a.shape() == b.shape() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

} // namespace

TEST(TrainingSession, RunsToCompletionReportingBatchesAndEpochs)
{
    TrainingSession session;
    QSignalSpy started(&session, &TrainingSession::started);
    QSignalSpy batches(&session, &TrainingSession::batchesReady);
    QSignalSpy epochs(&session, &TrainingSession::epochFinished);
    QSignalSpy finished(&session, &TrainingSession::finished);
    QSignalSpy states(&session, &TrainingSession::stateChanged);

    ASSERT_TRUE(session.start(load(QStringLiteral("spiral")), { .epochs = 4 }));
    EXPECT_EQ(session.state(), TrainingSession::State::Running);
    EXPECT_TRUE(session.isRunning());
    ASSERT_TRUE(finished.wait(30000));

    // spiral: 600 samples, 60% train = 360, batch 16 -> 23 batches per epoch.
    ASSERT_EQ(started.size(), 1);
    EXPECT_EQ(started.at(0).at(0).toInt(), 4);
    EXPECT_EQ(started.at(0).at(1).toInt(), 23);
    const auto all = batchesOf(batches);
    ASSERT_EQ(all.size(), 4u * 23u);
    for (std::size_t i = 0; i < all.size(); ++i) { // every batch once, in order
        EXPECT_EQ(all[i].epoch, static_cast<int>(i / 23));
        EXPECT_EQ(all[i].batch, static_cast<int>(i % 23));
    }
    ASSERT_EQ(epochs.size(), 4);
    for (int e = 0; e < 4; ++e)
        EXPECT_EQ(epochs.at(e).at(0).value<EpochReport>().epoch, e);
    EXPECT_TRUE(epochs.at(3).at(0).value<EpochReport>().hasValidation);
    const TrainingResult result = resultOf(finished);
    EXPECT_EQ(result.status, TrainingStatus::Completed);
    EXPECT_EQ(result.epochsCompleted, 4);
    EXPECT_EQ(session.state(), TrainingSession::State::Idle);
    ASSERT_EQ(states.size(), 2);
    EXPECT_EQ(states.at(0).at(0).value<TrainingSession::State>(), TrainingSession::State::Running);
    EXPECT_EQ(states.at(1).at(0).value<TrainingSession::State>(), TrainingSession::State::Idle);
    EXPECT_FALSE(session.weightsSnapshot().empty());
}

TEST(TrainingSession, CoalescesBatchesWhenTheEngineIsFast)
{
    TrainingSession session;
    QSignalSpy batches(&session, &TrainingSession::batchesReady);
    QSignalSpy finished(&session, &TrainingSession::finished);
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(session.start(load(QStringLiteral("spiral")), { .epochs = 60 }));
    ASSERT_TRUE(finished.wait(60000));
    const qint64 ms = clock.elapsed();

    EXPECT_EQ(batchCount(batches), 60u * 23u);
    // At most one signal per epoch end plus one per flush interval (and a couple of
    // stragglers), far fewer than one per batch.
    EXPECT_LT(batches.size(), 60 * 23 / 4);
    EXPECT_LE(batches.size(), 60 + ms / TrainingSession::kFlushIntervalMs + 2);
}

TEST(TrainingSession, PauseThenStepRunsExactlyOneBatchAndStaysPaused)
{
    TrainingSession session;
    QSignalSpy batches(&session, &TrainingSession::batchesReady);
    QSignalSpy finished(&session, &TrainingSession::finished);
    ASSERT_TRUE(session.start(load(QStringLiteral("spiral")), { .epochs = kForever }));
    ASSERT_TRUE(batches.wait(10000));

    session.pause();
    EXPECT_EQ(session.state(), TrainingSession::State::Paused);
    EXPECT_TRUE(session.isPaused());
    settle();
    const auto beforeStep = batchesOf(batches);
    settle();
    EXPECT_EQ(batchCount(batches), beforeStep.size()) << "a paused run trains no further";

    session.step();
    ASSERT_TRUE(QTest::qWaitFor([&] { return batchCount(batches) > beforeStep.size(); }, 5000));
    settle();
    const auto afterStep = batchesOf(batches);
    ASSERT_EQ(afterStep.size(), beforeStep.size() + 1);
    const BatchReport& last = beforeStep.back();
    const BatchReport& stepped = afterStep.back();
    EXPECT_EQ(stepped.epoch * 23 + stepped.batch, last.epoch * 23 + last.batch + 1) << "the next batch, in order";
    EXPECT_TRUE(session.isPaused());

    session.step();
    session.step(); // two more requests, two more batches
    ASSERT_TRUE(QTest::qWaitFor([&] { return batchCount(batches) >= afterStep.size() + 2; }, 5000));
    settle();
    EXPECT_EQ(batchCount(batches), afterStep.size() + 2);

    session.resume();
    EXPECT_EQ(session.state(), TrainingSession::State::Running);
    const std::size_t resumedAt = batchCount(batches);
    ASSERT_TRUE(QTest::qWaitFor([&] { return batchCount(batches) > resumedAt + 50; }, 10000));

    session.stop();
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_EQ(resultOf(finished).status, TrainingStatus::Stopped);
    EXPECT_TRUE(finished.size() == 1 && !session.isRunning());
}

TEST(TrainingSession, StopEndsTheRunQuicklyWithStatusStopped)
{
    TrainingSession session;
    QSignalSpy batches(&session, &TrainingSession::batchesReady);
    QSignalSpy finished(&session, &TrainingSession::finished);
    QSignalSpy failed(&session, &TrainingSession::failed);
    ASSERT_TRUE(session.start(load(QStringLiteral("spiral")), { .epochs = kForever }));
    ASSERT_TRUE(batches.wait(10000));

    QElapsedTimer clock;
    clock.start();
    session.stop();
    EXPECT_LT(clock.elapsed(), 200) << "stop() returns at once (it only sets a flag)";
    EXPECT_EQ(session.state(), TrainingSession::State::Stopping);
    EXPECT_TRUE(session.isRunning());
    ASSERT_TRUE(finished.wait(2000));
    EXPECT_LT(clock.elapsed(), 1000);
    const TrainingResult result = resultOf(finished);
    EXPECT_EQ(result.status, TrainingStatus::Stopped);
    EXPECT_EQ(result.status, TrainingStatus::Stopped);
    EXPECT_GE(result.stopBatch, 1);
    EXPECT_EQ(session.state(), TrainingSession::State::Idle);
    EXPECT_TRUE(failed.isEmpty());
    EXPECT_FALSE(session.weightsSnapshot().empty());
}

TEST(TrainingSession, StopWakesAPausedRun)
{
    TrainingSession session;
    QSignalSpy batches(&session, &TrainingSession::batchesReady);
    QSignalSpy finished(&session, &TrainingSession::finished);
    ASSERT_TRUE(session.start(load(QStringLiteral("spiral")), { .epochs = kForever }));
    ASSERT_TRUE(batches.wait(10000));
    session.pause();
    settle();
    session.stop();
    ASSERT_TRUE(finished.wait(2000));
    EXPECT_EQ(resultOf(finished).status, TrainingStatus::Stopped);
}

TEST(TrainingSession, DestroyingMidTrainingReturnsWithinOneSecond)
{
    for (const bool paused : { false, true }) {
        auto session = std::make_unique<TrainingSession>();
        QSignalSpy batches(session.get(), &TrainingSession::batchesReady);
        ASSERT_TRUE(session->start(load(QStringLiteral("spiral")), { .epochs = kForever }));
        ASSERT_TRUE(batches.wait(10000));
        if (paused)
            session->pause();
        QElapsedTimer clock;
        clock.start();
        session.reset();
        EXPECT_LT(clock.elapsed(), 1000) << (paused ? "paused" : "running");
        settle(50); // nothing posted by the dead session may arrive
    }
}

TEST(TrainingSession, DestroyingDuringTheFashionCnnReturnsWithinOneSecond)
{
    if (!QDir(QStringLiteral("/usr/share/datasets/fashion-mnist")).exists()
        && qEnvironmentVariableIsEmpty("NETWRIGHT_FASHION_MNIST"))
        GTEST_SKIP() << "Fashion-MNIST is not installed";
    auto session = std::make_unique<TrainingSession>();
    QSignalSpy batches(session.get(), &TrainingSession::batchesReady);
    ASSERT_TRUE(session->start(load(QStringLiteral("fashion-cnn")), { .epochs = 1 }));
    ASSERT_TRUE(batches.wait(30000));
    QElapsedTimer clock;
    clock.start();
    session.reset();
    EXPECT_LT(clock.elapsed(), 1000);
}

TEST(TrainingSession, ExceptionsInTheWorkerArriveAsFailed)
{
    TrainingSession session;
    QSignalSpy failed(&session, &TrainingSession::failed);
    QSignalSpy finished(&session, &TrainingSession::finished);

    // Invalid settings: ProjectTraining throws EngineError on the worker.
    ASSERT_TRUE(session.start(load(QStringLiteral("spiral")), { .batchSize = 0 }));
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("batch size")))
        << failed.at(0).at(0).toString().toStdString();
    EXPECT_EQ(session.state(), TrainingSession::State::Idle);

    // No data to batch: the trainer's data source throws.
    ASSERT_TRUE(session.start(load(QStringLiteral("spiral"), { .loadData = false }), { .epochs = 1 }));
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(failed.at(1).at(0).toString().contains(QStringLiteral("no data")))
        << failed.at(1).at(0).toString().toStdString();

    // Resume without saved state.
    ASSERT_TRUE(session.start(load(QStringLiteral("spiral")), { .epochs = 1 }, true));
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(failed.at(2).at(0).toString().contains(QStringLiteral("nothing to resume")));

    settle(50);
    EXPECT_EQ(failed.size(), 3);
    EXPECT_TRUE(finished.isEmpty()) << "a failed run ends with failed() only";
    QString error;
    EXPECT_FALSE(session.saveTrained(QStringLiteral("/nonexistent/x.nwproj"), &error));

    // The session is still usable.
    ASSERT_TRUE(session.start(load(QStringLiteral("spiral")), { .epochs = 1 }));
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(resultOf(finished).status, TrainingStatus::Completed);
}

TEST(TrainingSession, FinalWeightsEqualProjectTrainingBitExactly)
{
    TrainingSession session;
    QSignalSpy finished(&session, &TrainingSession::finished);
    ASSERT_TRUE(session.start(load(QStringLiteral("spiral")), { .epochs = 6 }));
    ASSERT_TRUE(finished.wait(30000));
    const auto fromSession = session.weightsSnapshot();

    auto direct = load(QStringLiteral("spiral"));
    ProjectTraining training(*direct, { .epochs = 6 });
    const TrainingResult result = training.run();
    EXPECT_EQ(result.history.back().trainLoss, resultOf(finished).history.back().trainLoss);
    const auto fromCli = collectWeights(direct->graph());

    ASSERT_EQ(fromSession.size(), fromCli.size());
    for (const auto& [name, tensor] : fromCli) {
        ASSERT_TRUE(fromSession.count(name)) << name;
        EXPECT_TRUE(bitEqual(fromSession.at(name), tensor)) << name;
    }
}

// Every epoch hands over the weights it ended with, once, in order: the run's history
// of snapshots (rewind) keeps them without a copy. The last is the run's final weights.
TEST(TrainingSession, EachEpochHandsOverTheWeightsItEndedWith)
{
    TrainingSession session;
    QSignalSpy finished(&session, &TrainingSession::finished);
    std::vector<int> epochs;
    std::vector<std::shared_ptr<const TrainingSession::Weights>> weights;
    QObject::connect(&session, &TrainingSession::epochWeights, [&](int epoch, std::shared_ptr<const TrainingSession::Weights> w) {
        epochs.push_back(epoch);
        weights.push_back(std::move(w));
    });
    ASSERT_TRUE(session.start(load(QStringLiteral("spiral")), { .epochs = 4 }));
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(epochs, (std::vector<int> { 0, 1, 2, 3 }));
    ASSERT_EQ(weights.size(), 4u);
    const auto final = session.weightsSnapshot();
    ASSERT_EQ(weights.back()->size(), final.size());
    for (const auto& [name, tensor] : final)
        EXPECT_TRUE(bitEqual(weights.back()->at(name), tensor)) << name;
    EXPECT_FALSE(bitEqual(weights.front()->at("fc1.weight"), final.at("fc1.weight"))) << "epoch 1's are not the last's";
}

TEST(TrainingSession, RequestsOutOfTurnAreRefused)
{
    TrainingSession session;
    QSignalSpy batches(&session, &TrainingSession::batchesReady);
    QSignalSpy finished(&session, &TrainingSession::finished);
    QSignalSpy states(&session, &TrainingSession::stateChanged);
    session.pause();
    session.resume();
    session.step();
    session.stop();
    EXPECT_TRUE(states.isEmpty()) << "nothing to control while idle";
    EXPECT_FALSE(session.start(nullptr));

    auto project = load(QStringLiteral("spiral"));
    ASSERT_TRUE(session.start(project, { .epochs = kForever }));
    EXPECT_FALSE(session.start(project)) << "one run at a time";
    ASSERT_TRUE(batches.wait(10000));
    QString error;
    EXPECT_FALSE(session.resetWeights(&error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(session.saveTrained(QStringLiteral("/tmp/never.nwproj"), &error));
    session.stop();
    ASSERT_TRUE(finished.wait(5000));
}

TEST(TrainingSession, SavesTheTrainedProjectWhenIdle)
{
    QTemporaryDir dir;
    TrainingSession session;
    QSignalSpy finished(&session, &TrainingSession::finished);
    ASSERT_TRUE(session.start(load(QStringLiteral("spiral")), { .epochs = 2 }));
    ASSERT_TRUE(finished.wait(30000));
    const QString path = dir.filePath(QStringLiteral("spiral.nwproj"));
    QString error;
    ASSERT_TRUE(session.saveTrained(path, &error)) << error.toStdString();

    auto reloaded = PreparedProject::load(path, { .loadData = false }, &error);
    ASSERT_TRUE(reloaded) << error.toStdString();
    ASSERT_TRUE(reloaded->hasWeights());
    const auto saved = collectWeights(reloaded->graph());
    for (const auto& [name, tensor] : session.weightsSnapshot())
        EXPECT_TRUE(bitEqual(saved.at(name), tensor)) << name;
}

TEST(TrainingSession, ResetWeightsDrawsTheSeedsInitialWeightsAgain)
{
    TrainingSession session;
    QSignalSpy finished(&session, &TrainingSession::finished);
    auto project = load(QStringLiteral("spiral"));
    ASSERT_TRUE(session.start(project, { .epochs = 2 }));
    ASSERT_TRUE(finished.wait(30000));
    const auto trained = session.weightsSnapshot();

    QString error;
    QSignalSpy resetDone(&session, &TrainingSession::weightsReset);
    ASSERT_TRUE(session.resetWeights(&error)) << error.toStdString();
    // The worker draws them; the caller went on at once.
    ASSERT_TRUE(resetDone.wait(5000));
    auto fresh = load(QStringLiteral("spiral"), { .loadData = false });
    fresh->graph().initialize(fresh->project().training.seed);
    const auto initial = collectWeights(fresh->graph());
    const auto reset = session.weightsSnapshot();
    for (const auto& [name, tensor] : initial) {
        EXPECT_TRUE(bitEqual(reset.at(name), tensor)) << name;
        EXPECT_TRUE(bitEqual(collectWeights(project->graph()).at(name), tensor)) << name;
    }
    EXPECT_FALSE(bitEqual(trained.at("fc1.weight"), initial.at("fc1.weight")));
    EXPECT_FALSE(session.saveTrained(QStringLiteral("/tmp/never.nwproj"), &error))
        << "the optimizer state of the run no longer matches the weights";
}

TEST(TrainingSession, ForgettingTheOptimizerStateKeepsTheWeights)
{
    TrainingSession session;
    QSignalSpy finished(&session, &TrainingSession::finished);
    ASSERT_TRUE(session.start(load(QStringLiteral("spiral")), { .epochs = 2 }));
    ASSERT_TRUE(finished.wait(30000));
    const auto trained = session.weightsSnapshot();
    QTemporaryDir dir;
    QString error;
    EXPECT_TRUE(session.saveTrained(dir.filePath(QStringLiteral("a.nwproj")), &error)) << error.toStdString();

    session.forgetOptimizerState();
    EXPECT_FALSE(session.saveTrained(dir.filePath(QStringLiteral("b.nwproj")), &error))
        << "no optimizer state to save with the weights any more";
    for (const auto& [name, tensor] : session.weightsSnapshot())
        EXPECT_TRUE(bitEqual(trained.at(name), tensor)) << name;
}

// The window's run honours dataset.augmentation exactly as the CLI's does, on another
// thread count, and refuses it for data that is not images.
TEST(TrainingSession, AugmentedRunEqualsProjectTrainingOnAnyThreadCount)
{
    const auto augmented = [] {
        auto p = load(QStringLiteral("digits"));
        p->project().dataset.augmentation.hflip = 0.5;
        p->project().dataset.augmentation.rotate = 15;
        p->project().dataset.augmentation.shift = 0.1;
        return p;
    };
    TrainingSession session;
    QSignalSpy finished(&session, &TrainingSession::finished);
    ASSERT_TRUE(session.start(augmented(), { .epochs = 2, .threads = 1 }));
    ASSERT_TRUE(finished.wait(30000));
    const auto fromSession = session.weightsSnapshot();

    auto direct = augmented();
    ProjectTraining training(*direct, { .epochs = 2, .threads = 2 });
    training.run();
    for (const auto& [name, tensor] : collectWeights(direct->graph()))
        EXPECT_TRUE(bitEqual(fromSession.at(name), tensor)) << name;

    auto plain = load(QStringLiteral("digits"));
    ProjectTraining without(*plain, { .epochs = 2, .threads = 2 });
    without.run();
    EXPECT_FALSE(bitEqual(collectWeights(plain->graph()).begin()->second, collectWeights(direct->graph()).begin()->second));

    QSignalSpy failed(&session, &TrainingSession::failed);
    auto spiral = load(QStringLiteral("spiral"));
    spiral->project().dataset.augmentation.hflip = 0.5;
    ASSERT_TRUE(session.start(spiral, { .epochs = 1 }));
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("dataset.augmentation: works on images")))
        << failed.at(0).at(0).toString().toStdString();
}
