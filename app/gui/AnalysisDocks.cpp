#include "AnalysisDocks.h"

#include "AnalysisController.h"

#include "analysis/EvaluationDock.h"
#include "analysis/SampleInspector.h"
#include "charts/DecisionBoundaryPanel.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QTimer>

namespace nw {

AnalysisDocks::AnalysisDocks(QMainWindow* window, NetworkDocument* document, TrainingController* training,
    DecisionBoundaryPanel* boundary)
    : QObject(window)
    , m_evaluation(new EvaluationDock(window))
    , m_inspector(new SampleInspector(window))
    , m_evaluationDock(new QDockWidget(tr("Evaluation"), window))
    , m_sampleDock(new QDockWidget(tr("Sample"), window))
{
    m_evaluationDock->setObjectName(QStringLiteral("evaluationDock")); // saveState() keys docks by name
    m_evaluationDock->setWidget(m_evaluation);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_evaluationDock);
    m_sampleDock->setObjectName(QStringLiteral("sampleDock"));
    m_sampleDock->setWidget(m_inspector);
    window->addDockWidget(Qt::RightDockWidgetArea, m_sampleDock);

    m_controller = new AnalysisController(document, training, m_evaluation, this);
    // Evaluating costs the run some speed: only while somebody can see the result.
    // The tab geometry settles after the signal, hence the check a turn later.
    connect(m_evaluationDock, &QDockWidget::visibilityChanged, m_controller, [this] {
        QTimer::singleShot(0, m_controller, &AnalysisController::visibilityMayHaveChanged);
    });
    connect(m_controller, &AnalysisController::resultReady, m_inspector, &SampleInspector::setResult);
    connect(m_controller, &AnalysisController::sampleRequested, this, &AnalysisDocks::showSample);
    connect(m_evaluation, &EvaluationDock::sampleActivated, this,
        [this](int datasetIndex) { showSample(static_cast<std::size_t>(datasetIndex)); });
    connect(boundary, &DecisionBoundaryPanel::sampleSelected, m_controller, [this](int index, bool test) {
        m_controller->inspect(test ? DataPart::Test : DataPart::Train, static_cast<std::size_t>(index));
    });
}

void AnalysisDocks::showSample(std::size_t datasetIndex)
{
    if (m_inspector->showSample(datasetIndex)) {
        m_sampleDock->show();
        m_sampleDock->raise();
    }
}

} // namespace nw
