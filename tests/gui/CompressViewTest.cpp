// The Compress dock driven as a user does: the digits example trained, Measure (the
// sweep and the int8 model), Prune to 80%, Fine-tune for two epochs. The document's
// weights are pruned exactly and stay so through the fine-tuning run; the chart and
// the texts show what each step measured. Screenshots land in the build tree
// (docs/screenshots with NETWRIGHT_UPDATE_SCREENSHOTS=1).
#include "ExplainTestWindow.h"
#include "GuiTestSupport.h"

#include "CompressController.h"
#include "DocumentFiles.h"
#include "MainWindow.h"
#include "TrainingController.h"

#include "compress/CompressPanel.h"
#include "compress/SparsityChart.h"
#include "io/SafetensorsFile.h"
#include "io/WeightsSource.h"
#include "model/NetworkDocument.h"

#include <gtest/gtest.h>

#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <algorithm>

using namespace nw;

namespace {

constexpr int kStepTimeoutMs = 120000;

struct CompressWindow : test::ExplainTestWindow {
    CompressPanel* panel() const { return window.compressPanel(); }
    CompressController* controller() const { return window.compressController(); }

    bool click(QPushButton* button)
    {
        QSignalSpy finished(controller(), &CompressController::stepFinished);
        if (!button->isEnabled())
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return QTest::qWaitFor([&] { return finished.count() > 0; }, kStepTimeoutMs);
    }

    void screenshot(const QString& name)
    {
        window.compressDock()->widget()->grab().save(test::screenshotPath(name));
    }

    // Zeros among the weight matrices (fc1.weight, out.weight) of the document.
    std::pair<std::size_t, std::size_t> zeroWeights() const
    {
        std::size_t zeros = 0, total = 0;
        for (const auto& [name, t] : window.document()->weights()) {
            if (t.rank() < 2)
                continue;
            zeros += static_cast<std::size_t>(std::count(t.data(), t.data() + t.size(), 0.0f));
            total += t.size();
        }
        return {zeros, total};
    }
};

} // namespace

TEST(CompressView, MeasurePruneAndFineTuneFromTheDock)
{
    CompressWindow w;
    ASSERT_TRUE(w.open(QStringLiteral("digits"), 15));
    w.window.resize(1400, 900);
    w.window.show();
    ASSERT_TRUE(w.trainToTheEnd());
    w.window.compressDock()->show();
    w.window.compressDock()->raise();
    EXPECT_FALSE(w.panel()->fineTuneButton()->isEnabled()); // nothing pruned yet

    ASSERT_TRUE(w.click(w.panel()->measureButton()));
    const CompressionReport measured = w.controller()->report();
    ASSERT_EQ(measured.sweep.size(), 11u);
    EXPECT_TRUE(measured.classification);
    EXPECT_GT(measured.float32.accuracy, 0.9f);
    EXPECT_EQ(w.panel()->chart()->sweepSeries()->count(), 11);
    EXPECT_NEAR(w.panel()->chart()->sweepSeries()->at(10).x(), 95.0, 0.2);
    ASSERT_TRUE(measured.quantize);
    EXPECT_NEAR(measured.quantize->int8.accuracy, measured.float32.accuracy, 0.03f);
    EXPECT_TRUE(w.panel()->int8Text().contains(QStringLiteral("float32"))) << qPrintable(w.panel()->int8Text());
    EXPECT_TRUE(w.panel()->sizeText().contains(QStringLiteral("as int8"))) << qPrintable(w.panel()->sizeText());
    w.screenshot(QStringLiteral("compress-measured.png"));

    w.panel()->sparsityBox()->setValue(80);
    ASSERT_TRUE(w.click(w.panel()->pruneButton()));
    const auto [zeros, total] = w.zeroWeights();
    EXPECT_EQ(total, 64u * 64 + 64 * 10);
    EXPECT_EQ(zeros, static_cast<std::size_t>(std::llround(0.8 * total))); // the document's weights are pruned
    EXPECT_TRUE(w.controller()->hasMasks());
    EXPECT_TRUE(w.panel()->fineTuneButton()->isEnabled());
    EXPECT_EQ(w.panel()->chart()->prunedSeries()->count(), 1);
    EXPECT_EQ(w.controller()->report().sweep.size(), 11u); // the sweep stays on the chart
    EXPECT_TRUE(w.panel()->sizeText().contains(QStringLiteral("pruned to 80"))) << qPrintable(w.panel()->sizeText());

    // Fine-tune: a run of the training controller with the masks kept.
    const std::map<std::string, Tensor> pruned = w.window.document()->weights();
    QSignalSpy ended(w.window.training(), &TrainingController::runEnded);
    ASSERT_TRUE(w.click(w.panel()->fineTuneButton()));
    EXPECT_EQ(ended.count(), 1);
    const std::map<std::string, Tensor>& tuned = w.window.document()->weights();
    std::size_t changed = 0, revived = 0;
    for (const auto& [name, t] : pruned) {
        if (t.rank() < 2)
            continue;
        const Tensor& after = tuned.at(name);
        for (std::size_t i = 0; i < t.size(); ++i) {
            changed += after[i] != t[i];
            revived += t[i] == 0.0f && after[i] != 0.0f;
        }
    }
    EXPECT_GT(changed, 100u); // it trained
    EXPECT_EQ(revived, 0u);   // and the pruned weights stayed zero
    ASSERT_TRUE(w.controller()->report().prune && w.controller()->report().prune->fineTuned);
    EXPECT_EQ(w.controller()->report().prune->fineTuneEpochs, 2);
    EXPECT_EQ(w.panel()->chart()->fineTunedSeries()->count(), 1);
    EXPECT_TRUE(w.controller()->hasMasks());
    w.screenshot(QStringLiteral("compress-fine-tuned.png"));

    // Reset Weights brings back weights the masks do not hold: nothing left to fine-tune.
    w.window.training()->resetWeights();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !w.controller()->hasMasks(); }, 10000));
    EXPECT_FALSE(w.panel()->fineTuneButton()->isEnabled());
}

TEST(CompressView, AProjectWithInt8WeightsOpensWithThemDequantized)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("digits.nwproj"));
    const QString int8 = dir.filePath(QStringLiteral("digits-int8.safetensors"));
    const auto cli = [](const QStringList& args) {
        QProcess p;
        p.start(QStringLiteral(NETWRIGHT_CLI), args);
        EXPECT_TRUE(p.waitForFinished(kStepTimeoutMs));
        EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    };
    cli({QStringLiteral("train"), test::examplePath(QStringLiteral("digits")), QStringLiteral("--epochs"),
        QStringLiteral("2"), QStringLiteral("--out"), project});
    cli({QStringLiteral("compress"), project, QStringLiteral("--quantize"), QStringLiteral("int8"),
        QStringLiteral("--no-sweep"), QStringLiteral("--out"), int8});
    QFile file(project);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    json[QStringLiteral("weights")] = QStringLiteral("digits-int8.safetensors");
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(json).toJson());
    file.close();

    test::FirstStartLayout layout;
    QTemporaryDir autosave;
    MainWindow window;
    test::isolateAutosave(window, autosave.path());
    QString error;
    ASSERT_TRUE(window.openFile(project, &error)) << qPrintable(error);
    const auto contents = SafetensorsFile::read(int8, &error);
    ASSERT_TRUE(contents) << qPrintable(error);
    const Tensor& q = contents->tensors.at("fc1.weight");
    const Tensor& scale = contents->tensors.at("fc1.weight.scale");
    const auto& weights = window.document()->weights();
    ASSERT_TRUE(weights.count("fc1.weight"));
    EXPECT_FALSE(weights.count("fc1.weight.scale"));
    const Tensor& w = weights.at("fc1.weight");
    const std::size_t row = q.size() / scale.size();
    for (std::size_t i = 0; i < q.size(); ++i)
        ASSERT_EQ(w[i], q[i] * scale[i / row]) << i;

    // Opened (or dropped) as a weights file of its own, and imported for transfer: the
    // same floats q * s, never the integers q.
    std::map<std::string, Tensor> zeroed = weights;
    for (auto& [name, t] : zeroed)
        t.setZero();
    window.document()->setWeights(std::move(zeroed), -1);
    ASSERT_TRUE(window.files()->openWeightsFile(int8, &error)) << qPrintable(error);
    const Tensor& opened = window.document()->weights().at("fc1.weight");
    EXPECT_FALSE(window.document()->weights().count("fc1.weight.scale"));
    for (std::size_t i = 0; i < q.size(); ++i)
        ASSERT_EQ(opened[i], q[i] * scale[i / row]) << "opened as a weights file, " << i;
    const auto imported = WeightsSource::read(int8, &error);
    ASSERT_TRUE(imported) << qPrintable(error);
    EXPECT_FALSE(imported->tensors.count("fc1.weight.scale"));
    const Tensor& source = imported->tensors.at("fc1.weight");
    for (std::size_t i = 0; i < q.size(); ++i)
        ASSERT_EQ(source[i], q[i] * scale[i / row]) << "imported for transfer, " << i;
}

// A Prune still running when another project opens (or the weights change) ends
// without touching the document: its pruned weights belong to the old network.
TEST(CompressView, AJobOfAnEarlierProjectChangesNothingWhenItEnds)
{
    CompressWindow w;
    ASSERT_TRUE(w.open(QStringLiteral("digits"), 3));
    ASSERT_TRUE(w.trainToTheEnd());
    QSignalSpy finished(w.controller(), &CompressController::stepFinished);
    w.panel()->sparsityBox()->setValue(50);
    QTest::mouseClick(w.panel()->pruneButton(), Qt::LeftButton);
    ASSERT_TRUE(w.controller()->isBusy());
    ASSERT_TRUE(w.window.openExample(test::examplePath(QStringLiteral("iris"))));
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() > 0; }, kStepTimeoutMs));
    EXPECT_TRUE(w.window.document()->weights().empty()) << "the old network's pruned weights did not land in iris";
    EXPECT_FALSE(w.controller()->hasMasks());
}
