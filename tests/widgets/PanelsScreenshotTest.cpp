// Renders the dataset dock (Fashion-MNIST or digits, iris, a 2-D toy problem, a
// CSV error) and the training dock to PNGs at dock-like sizes. They land in the
// build tree; with NETWRIGHT_UPDATE_SCREENSHOTS=1 they replace docs/screenshots/.
#include "panels/DatasetDock.h"
#include "panels/TrainingSettingsDock.h"

#include "data/IdxDataset.h"
#include "model/NetworkDocument.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>

using namespace nw;

namespace {

QString screenshotDir()
{
    const QString dir = qEnvironmentVariableIntValue("NETWRIGHT_UPDATE_SCREENSHOTS")
        ? QStringLiteral(NETWRIGHT_SOURCE_DIR "/docs/screenshots")
        : QStringLiteral(NETWRIGHT_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return dir;
}

void renderDataset(const QString& spec, const QString& file, QSize size)
{
    NetworkDocument document;
    DatasetDock dock(&document);
    dock.resize(size);
    dock.show();
    QSignalSpy loaded(&dock, &DatasetDock::datasetLoaded);
    QSignalSpy failed(&dock, &DatasetDock::loadFailed);
    DatasetReference ref;
    ref.spec = spec;
    document.setDataset(ref);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 60000));
    QTest::qWait(100);
    const QImage image = dock.grab().toImage();
    EXPECT_EQ(image.size(), size);
    EXPECT_TRUE(image.save(screenshotDir() + u'/' + file));
}

} // namespace

TEST(Screenshots, DatasetDockWithImages)
{
    const QString dir = QString::fromStdString(fashionMnistDirectory());
    const bool fashion = QFileInfo::exists(dir + QStringLiteral("/train-images-idx3-ubyte.gz"));
    renderDataset(fashion ? QStringLiteral("fashion-mnist:train") : QStringLiteral("bundled:digits"),
        QStringLiteral("dataset-dock-fashion-mnist.png"), { 440, 1300 });
}

TEST(Screenshots, DatasetDockWithIrisAndToyData)
{
    renderDataset(QStringLiteral("bundled:iris"), QStringLiteral("dataset-dock-iris.png"), { 440, 1120 });
    renderDataset(QStringLiteral("toy:spiral?noise=0.1&samples=600&seed=1"), QStringLiteral("dataset-dock-spiral.png"),
        { 440, 1120 });
}

TEST(Screenshots, DatasetDockWithCsvError)
{
    renderDataset(QStringLiteral("csv:" NETWRIGHT_SOURCE_DIR "/tests/corrupt/csv/non-numeric-in-numeric-column-line-7.csv"),
        QStringLiteral("dataset-dock-csv-error.png"), { 440, 720 });
}

TEST(Screenshots, TrainingDock)
{
    NetworkDocument document;
    TrainingSettingsDock dock(&document);
    TrainingConfig config;
    config.optimizer.name = QStringLiteral("sgd");
    config.optimizer.momentum = 0.9;
    config.optimizer.nesterov = true;
    config.learningRate = 0.05;
    config.schedule.kind = QStringLiteral("cosine");
    config.schedule.warmupEpochs = 1;
    config.earlyStopping.enabled = true;
    document.setTrainingConfig(config);
    for (const char* name : { "Start", "Pause", "Stop", "Step", "Reset" })
        dock.actionArea()->addAction(QApplication::translate("Screenshots", name));
    dock.setProgress(3, 20, 412, 1688, 112.0);
    dock.resize(380, 1040);
    dock.show();
    QTest::qWait(50);
    const QImage image = dock.grab().toImage();
    EXPECT_TRUE(image.save(screenshotDir() + QStringLiteral("/training-dock.png")));
}
