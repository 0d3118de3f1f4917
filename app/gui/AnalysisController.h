#pragma once
// Keeps the Evaluation dock's panels true to the model, off the GUI thread.
//
// What is evaluated: while a run trains, the weights of its last finished epoch
// (TrainingSession::weightsSnapshot()) on the run's evaluation twin, which shares
// the run's data (TrainingController::runPrepared()); otherwise the window's
// trained weights (or the seed's initial ones) on a project prepared from the
// document on a pool thread, prepared again only after the document changed.
//
// When: on request (Evaluate, a new split), after every epoch (at most every
// kMinIntervalWhileTrainingMs) and at the end of a run while the dock is on show and
// "After each epoch" is ticked, and when the dock comes on show with an outdated result. One evaluation at a time; a request that
// arrives meanwhile runs once the current one is done (the latest weights then),
// so a fast run never queues up work. Owned by MainWindow.
#include "analysis/EvaluationResult.h"
#include "analysis/EvaluationRunner.h"
#include "io/Project.h"
#include "training/BackgroundWatcher.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace nw {

class EvaluationDock;
class NetworkDocument;
class TrainingController;

class AnalysisController : public QObject {
    Q_OBJECT
public:
    using WeightMap = EvaluationRunner::WeightMap;
    // While a run trains, evaluations start at most this often (epochs may be faster).
    static constexpr qint64 kMinIntervalWhileTrainingMs = 250;

    // When no run is training, the document's weights are evaluated.
    AnalysisController(NetworkDocument* document, TrainingController* training, EvaluationDock* dock,
        QObject* parent = nullptr);
    ~AnalysisController() override;

    // Evaluates the current weights on the dock's split now, or as soon as the
    // evaluation (or preparation) in flight is done.
    void refresh();
    // The document was replaced: forget the result and the prepared data.
    void documentReplaced();
    // The dock may have come on show (or gone): an outdated result refreshes when it shows.
    void visibilityMayHaveChanged();
    // Whether the dock is where somebody can see it: visible and not a tab behind another.
    bool isShown() const;
    // A sample by its position within a split, in the split's order (what the
    // decision boundary gives): sampleRequested() once a result of that split is at
    // hand, switching the dock to the split (and evaluating it) when needed.
    void inspect(DataPart part, std::size_t position);

    bool isBusy() const { return m_preparing || m_runner.isRunning(); }
    bool isOutdated() const { return m_outdated; }
    const std::shared_ptr<const EvaluationResult>& result() const { return m_result; }
    int evaluationsDelivered() const { return m_delivered; }

Q_SIGNALS:
    void resultReady(std::shared_ptr<const nw::EvaluationResult> result);
    void sampleRequested(std::size_t datasetIndex);
    void failed(const QString& message);

private:
    struct Prepared {
        std::shared_ptr<PreparedProject> project;
        QString error;
    };

    void startPreparing();
    void onPrepared();
    void evaluate();
    void onEvaluated(std::shared_ptr<const EvaluationResult> result);
    void onFailed(const QString& message);
    void onRunPrepared(std::shared_ptr<PreparedProject> twin);
    void markOutdated(bool refreshIfShown);
    void runPending();
    void deliverInspection();

    NetworkDocument* m_document;
    TrainingController* m_training;
    EvaluationDock* m_dock;
    EvaluationRunner m_runner;
    BackgroundWatcher<Prepared> m_preparer;
    QElapsedTimer m_sinceEvaluation; // since the last evaluation started
    QTimer m_throttle; // runs a request held back by kMinIntervalWhileTrainingMs

    std::shared_ptr<PreparedProject> m_project; // what evaluations run on; the runner holds it while busy
    Project m_preparedFrom; // the document snapshot m_project was prepared from
    bool m_preparing = false;
    bool m_pending = false; // a refresh asked for while busy
    bool m_outdated = true; // the result on show is not of the current weights
    QString m_inFlightOrigin; // which weights the evaluation in flight has
    std::shared_ptr<const EvaluationResult> m_result;
    int m_delivered = 0;
    std::optional<std::pair<DataPart, std::size_t>> m_pendingInspection;
};

} // namespace nw
