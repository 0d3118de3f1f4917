#pragma once
// Runs the Compress view's steps for the main window, never on the GUI thread:
// Measure (accuracy against sparsity and the int8 model), Prune (the document's
// weights pruned, the masks kept here), Fine-tune (a run of the TrainingController
// with those masks, then the fine-tuned model measured) on the background pool, each
// job on a project of its own prepared from a snapshot of the document through the
// window's data cache. One job at a time; the report it builds has one owner, this
// controller, and the panel shows it. Owned by MainWindow.
#include "training/BackgroundWatcher.h"
#include "training/CompressionReport.h"

#include "engine/Tensor.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <string>

class QDockWidget;

namespace nw {

class CompressPanel;
class NetworkDocument;
class PreparedProject;
class ProjectCompression;
class PruningMasks;
class TrainingController;

class CompressController : public QObject {
    Q_OBJECT
public:
    CompressController(NetworkDocument* document, TrainingController* training, CompressPanel* panel,
        QObject* parent = nullptr);
    ~CompressController() override;

    bool isBusy() const { return m_watcher.isRunning(); }
    const CompressionReport& report() const { return m_report; }
    // Masks of the document's pruned weights, while its weights still hold them.
    bool hasMasks() const { return m_masks != nullptr; }
    void documentReplaced();

    void measure();
    void prune(double fraction, PruningScope scope);
    void fineTune(int epochs);

Q_SIGNALS:
    // A step finished (its report is shown) or failed (the panel says why).
    void stepFinished();

private:
    enum class Step { Measure, Prune, MeasureFineTuned };
    struct Job {
        Step step = Step::Measure;
        CompressionReport report;
        std::map<std::string, Tensor> weights;      // Prune: the pruned weights
        std::shared_ptr<const PruningMasks> masks;  // Prune: their masks
        QString error;
        quint64 generation = 0; // of the document's network and weights it was started on
    };
    using Work = std::function<void(ProjectCompression&, PreparedProject&, Job&)>;

    void start(Step step, const QString& status, Work work);
    void onJobFinished();
    void onWeightsChanged();
    void updateBusy();

    NetworkDocument* m_document;
    TrainingController* m_training;
    CompressPanel* m_panel;
    BackgroundWatcher<Job> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    CompressionReport m_report;
    std::shared_ptr<const PruningMasks> m_masks;
    bool m_awaitingFineTune = false;
    // Counts other projects and other weights: a job started on earlier ones is dropped
    // when it ends (its pruned weights must not land in another network).
    quint64 m_generation = 0;
    int m_fineTuneEpochs = 0;
};

} // namespace nw
