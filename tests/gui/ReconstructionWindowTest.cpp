// The fashion-autoencoder example in the window: trained for one epoch from the
// window, the Evaluation dock brings its Reconstruction tab forward with the worst
// reconstructions first and the 2-D latent space, and a click on the latent space
// decodes that point. A screenshot of the window lands in the build tree
// (docs/screenshots with NETWRIGHT_UPDATE_SCREENSHOTS=1).
#include "GuiTestSupport.h"

#include "AnalysisController.h"
#include "AnalysisDocks.h"
#include "MainWindow.h"
#include "TrainingController.h"

#include "analysis/EvaluationDock.h"
#include "analysis/LatentScatter.h"
#include "analysis/ReconstructionGallery.h"
#include "analysis/ReconstructionPanel.h"
#include "model/NetworkDocument.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace nw;

TEST(ReconstructionWindow, TheFashionAutoencoderShowsItsReconstructionsAndLatentSpace)
{
    if (!QDir(QStringLiteral("/usr/share/datasets/fashion-mnist")).exists()
        && qEnvironmentVariableIsEmpty("NETWRIGHT_FASHION_MNIST"))
        GTEST_SKIP() << "Fashion-MNIST is not installed";
    test::FirstStartLayout layout;
    QTemporaryDir autosave;
    MainWindow window;
    test::isolateAutosave(window, autosave.path());
    window.resize(1500, 920);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.openExample(test::examplePath(QStringLiteral("fashion-autoencoder"))));
    TrainingConfig config = window.document()->trainingConfig();
    config.epochs = 1;
    window.document()->setTrainingConfig(config);

    AnalysisController* controller = window.analysis()->controller();
    EvaluationDock* dock = window.analysis()->evaluation();
    window.analysis()->evaluationDock()->show();
    window.analysis()->evaluationDock()->raise();
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller->isShown(); }, 30000));

    QSignalSpy ended(window.training(), &TrainingController::runEnded);
    window.action(QStringLiteral("actionTrainStart"))->trigger();
    // An epoch of 60,000 images: seconds in a normal build, 100 s under AddressSanitizer,
    // minutes under ThreadSanitizer. This test's waits only bound a hang.
    ASSERT_TRUE(ended.wait(480000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return dock->statusText().contains(QLatin1String("trained weights")) && !controller->isBusy(); }, 300000))
        << dock->statusText().toStdString();

    EXPECT_EQ(dock->tabs()->currentIndex(), EvaluationDock::ReconstructionTab);
    EXPECT_TRUE(dock->statusText().contains(QLatin1String("reconstruction error"))) << dock->statusText().toStdString();
    ReconstructionPanel* panel = dock->reconstruction();
    EXPECT_EQ(panel->gallery()->shownPositions().size(), std::size_t(ReconstructionGallery::kPageSize));
    const auto result = controller->result();
    ASSERT_TRUE(result && result->latent && result->latent->isPlane());
    EXPECT_EQ(result->latent->bottleneck().id, "latent");
    EXPECT_EQ(result->latent->classNames().size(), 10u);

    QSignalSpy decoded(panel, &ReconstructionPanel::decoded);
    LatentScatter* scatter = panel->scatter();
    QTest::mouseClick(scatter, Qt::LeftButton, {}, scatter->rect().center() - QPoint(40, 0));
    ASSERT_TRUE(decoded.wait(60000));
    EXPECT_FALSE(panel->decodedImage().isNull());
    EXPECT_EQ(panel->decodedImage().width(), panel->decodedImage().height());

    const QImage shot = window.grab().toImage();
    ASSERT_TRUE(shot.save(test::screenshotPath(QStringLiteral("reconstruction-window-fashion.png"))));

    window.training()->stop();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.training()->isBusy(); }, 120000));
    if (window.document()->isModified())
        test::answerNextMessageBox([](QMessageBox* box) { return box->button(QMessageBox::Discard); });
    window.close();
}
