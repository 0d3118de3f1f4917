#pragma once
// The status bar's view of a run: a progress bar over every batch of the run and
// "Epoch 3/40 · batch 12/19 · 0:14 left". Fed by the main window from the
// session's started() and batchesReady(); the remaining time extrapolates the
// run's own pace (the engine's elapsed seconds), so pauses do not inflate it.
#include <QWidget>

class QLabel;
class QProgressBar;

namespace nw {

struct BatchReport;

class TrainingProgressWidget : public QWidget {
    Q_OBJECT

public:
    explicit TrainingProgressWidget(QWidget* parent = nullptr);

    void runStarted(int totalEpochs, int batchesPerEpoch);
    void batchesReady(const QVector<nw::BatchReport>& batches);
    void runEnded(const QString& message);
    void reset();

    QString text() const;
    int value() const;

Q_SIGNALS:
    // Epoch and batch 1-based; secondsLeft < 0 while unknown (TrainingSettingsDock::setProgress).
    void progressChanged(int epoch, int epochs, int batch, int batches, double secondsLeft);
    void progressCleared();

private:
    QLabel* m_label;
    QProgressBar* m_bar;
    int m_totalEpochs = 0;
    int m_batchesPerEpoch = 0;
    int m_epochsBefore = -1; // first epoch of the run (a resumed run starts later)
};

} // namespace nw
