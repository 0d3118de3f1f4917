#pragma once
// The Compress view: how accurate the network stays as it is pruned and quantized.
// A Measure button (accuracy against sparsity from 0 to 95% and the int8 model, on
// the test split), Prune to a sparsity (global or per layer), Fine-tune the pruned
// network with its pruned weights held at zero, and what each step gave: the
// SparsityChart, model sizes before and after, the int8 accuracy change. A view:
// CompressController (app/gui) does the work and hands it reports.
#include "compress/MagnitudePruning.h"
#include "training/CompressionReport.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace nw {

class SparsityChart;

class CompressPanel : public QWidget {
    Q_OBJECT
public:
    explicit CompressPanel(QWidget* parent = nullptr);

    void setReport(const CompressionReport& report);
    // While a step runs the buttons are off and `status` says what runs.
    void setBusy(bool busy, const QString& status = {});
    void setStatus(const QString& status);
    // Fine-tune needs a pruned network whose masks are still known.
    void setFineTuneAvailable(bool available);

    double fraction() const;
    PruningScope scope() const;
    int fineTuneEpochs() const;

    SparsityChart* chart() const { return m_chart; }
    QPushButton* measureButton() const { return m_measure; }
    QPushButton* pruneButton() const { return m_prune; }
    QPushButton* fineTuneButton() const { return m_fineTune; }
    QSpinBox* sparsityBox() const { return m_sparsity; }
    QString sizeText() const;
    QString int8Text() const;

Q_SIGNALS:
    void measureRequested();
    void pruneRequested(double fraction, nw::PruningScope scope);
    void fineTuneRequested(int epochs);

private:
    void updateButtons();

    SparsityChart* m_chart;
    QPushButton* m_measure;
    QSpinBox* m_sparsity;
    QComboBox* m_scope;
    QPushButton* m_prune;
    QSpinBox* m_epochs;
    QPushButton* m_fineTune;
    QLabel* m_status;
    QLabel* m_size;
    QLabel* m_int8;
    bool m_busy = false;
    bool m_fineTuneAvailable = false;
};

} // namespace nw
