// An image folder of 100,000 files chosen as the data in the window: the Dataset
// dock shows how many files it has read of how many (a real bar, not only a busy
// one), its Cancel button stops the load within moments and says so, the network
// and the window stay as they were, and Reload then reads all 100,000.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "model/NetworkDocument.h"
#include "panels/DatasetDock.h"
#include "training/BackgroundPool.h"
#include "TrainingController.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace nw;

namespace {

// Two classes of 50,000 4x4 PNGs.
bool writeFolder(const QString& root)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImage image(4, 4, QImage::Format_Grayscale8);
    image.fill(128);
    if (!image.save(&buffer, "PNG"))
        return false;
    for (const char* cls : { "a", "b" }) {
        const QString dir = root + QLatin1Char('/') + QLatin1String(cls);
        if (!QDir().mkpath(dir))
            return false;
        for (int i = 0; i < 50'000; ++i) {
            QFile f(dir + QStringLiteral("/%1.png").arg(i));
            if (!f.open(QIODevice::WriteOnly) || f.write(png) != png.size())
                return false;
        }
    }
    return true;
}

} // namespace

TEST(LargeImageFolder, TheDatasetDockShowsProgressAndCancelStopsTheLoad)
{
    QTemporaryDir tmp;
    ASSERT_TRUE(writeFolder(tmp.filePath(QStringLiteral("images"))));
    QTemporaryDir autosave;
    MainWindow window;
    test::isolateAutosave(window, autosave.path());
    window.show();
    ASSERT_TRUE(window.openExample(test::examplePath(QStringLiteral("digits"))));
    auto* dock = window.findChild<DatasetDock*>();
    auto* bar = dock->findChild<QProgressBar*>(QStringLiteral("busy"));
    auto* cancel = dock->findChild<QPushButton*>(QStringLiteral("cancelLoad"));
    auto* status = dock->findChild<QLabel*>(QStringLiteral("status"));
    ASSERT_TRUE(bar && cancel && status);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dock->isLoading() && dock->dataset(); }, 30000));
    const QJsonObject graph = window.document()->project().graph;

    DatasetReference data = window.document()->dataset();
    data.spec = QStringLiteral("images:%1?size=8").arg(tmp.filePath(QStringLiteral("images")));
    window.document()->setDataset(data);
    // Counted files read, shown as they are read.
    ASSERT_TRUE(QTest::qWaitFor([&] { return bar->maximum() == 1000 && bar->value() > 0; }, 30000));
    EXPECT_TRUE(cancel->isVisible());
    EXPECT_TRUE(status->text().contains(QStringLiteral("of 100000 files"))) << status->text().toStdString();
    const QImage shot = bar->parentWidget()->grab().toImage(); // the whole content, scrolled part included
    EXPECT_TRUE(shot.save(test::screenshotPath(QStringLiteral("dataset-dock-loading-100000.png"))));

    QElapsedTimer stopping;
    stopping.start();
    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dock->isLoading(); }, 10000));
    EXPECT_LT(stopping.elapsed(), 2000) << "a cancel stops within moments";
    EXPECT_TRUE(status->text().contains(QStringLiteral("Loading stopped"))) << status->text().toStdString();
    EXPECT_FALSE(cancel->isVisible());
    EXPECT_TRUE(dock->errorText().isEmpty());
    EXPECT_EQ(dock->dataset(), nullptr);
    EXPECT_EQ(window.document()->project().graph, graph);

    dock->reload();
    ASSERT_TRUE(QTest::qWaitFor([&] { return dock->dataset() || !dock->errorText().isEmpty(); }, 60000));
    ASSERT_NE(dock->dataset(), nullptr) << dock->errorText().toStdString();
    EXPECT_EQ(dock->dataset()->size(), 100'000u);
}

// Train pressed with the 100,000 files not loaded yet: the status bar counts the
// files, and Stop ends the load itself, so the data pool is free again at once.
TEST(LargeImageFolder, StoppingARunWhileItsDataLoadsStopsTheLoad)
{
    QTemporaryDir tmp;
    ASSERT_TRUE(writeFolder(tmp.filePath(QStringLiteral("images"))));
    QTemporaryDir autosave;
    MainWindow window;
    test::isolateAutosave(window, autosave.path());
    window.show();
    ASSERT_TRUE(window.openExample(test::examplePath(QStringLiteral("digits"))));
    QStringList messages;
    QObject::connect(window.training(), &TrainingController::statusMessage, &window,
        [&messages](const QString& message) { messages << message; });
    DatasetReference data = window.document()->dataset();
    data.spec = QStringLiteral("images:%1?size=8").arg(tmp.filePath(QStringLiteral("images")));
    window.document()->setDataset(data);
    window.findChild<DatasetDock*>()->cancelLoad(); // the dock's own load stays out of the way
    window.action(QStringLiteral("actionTrainStart"))->trigger();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !messages.isEmpty() && messages.last().contains(QStringLiteral("of 100000 files")); }, 30000))
        << messages.join(QLatin1Char('\n')).toStdString();
    QElapsedTimer stopping;
    stopping.start();
    window.action(QStringLiteral("actionTrainStop"))->trigger();
    EXPECT_FALSE(window.training()->isBusy());
    // The load on the pool ends within moments instead of reading the remaining files.
    EXPECT_TRUE(QTest::qWaitFor([&] { return backgroundPool().pendingJobs() == 0; }, 1000))
        << "the data is still being read after Stop";
    EXPECT_LT(stopping.elapsed(), 1000);
}
