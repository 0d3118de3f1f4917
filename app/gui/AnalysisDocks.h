#pragma once
// The main window's analysis docks and their links: "Evaluation" (split selector
// and the panels, EvaluationDock) and "Sample" (SampleInspector), kept up to date
// by an AnalysisController, and "Explain" (ExplainDock: maps, feature maps, the
// projection, drawing), kept up to date by an ExplainController. A sample clicked
// anywhere opens in the Explain dock, and in the Sample dock when the evaluation
// holds it: in the confusion matrix's gallery, a point of the decision boundary
// (which switches the Evaluation dock to that point's split, evaluated if need
// be), the dataset preview, the Sample dock's Explain button, or a point of the
// projection. "Attention" (AttentionDock: attention heads, rollout, recurrent
// states) follows the Explain dock's sample, kept up to date by an
// AttentionController.
#include "engine/Tensor.h"

#include <QObject>

#include <functional>
#include <map>
#include <string>
#include <vector>

class QDockWidget;
class QMainWindow;

namespace nw {

class AnalysisController;
class AttentionController;
class AttentionDock;
class DatasetDock;
class DecisionBoundaryPanel;
class ExplainController;
class ExplainDock;
class EvaluationDock;
class NetworkDocument;
class SampleInspector;
class TrainingController;

class AnalysisDocks : public QObject {
    Q_OBJECT
public:
    // Adds the docks to `window` (evaluation at the bottom, sample and explain on the
    // right); the window places them beside its own docks.
    AnalysisDocks(QMainWindow* window, NetworkDocument* document, TrainingController* training,
        DecisionBoundaryPanel* boundary, DatasetDock* dataset);

    QDockWidget* evaluationDock() const { return m_evaluationDock; }
    QDockWidget* sampleDock() const { return m_sampleDock; }
    EvaluationDock* evaluation() const { return m_evaluation; }
    SampleInspector* inspector() const { return m_inspector; }
    AnalysisController* controller() const { return m_controller; }
    QDockWidget* explainDock() const { return m_explainDock; }
    ExplainDock* explain() const { return m_explain; }
    ExplainController* explainController() const { return m_explainController; }
    QDockWidget* attentionDock() const { return m_attentionDock; }
    AttentionDock* attention() const { return m_attention; }
    AttentionController* attentionController() const { return m_attentionController; }

    // The document was replaced: both controllers forget what they had.
    void documentReplaced();
    // Another view of the Explain dock's sample (the Step Through dock): while
    // `isShown()` says it is on show, a clicked sample opens there and it stays in front.
    void addSampleWatcher(std::function<bool()> isShown);

private:
    void showSample(std::size_t datasetIndex);
    void showExplain();

    EvaluationDock* m_evaluation;
    SampleInspector* m_inspector;
    QDockWidget* m_evaluationDock;
    QDockWidget* m_sampleDock;
    AnalysisController* m_controller;
    ExplainDock* m_explain;
    QDockWidget* m_explainDock;
    ExplainController* m_explainController;
    AttentionDock* m_attention;
    QDockWidget* m_attentionDock;
    AttentionController* m_attentionController;
    std::vector<std::function<bool()>> m_sampleWatchers;
};

} // namespace nw
