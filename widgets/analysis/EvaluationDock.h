#pragma once
// The Evaluation dock's content: which split to evaluate, when (on request, or
// after every epoch while training), and the analysis panels of the latest
// result in tabs (a panel takes a new result when its tab is in front): confusion matrix (with its sample gallery), ROC, precision-
// recall, calibration and the per-class table. It only shows results and asks
// for them; the main window's AnalysisController does the evaluating, off the
// GUI thread.
#include "EvaluationResult.h"

#include <QWidget>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace nw {

class CalibrationPanel;
class ClassMetricsTable;
class ConfusionMatrixPanel;
class PrecisionRecallPanel;
class ReconstructionPanel;
class RocPanel;

class EvaluationDock : public QWidget {
    Q_OBJECT
public:
    enum Tab { ConfusionTab, RocTab, PrecisionRecallTab, CalibrationTab, ClassMetricsTab, ReconstructionTab };

    explicit EvaluationDock(QWidget* parent = nullptr);

    // `origin` says which weights were evaluated ("after epoch 3", "the trained weights").
    void setResult(std::shared_ptr<const EvaluationResult> result, const QString& origin);
    const std::shared_ptr<const EvaluationResult>& result() const { return m_result; }
    // While true the Refresh button waits and the status says so; results already
    // shown stay until the next one replaces them.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // A problem (the data cannot be loaded, the weights do not fit): replaces the status line.
    void showProblem(const QString& message);
    QString statusText() const;

    DataPart part() const;
    void setPart(DataPart part); // emits partChanged when it changes
    bool refreshesEachEpoch() const;
    void setRefreshesEachEpoch(bool enabled);

    QComboBox* partSelector() const { return m_part; }
    QPushButton* refreshButton() const { return m_refresh; }
    QTabWidget* tabs() const { return m_tabs; }
    ConfusionMatrixPanel* confusion() const { return m_confusion; }
    RocPanel* roc() const { return m_roc; }
    PrecisionRecallPanel* precisionRecall() const { return m_precisionRecall; }
    CalibrationPanel* calibration() const { return m_calibration; }
    ClassMetricsTable* classMetrics() const { return m_classMetrics; }
    ReconstructionPanel* reconstruction() const { return m_reconstruction; }

Q_SIGNALS:
    void partChanged(nw::DataPart part);
    void refreshRequested();
    void refreshesEachEpochChanged(bool enabled);
    // A sample clicked in the confusion matrix's gallery.
    void sampleActivated(int datasetIndex);

private:
    void showTab(int tab);

    std::shared_ptr<const EvaluationResult> m_result;
    std::vector<bool> m_stale; // per tab: its panel has not had m_result yet
    bool m_busy = false;
    QComboBox* m_part;
    QPushButton* m_refresh;
    QCheckBox* m_eachEpoch;
    QLabel* m_status;
    QTabWidget* m_tabs;
    ConfusionMatrixPanel* m_confusion;
    RocPanel* m_roc;
    PrecisionRecallPanel* m_precisionRecall;
    CalibrationPanel* m_calibration;
    ClassMetricsTable* m_classMetrics;
    ReconstructionPanel* m_reconstruction;
    bool m_showedReconstruction = false; // the last result was reconstruction data
};

} // namespace nw
