// The window's resident memory while it trains the Fashion CNN example: after the
// first epoch (data loaded, buffers and panels sized) it stops growing. Prints the
// figure after every epoch. NETWRIGHT_MEMORY_EPOCHS sets how many epochs (default
// 4, a few minutes on two cores; the measurement is 20). Needs Fashion-MNIST
// (skipped without it). Labelled `timing`: it is a long measurement.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "model/NetworkDocument.h"
#include "training/TrainingSession.h"
#include "TrainingController.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <vector>

using namespace nw;

namespace {

// VmRSS of this process, in MiB.
double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

} // namespace

TEST(WindowMemory, FashionCnnResidentMemoryStopsGrowingAfterTheFirstEpoch)
{
    const QString data
        = qEnvironmentVariable("NETWRIGHT_FASHION_MNIST", QStringLiteral("/usr/share/datasets/fashion-mnist"));
    if (!QFileInfo::exists(data + QStringLiteral("/train-images-idx3-ubyte.gz")))
        GTEST_SKIP() << "Fashion-MNIST is not in " << data.toStdString();
    const int epochs = qEnvironmentVariableIsSet("NETWRIGHT_MEMORY_EPOCHS")
        ? qEnvironmentVariableIntValue("NETWRIGHT_MEMORY_EPOCHS")
        : 4;
    QTemporaryDir autosave;
    MainWindow window;
    test::isolateAutosave(window, autosave.path());
    window.show();
    ASSERT_TRUE(window.openExample(test::examplePath(QStringLiteral("fashion-cnn"))));
    TrainingConfig config = window.document()->trainingConfig();
    config.epochs = epochs;
    config.earlyStopping.enabled = false;
    window.document()->setTrainingConfig(config);

    std::vector<double> rss;
    TrainingSession* session = window.training()->session();
    QObject::connect(session, &TrainingSession::epochFinished, &window, [&rss](const EpochReport& report) {
        rss.push_back(residentMiB());
        std::printf("epoch %d: resident %.1f MiB\n", report.epoch + 1, rss.back());
        std::fflush(stdout);
    });
    QSignalSpy finished(session, &TrainingSession::finished);
    const double before = residentMiB();
    std::printf("before training: resident %.1f MiB\n", before);
    window.action(QStringLiteral("actionTrainStart"))->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, epochs * 600'000));
    ASSERT_EQ(static_cast<int>(rss.size()), epochs);
    if (epochs < 2)
        return;
    // From the end of epoch 1 on: no more than 32 MiB in all (allocator noise, the
    // charts' growing curves), and the last epoch no higher than the second plus that.
    const double growth = rss.back() - rss.front();
    EXPECT_LT(growth, 32.0) << "resident memory grew " << growth << " MiB after the first epoch";
}
