// EvaluationRunner works off the GUI thread: the event loop keeps turning while
// the 10,000 Fashion-MNIST test images are evaluated, and the result arrives
// through finished() on the GUI thread.
#include "analysis/EvaluationRunner.h"

#include <gtest/gtest.h>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>

using namespace nw;

namespace {
std::shared_ptr<PreparedProject> load(const QString& name)
{
    QString error;
    std::shared_ptr<PreparedProject> project
        = PreparedProject::load(QStringLiteral(NETWRIGHT_SOURCE_DIR "/resources/examples/%1.nwproj").arg(name),
            { .loadWeights = false }, &error);
    EXPECT_TRUE(project) << error.toStdString();
    return project;
}
} // namespace

TEST(EvaluationRunner, DeliversTheResultOnTheGuiThread)
{
    auto project = load(QStringLiteral("iris"));
    ASSERT_TRUE(project);
    EvaluationRunner runner;
    std::shared_ptr<const EvaluationResult> result;
    QThread* deliveredOn = nullptr;
    QObject context;
    QObject::connect(&runner, &EvaluationRunner::finished, &context, [&](std::shared_ptr<const EvaluationResult> r) {
        result = std::move(r);
        deliveredOn = QThread::currentThread();
    });
    ASSERT_TRUE(runner.start(std::move(project), DataPart::Validation, 1));
    EXPECT_FALSE(runner.start(load(QStringLiteral("iris")), DataPart::Test, 1)); // one at a time
    QSignalSpy spy(&runner, &EvaluationRunner::finished);
    ASSERT_TRUE(spy.wait(20000));
    ASSERT_TRUE(result);
    EXPECT_EQ(deliveredOn, QCoreApplication::instance()->thread());
    EXPECT_EQ(result->part, DataPart::Validation);
    EXPECT_EQ(result->sampleCount(), 30u);
    EXPECT_EQ(result->dataset->size(), 150u);
}

TEST(EvaluationRunner, ReportsAFailureInsteadOfThrowing)
{
    auto project = load(QStringLiteral("iris"));
    ASSERT_TRUE(project);
    // The worker's exception (an unknown loss) comes back as failed().
    project->project().training.loss = QStringLiteral("no-such-loss");
    EvaluationRunner runner;
    EXPECT_FALSE(runner.start(nullptr, DataPart::Test));
    QSignalSpy failed(&runner, &EvaluationRunner::failed);
    QSignalSpy finished(&runner, &EvaluationRunner::finished);
    ASSERT_TRUE(runner.start(std::move(project), DataPart::Test, 1));
    ASSERT_TRUE(failed.wait(20000));
    EXPECT_EQ(finished.count(), 0);
    EXPECT_FALSE(failed.at(0).at(0).toString().isEmpty());
}

TEST(EvaluationRunner, FashionMnistTestSetKeepsTheEventLoopResponsive)
{
    if (!QFile::exists(QStringLiteral("/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz")))
        GTEST_SKIP() << "Fashion-MNIST is not installed";
    auto project = load(QStringLiteral("fashion-mlp"));
    ASSERT_TRUE(project);
    ASSERT_EQ(project->partSize(DataPart::Test), 10000u);

    EvaluationRunner runner;
    QElapsedTimer clock;
    qint64 last = 0, maxGap = 0;
    int ticks = 0;
    QTimer timer;
    timer.setInterval(5);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        const qint64 now = clock.elapsed();
        maxGap = std::max(maxGap, now - last);
        last = now;
        ++ticks;
    });
    QSignalSpy finished(&runner, &EvaluationRunner::finished);
    clock.start();
    timer.start();
    ASSERT_TRUE(runner.start(std::move(project), DataPart::Test, 1));
    ASSERT_TRUE(finished.wait(120000));
    timer.stop();
    const auto result = finished.at(0).at(0).value<std::shared_ptr<const EvaluationResult>>();
    ASSERT_TRUE(result);
    EXPECT_EQ(result->sampleCount(), 10000u);
    EXPECT_EQ(result->dataset->size(), 10000u);
    EXPECT_EQ(result->report.confusion->total(), 10000u);
    // The evaluation takes far longer than a frame; the loop never stalls for one.
    EXPECT_GT(ticks, 10);
    EXPECT_LT(maxGap, 250) << "the GUI thread stalled for " << maxGap << " ms over " << clock.elapsed() << " ms";
}
