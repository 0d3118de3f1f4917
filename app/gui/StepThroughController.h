#pragma once
// Keeps the Step Through dock and its overlay on the graph true to the model, off
// the GUI thread.
//
// Which sample: the Explain dock's (ExplainController::sampleOpened()), the one
// owner of the current sample, so a sample clicked anywhere (the decision
// boundary, the confusion gallery, the dataset preview, the Sample dock) is the one
// stepped through. Which network and weights: the Explain controller's setup() and
// weights() (the document's, or the seed's initial ones), run on a twin of its own
// by an ExplainJobRunner: traceStep() on one sample is a millisecond for spiral and
// a few for a CNN, but a graph is never run on the GUI thread. The loss and the
// optimizer settings are the document's training settings at the time of asking.
//
// The model never changes unless the user presses Apply Step: then the trace's
// updated weights become the document's (NetworkDocument::setWeights(), the epoch
// kept), and Undo Apply puts back the weights of before, until anything else
// changes the weights. Not while a run trains. Owned by MainWindow.
#include "ExplainJobRunner.h"

#include "engine/Tensor.h"
#include "model/WeightOrigin.h"

#include <QObject>

#include <map>
#include <memory>
#include <optional>
#include <string>

class QAction;
class QDockWidget;

namespace nw {

class ExplainController;
class GraphScene;
class NetworkDocument;
class StepThroughOverlay;
class StepThroughPanel;
class TrainingController;
struct StepThroughTrace;

class StepThroughController : public QObject {
    Q_OBJECT
public:
    StepThroughController(NetworkDocument* document, ExplainController* explain, TrainingController* training,
        GraphScene* scene, StepThroughPanel* view, QDockWidget* dock, QObject* parent = nullptr);
    ~StepThroughController() override;

    bool isShown() const;
    void visibilityMayHaveChanged();
    bool isBusy() const { return m_runner.isBusy(); }
    // Apply Step may write the trace on show: it is of the weights the document holds.
    bool traceIsCurrent() const;
    int tracesShown() const { return m_traces; }
    StepThroughOverlay* overlay() const { return m_overlay; }
    // Previous and Next stage, on the arrow keys while the dock is on show with a trace.
    QAction* previousAction() const { return m_previousAction; }
    QAction* nextAction() const { return m_nextAction; }
    // The mode on the graph editor's toolbar: checked while the dock is in front; checking
    // it brings the dock forward, unchecking closes it (and so the overlay).
    QAction* modeAction() const { return m_modeAction; }

    void applyStep();
    void undoApply();

Q_SIGNALS:
    void traceShown();

private:
    void sampleOpened();
    void refresh();
    void compute();
    void showOverlay();
    void updateActions();
    bool traceStartsFromDocumentWeights() const;

    NetworkDocument* m_document;
    ExplainController* m_explain;
    TrainingController* m_training;
    StepThroughPanel* m_view;
    QDockWidget* m_dock;
    StepThroughOverlay* m_overlay;
    QAction* m_previousAction;
    QAction* m_nextAction;
    QAction* m_modeAction;
    ExplainJobRunner m_runner;

    quint64 m_sampleSerial = 0;
    quint64 m_requestSerial = 0;
    // Whether the trace on show stepped from the weights the document holds now: Apply
    // writes its update only over those very weights (not over a newer run's, a
    // reset's or the step it already applied). Explain's copy of the weights is paced,
    // so the values themselves are compared, when a trace arrives and when weights change.
    bool m_traceFromSeed = false; // computed from no weights: the seed's initial ones
    bool m_traceMatchesDocument = false;
    // What is on show: of which sample, weights and mode (a dock coming forward again
    // does not recompute what it already shows).
    struct Shows {
        quint64 sample = 0;
        quint64 weights = 0;
        bool training = false;
        bool operator==(const Shows&) const = default;
    };
    Shows m_shows;
    int m_traces = 0;

    // The weights before the last Apply Step, for Undo Apply; forgotten when anything
    // else changes the weights.
    std::optional<std::map<std::string, Tensor>> m_beforeApply;
    int m_beforeApplyEpoch = 0;
    std::map<QString, WeightOrigin> m_originsBeforeApply; // Undo Apply gives imported weights back as imported
    // The optimizer's state after the applied steps, so the next step continues it (Adam's
    // moments and t), as consecutive training steps would; with the optimizer it belongs to.
    std::map<std::string, Tensor> m_optimizerState;
    QString m_stateOptimizer;
    std::map<std::string, Tensor> m_stateBeforeApply;
    bool m_applying = false;
};

} // namespace nw
