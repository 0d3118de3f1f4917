#pragma once
// The training dock: every setting of the document's TrainingConfig (loss,
// optimizer and its parameters, learning rate and schedule, batch size, epochs,
// seed, threads, gradient clipping, early stopping), showing only the editors
// that apply to the chosen loss, optimizer and schedule. Each edit writes the
// whole config back as one NetworkDocument::setTrainingConfig() (which marks the
// document modified); a document that changes refreshes the editors. Ranges and
// enabled states keep every combination the editors can make valid for
// TrainingConfig::fromJson (e.g. Nesterov needs momentum).
//
// Start/Stop/... belong to the main window: it adds its actions to actionArea().
// setProgress() shows where a run is. Owned by the main window; the document
// outlives it. L1/L2 are per node and live in the node inspector.
#include "io/TrainingConfig.h"

#include <QWidget>

#include <functional>
#include <map>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QProgressBar;
class QSpinBox;
class QToolBar;

namespace nw {

class LogDoubleSpinBox;
class NetworkDocument;

class TrainingSettingsDock : public QWidget {
    Q_OBJECT

public:
    explicit TrainingSettingsDock(NetworkDocument* document, QWidget* parent = nullptr);

    // A tool bar at the top of the dock for the main window's Start, Pause,
    // Resume, Stop, Step and Reset actions (actionArea()->addActions(...)).
    QToolBar* actionArea() const { return m_actions; }

    // Where the run is; epoch and batch are 1-based, secondsLeft < 0 when unknown.
    void setProgress(int epoch, int epochs, int batch, int batches, double secondsLeft);
    // Back to "not training".
    void clearProgress();

    // A lesson's lock: only the settings named stay editable, by their names in
    // LessonLocks::trainingSettingNames() ("learning_rate", "epochs"); nullopt lifts it.
    void setEditableSettings(const std::optional<QStringList>& names);
    // The editors a lock name covers; empty for a name that is none.
    std::vector<QWidget*> editorsOf(const QString& name) const;

private:
    // Every lock name with its editors, built once per use (applyEditable() walks
    // all the names on every change of the settings).
    std::map<QString, std::vector<QWidget*>> editorsBySetting() const;
    QWidget* buildLossBox();
    QWidget* buildOptimizerBox();
    QWidget* buildScheduleBox();
    QWidget* buildRunBox();
    QWidget* buildEarlyStoppingBox();
    QWidget* buildProgressBox();
    void refresh();
    void edit(const std::function<void(TrainingConfig&)>& change);
    void updateApplicable(const TrainingConfig& config);
    void applyEditable();

    NetworkDocument* m_document;
    TrainingConfig m_shown; // what the editors show
    bool m_refreshing = false;
    std::optional<QStringList> m_editable; // a lesson's lock; nullopt: all editable
    QToolBar* m_actions;

    QFormLayout* m_lossForm;
    QComboBox* m_loss;
    QDoubleSpinBox* m_labelSmoothing;

    QFormLayout* m_optimizerForm;
    QComboBox* m_optimizer;
    LogDoubleSpinBox* m_learningRate;
    QDoubleSpinBox* m_momentum;
    QCheckBox* m_nesterov;
    QDoubleSpinBox* m_beta1;
    QDoubleSpinBox* m_beta2;
    LogDoubleSpinBox* m_eps;
    QDoubleSpinBox* m_alpha;
    LogDoubleSpinBox* m_weightDecay;

    QFormLayout* m_scheduleForm;
    QComboBox* m_scheduleKind;
    QSpinBox* m_stepEpochs;
    QDoubleSpinBox* m_gamma;
    QSpinBox* m_totalEpochs;
    LogDoubleSpinBox* m_minLearningRate;
    QDoubleSpinBox* m_warmupEpochs;

    QSpinBox* m_batchSize;
    QSpinBox* m_epochs;
    QSpinBox* m_seed;
    QSpinBox* m_threads;
    QDoubleSpinBox* m_gradientClip;

    QGroupBox* m_earlyStopping;
    QSpinBox* m_patience;
    QDoubleSpinBox* m_minDelta;
    QCheckBox* m_restoreBest;

    QProgressBar* m_epochProgress;
    QProgressBar* m_batchProgress;
    QLabel* m_timeLeft;
};

} // namespace nw
