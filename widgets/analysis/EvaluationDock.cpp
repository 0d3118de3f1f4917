#include "EvaluationDock.h"

#include "CalibrationPanel.h"
#include "ClassMetricsTable.h"
#include "ConfusionMatrixPanel.h"
#include "PrecisionRecallPanel.h"
#include "ReconstructionPanel.h"
#include "RocPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace nw {

EvaluationDock::EvaluationDock(QWidget* parent)
    : QWidget(parent)
    , m_part(new QComboBox(this))
    , m_refresh(new QPushButton(tr("&Evaluate"), this))
    , m_eachEpoch(new QCheckBox(tr("After each epoch"), this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_confusion(new ConfusionMatrixPanel(this))
    , m_roc(new RocPanel(this))
    , m_precisionRecall(new PrecisionRecallPanel(this))
    , m_calibration(new CalibrationPanel(this))
    , m_classMetrics(new ClassMetricsTable(this))
    , m_reconstruction(new ReconstructionPanel(this))
{
    // Item data: the DataPart, so the order on screen is free to change.
    m_part->addItem(tr("Training split"), static_cast<int>(DataPart::Train));
    m_part->addItem(tr("Validation split"), static_cast<int>(DataPart::Validation));
    m_part->addItem(tr("Test split"), static_cast<int>(DataPart::Test));
    m_part->setCurrentIndex(2);
    m_part->setToolTip(tr("The samples to evaluate the model on"));
    m_refresh->setToolTip(tr("Evaluate the current weights on the chosen split now"));
    m_eachEpoch->setChecked(true);
    m_eachEpoch->setToolTip(tr("While training, evaluate again after every epoch (when this panel is on show)"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 0);
    bar->addWidget(m_part);
    bar->addWidget(m_refresh);
    bar->addWidget(m_eachEpoch);
    bar->addWidget(m_status, 1);

    m_tabs->setDocumentMode(true);
    m_tabs->insertTab(ConfusionTab, m_confusion, tr("Confusion matrix"));
    m_tabs->insertTab(RocTab, m_roc, tr("ROC"));
    m_tabs->insertTab(PrecisionRecallTab, m_precisionRecall, tr("Precision–recall"));
    m_tabs->insertTab(CalibrationTab, m_calibration, tr("Calibration"));
    m_tabs->insertTab(ClassMetricsTab, m_classMetrics, tr("Per class"));
    m_tabs->insertTab(ReconstructionTab, m_reconstruction, tr("Reconstruction"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, &EvaluationDock::showTab);
    connect(m_part, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT partChanged(part()); });
    connect(m_refresh, &QPushButton::clicked, this, &EvaluationDock::refreshRequested);
    connect(m_eachEpoch, &QCheckBox::toggled, this, &EvaluationDock::refreshesEachEpochChanged);
    connect(m_confusion, &ConfusionMatrixPanel::sampleActivated, this, &EvaluationDock::sampleActivated);
    connect(m_reconstruction, &ReconstructionPanel::sampleActivated, this, &EvaluationDock::sampleActivated);
    // A class row opens the samples of that class the model got right; the row of
    // the matrix beside them shows where the others went.
    connect(m_classMetrics, &ClassMetricsTable::classActivated, this, [this](int cls) {
        m_tabs->setCurrentIndex(ConfusionTab);
        m_confusion->activateCell(cls, cls);
    });
    m_status->setText(tr("Train the network, or press Evaluate to see how the current weights do."));
}

void EvaluationDock::setResult(std::shared_ptr<const EvaluationResult> result, const QString& origin)
{
    m_result = std::move(result);
    // Only the tab in front is rebuilt now; the others when they come to the front
    // (showTab). A refresh per epoch then costs the GUI thread one panel, not five.
    m_stale.assign(static_cast<std::size_t>(m_tabs->count()), true);
    // An autoencoder's result has no classes to count: its own tab comes forward
    // (once; the user may pick another tab afterwards).
    const bool reconstruction = m_result && m_result->report.reconstruction;
    if (reconstruction && !m_showedReconstruction)
        m_tabs->setCurrentIndex(ReconstructionTab);
    m_showedReconstruction = reconstruction;
    showTab(m_tabs->currentIndex());
    if (!m_result) {
        m_status->clear();
        return;
    }
    const EvaluationReport& report = m_result->report;
    const QLocale locale;
    const QString samples = tr("%n sample(s)", nullptr, static_cast<int>(report.samples));
    const QString figures = report.classification
        ? tr("accuracy %1%, loss %2").arg(locale.toString(100.0 * report.accuracy, 'f', 1), locale.toString(report.loss, 'g', 4))
        : report.reconstruction
        ? tr("reconstruction error %1 (MSE per value)").arg(locale.toString(report.meanSquaredError, 'g', 4))
        : tr("MSE %1, MAE %2, R² %3")
              .arg(locale.toString(report.meanSquaredError, 'g', 4), locale.toString(report.meanAbsoluteError, 'g', 4),
                  locale.toString(report.r2, 'f', 3));
    const int partIndex = m_part->findData(static_cast<int>(m_result->part));
    m_status->setText(tr("%1 · %2 · %3 · %4").arg(m_part->itemText(partIndex), origin, samples, figures));
}

void EvaluationDock::showTab(int tab)
{
    if (tab < 0 || tab >= static_cast<int>(m_stale.size()) || !m_stale[static_cast<std::size_t>(tab)])
        return;
    m_stale[static_cast<std::size_t>(tab)] = false;
    switch (tab) {
    case ConfusionTab: m_confusion->setResult(m_result); break;
    case RocTab: m_roc->setResult(m_result); break;
    case PrecisionRecallTab: m_precisionRecall->setResult(m_result); break;
    case CalibrationTab: m_calibration->setResult(m_result); break;
    case ClassMetricsTab: m_classMetrics->setResult(m_result); break;
    case ReconstructionTab: m_reconstruction->setResult(m_result); break;
    }
}

void EvaluationDock::setBusy(bool busy)
{
    m_busy = busy;
    m_refresh->setEnabled(!busy);
    if (busy && !m_result)
        m_status->setText(tr("Evaluating…"));
}

void EvaluationDock::showProblem(const QString& message)
{
    m_status->setText(QStringLiteral("⚠ ") + message);
}

QString EvaluationDock::statusText() const
{
    return m_status->text();
}

DataPart EvaluationDock::part() const
{
    return static_cast<DataPart>(m_part->currentData().toInt());
}

void EvaluationDock::setPart(DataPart part)
{
    const int index = m_part->findData(static_cast<int>(part));
    if (index >= 0)
        m_part->setCurrentIndex(index);
}

bool EvaluationDock::refreshesEachEpoch() const
{
    return m_eachEpoch->isChecked();
}

void EvaluationDock::setRefreshesEachEpoch(bool enabled)
{
    m_eachEpoch->setChecked(enabled);
}

} // namespace nw
