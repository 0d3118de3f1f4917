// Pictures of the window for the user guide: mid-training on the spiral and on
// Fashion-MNIST, and the example gallery. They land in the build tree; with
// NETWRIGHT_UPDATE_SCREENSHOTS=1 they replace docs/screenshots/. Fonts differ between
// machines, so the images are only produced and checked for size.
#include "GuiTestSupport.h"
#include "support/ScreenshotChecks.h"

#include "ExampleGallery.h"
#include "MainWindow.h"
#include "TrainingController.h"

#include "charts/TrainingChartsWidget.h"
#include "graph/GraphEditorWidget.h"
#include "graph/GraphView.h"
#include "model/NetworkDocument.h"
#include "training/TrainingSession.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nw;

namespace {

long long batchCount(const QSignalSpy& spy)
{
    long long n = 0;
    for (const QList<QVariant>& args : spy)
        n += args.at(0).value<QVector<BatchReport>>().size();
    return n;
}

void grabMidTraining(const QString& example, int epochs, long long batches, const QString& file)
{
    QTemporaryDir autosave;
    QSettings().remove(QStringLiteral("mainWindow")); // the first-start layout, not an earlier test's
    MainWindow window;
    test::isolateAutosave(window, autosave.path());
    window.resize(1500, 920);
    window.show();
    ASSERT_TRUE(window.openExample(test::examplePath(example)));
    TrainingConfig config = window.document()->trainingConfig();
    config.epochs = epochs; // still running when the picture is taken
    window.document()->setTrainingConfig(config);
    QSignalSpy spy(window.training()->session(), &TrainingSession::batchesReady);
    window.action(QStringLiteral("actionTrainStart"))->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return batchCount(spy) >= batches; }, 120000));
    // Paused, so the picture shows a run in progress however fast the machine is.
    window.action(QStringLiteral("actionTrainPause"))->trigger();
    EXPECT_TRUE(QTest::qWaitFor([&] { return window.training()->session()->isPaused(); }, 10000));
    QTest::qWait(300); // the charts' paced redraw
    window.editor()->fitToView();
    QApplication::processEvents();
    const QImage image = window.grab().toImage();
    EXPECT_TRUE(image.save(test::screenshotPath(file)));
    // What the user sees: the whole network, and charts with curves in them.
    EXPECT_EQ(test::itemsOutsideView(window.editor()->view()), 0);
    EXPECT_GT(test::distinctColours(image, test::areaIn(&window, window.editor()->view())), 20);
    ASSERT_TRUE(window.charts()->isVisible());
    EXPECT_GT(test::distinctColours(image, test::areaIn(&window, window.charts())), 40)
        << "the charts drew no curves";
    window.training()->stop();
    test::answerNextMessageBox([](QMessageBox* box) { return box->button(QMessageBox::Discard); });
    window.close();
}

} // namespace

TEST(Screenshots, WindowTrainingSpiral)
{
    // Epochs enough that the run cannot end before the pause arrives: with vectorised
    // tanh, 1,000 spiral epochs could finish while a busy machine delivered it.
    grabMidTraining(QStringLiteral("spiral"), 100000, 1500, QStringLiteral("window-spiral-training.png"));
}

TEST(Screenshots, WindowTrainingFashionMlp)
{
    if (!QFile::exists(QStringLiteral("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz"))
        && qEnvironmentVariableIsEmpty("NETWRIGHT_FASHION_MNIST"))
        GTEST_SKIP() << "Fashion-MNIST is not installed";
    grabMidTraining(QStringLiteral("fashion-mlp"), 5, 400, QStringLiteral("window-fashion-mlp-training.png"));
}

TEST(Screenshots, ExampleGallery)
{
    ExampleGallery gallery;
    gallery.show();
    QApplication::processEvents();
    const QImage image = gallery.grab().toImage();
    EXPECT_TRUE(image.save(test::screenshotPath(QStringLiteral("gallery.png"))));
    // One card per example, each with its thumbnail, and the thumbnails drawn.
    const QListWidget* list = gallery.list();
    ASSERT_EQ(list->count(), QDir(QStringLiteral(NETWRIGHT_SOURCE_DIR "/resources/examples"))
                                 .entryList({ QStringLiteral("*.nwproj") }, QDir::Files)
                                 .size());
    for (int i = 0; i < list->count(); ++i)
        EXPECT_FALSE(list->item(i)->icon().isNull()) << list->item(i)->text().toStdString();
    EXPECT_GT(test::distinctColours(image, test::areaIn(&gallery, list->viewport())), 40);
}
