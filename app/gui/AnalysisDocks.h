#pragma once
// The main window's analysis docks and their links: "Evaluation" (split selector
// and the panels, EvaluationDock) and "Sample" (SampleInspector), kept up to date
// by an AnalysisController. A sample clicked anywhere opens in the Sample dock:
// in the confusion matrix's gallery, or a point of the decision boundary (which
// switches the Evaluation dock to that point's split, evaluated if need be).
#include "engine/Tensor.h"

#include <QObject>

#include <functional>
#include <map>
#include <string>

class QDockWidget;
class QMainWindow;

namespace nw {

class AnalysisController;
class DecisionBoundaryPanel;
class EvaluationDock;
class NetworkDocument;
class SampleInspector;
class TrainingController;

class AnalysisDocks : public QObject {
    Q_OBJECT
public:
    // Adds both docks to `window` (evaluation at the bottom, sample on the right);
    // the window places them beside its own docks.
    AnalysisDocks(QMainWindow* window, NetworkDocument* document, TrainingController* training,
        DecisionBoundaryPanel* boundary);

    QDockWidget* evaluationDock() const { return m_evaluationDock; }
    QDockWidget* sampleDock() const { return m_sampleDock; }
    EvaluationDock* evaluation() const { return m_evaluation; }
    SampleInspector* inspector() const { return m_inspector; }
    AnalysisController* controller() const { return m_controller; }

private:
    void showSample(std::size_t datasetIndex);

    EvaluationDock* m_evaluation;
    SampleInspector* m_inspector;
    QDockWidget* m_evaluationDock;
    QDockWidget* m_sampleDock;
    AnalysisController* m_controller;
};

} // namespace nw
