// The Reconstruction panel on a trained digits autoencoder with a 2-unit
// bottleneck: samples worst first, pages, the latent space coloured by class, and a
// click that decodes a point (checked against the network's own reconstruction of
// a sample at that sample's code); a screenshot of it all. Also the panel's words
// for a network whose bottleneck is wider, and the dock bringing the tab forward.
#include "analysis/EvaluationDock.h"
#include "analysis/EvaluationRunner.h"
#include "analysis/LatentScatter.h"
#include "analysis/ReconstructionGallery.h"
#include "analysis/ReconstructionPanel.h"
#include "support/ScreenshotChecks.h"
#include "training/PreparedProject.h"
#include "training/ProjectTraining.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace nw;

namespace {

// Digits (1x8x8) through 2 numbers: flatten, 32, 2, 32, 64, back to 1x8x8.
QByteArray autoencoder(int bottleneck, const char* spec)
{
    return QStringLiteral(R"({"format_version": 2, "name": "digits autoencoder", "description": "",
 "graph": {"nodes": [
  {"id": "input", "type": "Input", "params": {"shape": [1, 8, 8]}, "position": [0, 0]},
  {"id": "flatten", "type": "Flatten", "params": {}, "position": [200, 0]},
  {"id": "enc", "type": "Dense", "params": {"units": 32}, "position": [400, 0]},
  {"id": "relu1", "type": "ReLU", "params": {}, "position": [600, 0]},
  {"id": "latent", "type": "Dense", "params": {"units": %1}, "position": [800, 0]},
  {"id": "dec", "type": "Dense", "params": {"units": 32}, "position": [1000, 0]},
  {"id": "relu2", "type": "ReLU", "params": {}, "position": [1200, 0]},
  {"id": "pixels", "type": "Dense", "params": {"units": 64}, "position": [1400, 0]},
  {"id": "squash", "type": "Sigmoid", "params": {}, "position": [1600, 0]},
  {"id": "out", "type": "Reshape", "params": {"shape": [1, 8, 8]}, "position": [1800, 0]}],
  "edges": [{"from": "input", "to": "flatten", "port": 0}, {"from": "flatten", "to": "enc", "port": 0},
   {"from": "enc", "to": "relu1", "port": 0}, {"from": "relu1", "to": "latent", "port": 0},
   {"from": "latent", "to": "dec", "port": 0}, {"from": "dec", "to": "relu2", "port": 0},
   {"from": "relu2", "to": "pixels", "port": 0}, {"from": "pixels", "to": "squash", "port": 0},
   {"from": "squash", "to": "out", "port": 0}]},
 "training": {"loss": "mse", "optimizer": {"name": "adam"}, "learning_rate": 0.01, "batch_size": 32, "epochs": 25, "seed": 1},
 "dataset": {"spec": "%2", "validation_fraction": 0.1, "test_fraction": 0.2, "split_seed": 1},
 "weights": ""})")
        .arg(bottleneck)
        .arg(QString::fromLatin1(spec))
        .toUtf8();
}

std::shared_ptr<const EvaluationResult> trainedResult(int bottleneck, const char* spec, int epochs)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ae.nwproj"));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(autoencoder(bottleneck, spec));
    f.close();
    QString error;
    std::shared_ptr<PreparedProject> p = PreparedProject::load(path, {}, &error);
    EXPECT_TRUE(p) << error.toStdString();
    if (!p)
        return nullptr;
    ProjectTraining training(*p, { .epochs = epochs });
    training.run();
    return EvaluationRunner::evaluate(p, DataPart::Test, 1);
}

std::shared_ptr<const EvaluationResult> planeResult()
{
    static const auto result = trainedResult(2, "bundled:digits?task=reconstruction", 25);
    return result;
}

QString screenshotPath(const QString& name)
{
    const QString dir = qEnvironmentVariableIntValue("NETWRIGHT_UPDATE_SCREENSHOTS")
        ? QStringLiteral(NETWRIGHT_SOURCE_DIR "/docs/screenshots")
        : QStringLiteral(NETWRIGHT_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

} // namespace

TEST(ReconstructionPanel, ShowsTheWorstReconstructionsFirstPageByPage)
{
    const auto r = planeResult();
    ASSERT_TRUE(r);
    ASSERT_TRUE(r->report.reconstruction);
    ReconstructionPanel panel;
    panel.setResult(r);
    ReconstructionGallery* g = panel.gallery();
    const int samples = static_cast<int>(r->sampleCount());
    EXPECT_EQ(g->pageCount(), (samples + ReconstructionGallery::kPageSize - 1) / ReconstructionGallery::kPageSize);
    std::vector<std::size_t> shown = g->shownPositions();
    ASSERT_EQ(shown.size(), std::size_t(ReconstructionGallery::kPageSize));
    const float worst = *std::max_element(r->losses.begin(), r->losses.end());
    EXPECT_EQ(r->losses[shown.front()], worst);
    for (std::size_t k = 1; k < shown.size(); ++k)
        EXPECT_GE(r->losses[shown[k - 1]], r->losses[shown[k]]);
    // Each sample's error is its mean squared error over the 64 pixels, and their
    // mean is the report's.
    double mean = 0;
    for (float e : r->losses)
        mean += e;
    EXPECT_NEAR(mean / samples, r->report.meanSquaredError, 1e-6);
    const float lastOfFirstPage = r->losses[shown.back()];
    g->setPage(1);
    shown = g->shownPositions();
    EXPECT_LE(r->losses[shown.front()], lastOfFirstPage);
    g->setPage(g->pageCount() + 5); // clamped
    EXPECT_EQ(g->page(), g->pageCount() - 1);
    EXPECT_TRUE(panel.summaryText().contains(QLatin1String("mean squared error per value")));
}

TEST(ReconstructionPanel, ClickingTheLatentSpaceDecodesThatPoint)
{
    const auto r = planeResult();
    ASSERT_TRUE(r && r->latent);
    ASSERT_TRUE(r->latent->isPlane());
    EXPECT_EQ(r->latent->bottleneck().id, "latent");
    ASSERT_EQ(r->latent->codes().size(), 2 * r->sampleCount());
    EXPECT_EQ(r->latent->classNames().size(), 10u);

    // Decoding a sample's own code gives the network's reconstruction of that sample.
    const std::vector<float>& codes = r->latent->codes();
    const std::vector<float> decoded = r->latent->decode(codes[6], codes[7]);
    ASSERT_EQ(decoded.size(), 64u);
    for (std::size_t k = 0; k < 64; ++k)
        EXPECT_NEAR(decoded[k], r->outputs[3 * 64 + k], 1e-5f) << k;

    // Through the panel: a click in the scatter, decoded off the GUI thread.
    ReconstructionPanel panel;
    panel.resize(1100, 620);
    panel.setResult(r);
    panel.show();
    QApplication::processEvents();
    QSignalSpy decodedSpy(&panel, &ReconstructionPanel::decoded);
    LatentScatter* scatter = panel.scatter();
    const QPointF code(codes[6] + 0.01, codes[7] - 0.01);
    QTest::mouseClick(scatter, Qt::LeftButton, {}, scatter->toWidget(code).toPoint());
    ASSERT_TRUE(decodedSpy.wait(5000));
    EXPECT_FALSE(panel.decodedImage().isNull());
    EXPECT_TRUE(panel.decodedCaption().contains(QLatin1String("latent space"))) << panel.decodedCaption().toStdString();

    const QImage shot = panel.grab().toImage();
    EXPECT_GT(test::distinctColours(shot, test::areaIn(&panel, scatter)), 8);
    // The points were drawn once: the click's cross and later paints reuse their image.
    const int draws = scatter->pointLayerDraws();
    EXPECT_GE(draws, 1);
    scatter->setMarker(code);
    scatter->grab();
    scatter->grab();
    EXPECT_EQ(scatter->pointLayerDraws(), draws);
    scatter->resize(scatter->width() + 20, scatter->height());
    scatter->grab();
    EXPECT_EQ(scatter->pointLayerDraws(), draws + 1) << "another size draws them again";
    EXPECT_GT(test::distinctColours(shot, test::areaIn(&panel, panel.gallery())), 30);
    ASSERT_TRUE(shot.save(screenshotPath(QStringLiteral("reconstruction-digits.png"))));
}

TEST(ReconstructionPanel, DenoisingShowsTheCleanTargetAndAWideBottleneckIsNamed)
{
    const auto r = trainedResult(8, "bundled:digits?task=reconstruction&noise_std=0.2", 3);
    ASSERT_TRUE(r && r->latent);
    EXPECT_FALSE(r->latent->isPlane());
    ReconstructionPanel panel;
    panel.resize(1100, 620);
    panel.setResult(r);
    EXPECT_TRUE(panel.summaryText().contains(QLatin1String("clean target"))) << panel.summaryText().toStdString();
    panel.show();
    QApplication::processEvents();
    const QImage shot = panel.grab().toImage();
    ASSERT_TRUE(shot.save(screenshotPath(QStringLiteral("reconstruction-denoising-digits.png"))));
    EXPECT_GT(test::distinctColours(shot, test::areaIn(&panel, panel.gallery())), 30);
}

TEST(ReconstructionPanel, TheEvaluationDockBringsItForwardForReconstructionData)
{
    const auto r = planeResult();
    ASSERT_TRUE(r);
    EvaluationDock dock;
    dock.setResult(r, QStringLiteral("test"));
    EXPECT_EQ(dock.tabs()->currentIndex(), EvaluationDock::ReconstructionTab);
    EXPECT_TRUE(dock.statusText().contains(QLatin1String("reconstruction error"))) << dock.statusText().toStdString();
    EXPECT_EQ(dock.reconstruction()->gallery()->pageCount() > 0, true);
}
