#include "AnalysisDocks.h"

#include "AnalysisController.h"
#include "AttentionController.h"
#include "ExplainController.h"

#include "analysis/EvaluationDock.h"
#include "analysis/SampleInspector.h"
#include "attention/AttentionDock.h"
#include "charts/DecisionBoundaryPanel.h"
#include "explain/ExplainDock.h"
#include "panels/DatasetDock.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QTimer>

namespace nw {

AnalysisDocks::AnalysisDocks(QMainWindow* window, NetworkDocument* document, TrainingController* training,
    DecisionBoundaryPanel* boundary, DatasetDock* dataset)
    : QObject(window)
    , m_evaluation(new EvaluationDock(window))
    , m_inspector(new SampleInspector(window))
    , m_evaluationDock(new QDockWidget(tr("Evaluation"), window))
    , m_sampleDock(new QDockWidget(tr("Sample"), window))
    , m_explain(new ExplainDock(window))
    , m_explainDock(new QDockWidget(tr("Explain"), window))
    , m_attention(new AttentionDock(window))
    , m_attentionDock(new QDockWidget(tr("Attention"), window))
{
    m_evaluationDock->setObjectName(QStringLiteral("evaluationDock")); // saveState() keys docks by name
    m_evaluationDock->setWidget(m_evaluation);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_evaluationDock);
    m_sampleDock->setObjectName(QStringLiteral("sampleDock"));
    m_sampleDock->setWidget(m_inspector);
    window->addDockWidget(Qt::RightDockWidgetArea, m_sampleDock);

    m_explainDock->setObjectName(QStringLiteral("explainDock"));
    m_explainDock->setWidget(m_explain);
    window->addDockWidget(Qt::RightDockWidgetArea, m_explainDock);

    m_attentionDock->setObjectName(QStringLiteral("attentionDock"));
    m_attentionDock->setWidget(m_attention);
    window->addDockWidget(Qt::RightDockWidgetArea, m_attentionDock);

    m_controller = new AnalysisController(document, training, m_evaluation, this);
    m_explainController = new ExplainController(document, training, m_explain, m_explainDock, this);
    connect(m_explainDock, &QDockWidget::visibilityChanged, m_explainController, [this] {
        QTimer::singleShot(0, m_explainController, &ExplainController::visibilityMayHaveChanged);
    });
    m_attentionController = new AttentionController(m_explainController, training, m_attention, m_attentionDock, this);
    connect(m_attentionDock, &QDockWidget::visibilityChanged, m_attentionController, [this] {
        QTimer::singleShot(0, m_attentionController, &AttentionController::visibilityMayHaveChanged);
    });
    connect(m_inspector, &SampleInspector::explainRequested, this, [this](std::size_t datasetIndex) {
        showSample(datasetIndex);
    });
    connect(dataset, &DatasetDock::sampleActivated, this, [this](int index) {
        m_explainController->openDatasetSample(static_cast<std::size_t>(index));
        showExplain();
    });
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
    const auto& result = m_controller->result();
    if (!m_inspector->showSample(datasetIndex) || !result)
        return;
    m_explainController->openSample(
        result->dataset, datasetIndex, tr("the %1 split").arg(dataPartName(result->part)));
    showExplain();
}

void AnalysisDocks::showExplain()
{
    if (m_attentionController->isShown())
        return; // somebody watching attention sees the sample there (the docks share a tab)
    for (const auto& isShown : m_sampleWatchers)
        if (isShown())
            return; // the same for a step-through
    m_explainDock->show();
    m_explainDock->raise();
    m_explain->showPage(ExplainDock::AttributionTab); // the sample's maps
}

void AnalysisDocks::addSampleWatcher(std::function<bool()> isShown)
{
    m_sampleWatchers.push_back(std::move(isShown));
}

void AnalysisDocks::documentReplaced()
{
    m_controller->documentReplaced();
    m_explainController->documentReplaced();
}

} // namespace nw
