#pragma once
// Keeps the Attention dock true to the model, off the GUI thread.
//
// Which sample: the Explain dock's (ExplainController::sampleOpened()), so a
// sample clicked in the gallery, the decision boundary, the dataset preview or the
// Sample dock opens in both. Which network and weights: also the Explain
// controller's (its setup() and weights(): the document's project and trained
// weights, or the run's twin), run on a twin of its own by an ExplainJobRunner.
//
// While a run trains, the traces come from the training worker instead: the
// session traces the sample on the run's own graph between batches, at most every
// TrainingSession::kTraceIntervalMs, and posts them (as it does decision fields),
// so heads are seen specialising batch by batch and the GUI never waits. Only
// while the dock is on show; a hidden dock catches up when it shows. Owned by
// AnalysisDocks.
#include "ExplainJobRunner.h"

#include "explain/SequenceTrace.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QDockWidget;

namespace nw {

class AttentionDock;
class Dataset;
class ExplainController;
class TrainingController;
struct SequenceTraceReport;

class AttentionController : public QObject {
    Q_OBJECT
public:
    AttentionController(ExplainController* explain, TrainingController* training, AttentionDock* view,
        QDockWidget* dock, QObject* parent = nullptr);

    bool isShown() const;
    void visibilityMayHaveChanged();
    bool isBusy() const { return m_runner.isBusy(); }

    // Traces shown: all of them, and those that came from a training run's worker.
    int tracesShown() const { return m_traces; }
    int liveTracesShown() const { return m_liveTraces; }
    const QStringList& tokens() const { return m_tokens; }

Q_SIGNALS:
    void traceShown();

private:
    void sampleOpened();
    void refresh();
    void followRun();
    void computeFromWeights();
    void show(std::shared_ptr<const SequenceTrace> trace, const QString& caption, bool live);
    void liveTrace(const SequenceTraceReport& report);

    ExplainController* m_explain;
    TrainingController* m_training;
    AttentionDock* m_view;
    QDockWidget* m_dock;
    ExplainJobRunner m_runner;

    quint64 m_sampleSerial = 0;
    QStringList m_tokens;
    // What is on show: of which sample and weights (a dock coming forward again
    // does not recompute what it already shows).
    std::pair<quint64, quint64> m_shows { 0, 0 };
    quint64 m_requestSerial = 0;
    int m_traces = 0;
    int m_liveTraces = 0;
};

// How the steps of a token sample are labelled on the maps' axes: one label per
// id of `sample` (its ids as the network sees them).
QStringList tokenLabels(const Dataset* dataset, const Tensor& sample);

} // namespace nw
