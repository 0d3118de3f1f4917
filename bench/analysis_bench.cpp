// analysis_bench: what the Evaluation dock costs the window and a training run.
//
// 1. Responsiveness. EvaluationRunner evaluates the project's test split (default:
//    the Fashion-MNIST MLP example, 10,000 test images) on a pool thread while an
//    EventLoopLatencyProbe measures how late a 5 ms timer on the main thread fires.
//    Then an EvaluationDock shows the result: setResult() and one paint, timed on
//    the main thread, which is the only part of an evaluation the GUI does itself.
// 2. Refresh after each epoch. A TrainingSession trains --epochs epochs twice, once
//    alone and once with what the dock does while on show: after every epoch, the
//    epoch's weights are evaluated on the run's twin (PreparedProject::twin(), one
//    thread) unless an evaluation is still running. Reports both runs' samples/s
//    (the engine's own count) and their ratio; compare ratios, not absolute figures,
//    on a shared machine.
//
// Runs offscreen unless QT_QPA_PLATFORM says otherwise.
#include "analysis/CalibrationPanel.h"
#include "analysis/ClassMetricsTable.h"
#include "analysis/ConfusionMatrixPanel.h"
#include "analysis/EvaluationDock.h"
#include "analysis/EvaluationRunner.h"
#include "analysis/PrecisionRecallPanel.h"
#include "analysis/RocPanel.h"
#include "training/EventLoopLatencyProbe.h"
#include "training/PreparedProject.h"
#include "training/TrainingMetaTypes.h"
#include "training/TrainingSession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTabWidget>

#include <algorithm>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

using namespace nw;

namespace {

struct Options {
    QString project = QStringLiteral(NETWRIGHT_SOURCE_DIR "/resources/examples/fashion-mlp.nwproj");
    int epochs = 3;
};

std::shared_ptr<PreparedProject> prepare(const QString& path)
{
    QString error;
    PreparedProject::Options options;
    options.loadWeights = false;
    std::shared_ptr<PreparedProject> project = PreparedProject::load(path, options, &error);
    if (!project || !project->isValid()) {
        std::fprintf(stderr, "analysis_bench: %s\n", qPrintable(project ? QStringLiteral("the network has errors") : error));
        std::exit(1);
    }
    return project;
}

void measureResponsiveness(const Options& options)
{
    auto project = prepare(options.project);
    EvaluationRunner runner;
    EventLoopLatencyProbe probe;
    QEventLoop loop;
    std::shared_ptr<const EvaluationResult> result;
    QObject::connect(&runner, &EvaluationRunner::finished, &loop, [&](std::shared_ptr<const EvaluationResult> r) {
        result = std::move(r);
        loop.quit();
    });
    QObject::connect(&runner, &EvaluationRunner::failed, &loop, [&](const QString& message) {
        std::fprintf(stderr, "analysis_bench: %s\n", qPrintable(message));
        std::exit(1);
    });
    QElapsedTimer clock;
    clock.start();
    probe.start(5);
    runner.start(project, DataPart::Test);
    loop.exec();
    probe.stop();
    const double evaluateMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;

    EvaluationDock dock;
    dock.resize(1200, 380);
    dock.show();
    QApplication::processEvents();
    double showMs = 0;
    for (int tab = 0; tab < dock.tabs()->count(); ++tab) {
        dock.tabs()->setCurrentIndex(tab);
        QApplication::processEvents();
        clock.restart();
        dock.setResult(result, QStringLiteral("bench"));
        dock.repaint();
        const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        std::printf("  show the result, tab %d in front: %.1f ms\n", tab, ms);
        showMs = std::max(showMs, ms);
    }
    // Which panel costs what.
    const auto time = [&](const char* name, auto&& set) {
        clock.restart();
        set();
        std::printf("  %s.setResult: %.1f ms\n", name, static_cast<double>(clock.nsecsElapsed()) / 1e6);
    };
    time("confusion", [&] { dock.confusion()->setResult(result); });
    time("roc", [&] { dock.roc()->setResult(result); });
    time("precisionRecall", [&] { dock.precisionRecall()->setResult(result); });
    time("calibration", [&] { dock.calibration()->setResult(result); });
    time("classMetrics", [&] { dock.classMetrics()->setResult(result); });
    std::printf("evaluate %zu test samples off the GUI thread: %.0f ms; main-thread timer lateness meanwhile: "
                "p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d samples)\n",
        result->sampleCount(), evaluateMs, probe.p50Ms(), probe.p99Ms(), probe.maxMs(), probe.sampleCount());
    std::printf("show a result on the GUI thread (setResult + paint), worst tab: %.1f ms\n", showMs);
}

// One run of `epochs`; with `evaluateEachEpoch`, the dock's per-epoch evaluations.
double trainingSamplesPerSecond(const Options& options, bool evaluateEachEpoch, int* evaluations)
{
    auto project = prepare(options.project);
    std::shared_ptr<PreparedProject> twin = project->twin();
    TrainingSession session;
    EvaluationRunner runner;
    QEventLoop loop;
    BatchReport last;
    *evaluations = 0;
    QObject::connect(&session, &TrainingSession::batchesReady, &loop, [&](const QVector<BatchReport>& batches) {
        if (!batches.isEmpty())
            last = batches.back();
    });
    QObject::connect(&session, &TrainingSession::epochFinished, &loop, [&](const EpochReport&) {
        if (evaluateEachEpoch && !runner.isRunning()) {
            runner.start(twin, DataPart::Test, 1,
                std::make_shared<const EvaluationRunner::WeightMap>(session.weightsSnapshot()));
            ++*evaluations;
        }
    });
    QObject::connect(&session, &TrainingSession::finished, &loop, [&] { loop.quit(); });
    QObject::connect(&session, &TrainingSession::failed, &loop, [&](const QString& message) {
        std::fprintf(stderr, "analysis_bench: %s\n", qPrintable(message));
        std::exit(1);
    });
    TrainingOverrides overrides;
    overrides.epochs = options.epochs;
    session.start(project, overrides);
    loop.exec();
    runner.waitForFinished();
    return last.elapsedSeconds > 0 ? static_cast<double>(last.samplesSeen) / last.elapsedSeconds : 0.0;
}

void measureRefreshCost(const Options& options)
{
    int evaluations = 0;
    const double alone = trainingSamplesPerSecond(options, false, &evaluations);
    const double withDock = trainingSamplesPerSecond(options, true, &evaluations);
    std::printf("training %d epochs: %.0f samples/s alone, %.0f samples/s evaluating after each epoch "
                "(%d evaluations): %.1f%%\n",
        options.epochs, alone, withDock, evaluations, alone > 0 ? 100.0 * withDock / alone : 0.0);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    registerTrainingMetaTypes();
    Options options;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--project") && i + 1 < argc)
            options.project = QString::fromLocal8Bit(argv[++i]);
        else if (!std::strcmp(argv[i], "--epochs") && i + 1 < argc)
            options.epochs = std::atoi(argv[++i]);
        else {
            std::fprintf(stderr, "usage: analysis_bench [--project PATH.nwproj] [--epochs N]\n");
            return 2;
        }
    }
    std::printf("project: %s\n", qPrintable(options.project));
    measureResponsiveness(options);
    measureRefreshCost(options);
    return 0;
}
