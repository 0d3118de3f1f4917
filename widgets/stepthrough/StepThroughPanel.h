#pragma once
// The Step Through dock: one training step on one sample, walked stage by stage.
// Previous / Next (and the arrow keys, through the window's actions) and Play move
// through the forward pass node by node, the loss, the backward pass and the
// update (StepStages); for the current stage it shows the title, the values (as on
// the card) and the formula with the sample's numbers (StepFormulas). Evaluation or
// training mode is chosen here, and "Apply step" asks to write the update into the
// network, which only the controller does (StepThroughController).
//
// Shows a trace; computes nothing. The graph overlay follows stageChanged().
#include "StepStages.h"

#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace nw {

class StepValuesView;
struct StepThroughTrace;

class StepThroughPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kPlayIntervalMs = 900;

    explicit StepThroughPanel(QWidget* parent = nullptr);

    // A new trace keeps the stage on show when it has it (new weights, another mode).
    void setTrace(std::shared_ptr<const StepThroughTrace> trace, const QString& caption, const QStringList& classNames);
    // Why there is nothing to step through; forgets the trace.
    void setMessage(const QString& message);
    void setApplyState(bool canApply, bool canUndo, const QString& note);

    const std::shared_ptr<const StepThroughTrace>& trace() const { return m_trace; }
    const QVector<StepStage>& stages() const { return m_stages; }
    int stageIndex() const { return m_index; }
    // Null when no trace is on show.
    const StepStage* stage() const;
    // The highlighted output the user picked, or -1 for each stage's default.
    int unit() const;
    bool trainingMode() const;
    bool isPlaying() const { return m_play.isActive(); }

    void setStageIndex(int index);
    void next();
    void previous();
    void setPlaying(bool playing);
    void setPlayInterval(int milliseconds) { m_play.setInterval(milliseconds); }

    // What the panel shows, for tests: the formula as plain text, the title, the values.
    QString formulaText() const;
    QString titleText() const;
    QString messageText() const;
    const StepValuesView* valuesView() const { return m_values; }

Q_SIGNALS:
    void stageChanged();
    void modeChanged(bool training);
    void applyRequested();
    void undoApplyRequested();

private:
    void showStage();

    QLabel* m_message;
    QLabel* m_caption;
    QComboBox* m_mode;
    QSpinBox* m_unit;
    QPushButton* m_previous;
    QPushButton* m_next;
    QPushButton* m_playButton;
    QLabel* m_position;
    QLabel* m_title;
    StepValuesView* m_values;
    QTextBrowser* m_formula;
    QPushButton* m_apply;
    QPushButton* m_undoApply;
    QLabel* m_applyNote;
    QWidget* m_content;

    std::shared_ptr<const StepThroughTrace> m_trace;
    QVector<StepStage> m_stages;
    QStringList m_classNames;
    int m_index = 0;
    QTimer m_play;
};

} // namespace nw
