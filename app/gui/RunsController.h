#pragma once
// The project's runs in the window: every run the window trains is recorded (its
// settings, per-epoch history and, within a memory budget, the weights of each of its
// epochs), written into runs/ beside the project when it ends (an untitled
// project's when it is first saved), and the project's earlier runs are read when it
// opens. Fills the Runs view and the timeline under the charts, and does what they
// ask: overlay runs on the charts, rewind the model to epoch k of a run (the
// document's weights become that epoch's, so the boundary, evaluation and
// explanation panels show it), and branch a new run from there.
// Owned by MainWindow; the document, training controller and charts must outlive it.
#include "io/RunRecord.h"
#include "training/EpochSnapshots.h"
#include "training/TrainingSession.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace nw {

class NetworkDocument;
class RunTimeline;
class RunsPanel;
class TrainingChartsWidget;
class TrainingController;

class RunsController : public QObject {
    Q_OBJECT
public:
    struct Run {
        RunRecord record;
        EpochSnapshots snapshots; // only runs trained since the project was opened have them
        // The weights the run ended with (the best epoch's when early stopping put them
        // back), kept until the run is written into runs/.
        std::shared_ptr<const EpochSnapshots::Weights> finalWeights;
        bool saved = false; // in runs/ beside the project
        bool overlaid = false;
        bool renamed = false; // named by the user, not "Run <n>"
        bool snapshotsLetGo = false; // its epochs were dropped to keep the window's memory bounded
    };
    // All runs' kept epochs together stay under a budget: the oldest runs' go first.
    static constexpr std::size_t kDefaultTotalSnapshotBytes = std::size_t { 256 } << 20;
    void setTotalSnapshotBudget(std::size_t bytes) { m_totalSnapshotBudget = bytes; }

    RunsController(NetworkDocument* document, TrainingController* training, TrainingChartsWidget* charts,
        QObject* parent = nullptr);
    ~RunsController() override;

    RunsPanel* panel() const { return m_panel; }
    RunTimeline* timeline() const { return m_timeline; }
    int runCount() const { return static_cast<int>(m_runs.size()); }
    const Run& run(int index) const { return *m_runs[static_cast<std::size_t>(index)]; }
    std::size_t snapshotBytes() const;

    // Makes the document's weights those of 0-based `epoch` of run `id` (kept
    // snapshots only); false, with `error` set, when it cannot.
    bool rewind(const QString& id, int epoch, QString* error = nullptr);
    // Starts a run from the weights shown now; it is recorded as a branch of the run
    // and epoch they came from.
    void branchFromHere();
    void setOverlaid(const QString& id, bool on);
    void setTimelineRun(const QString& id);
    // Renames a run (in runs/ too when it is saved there); an empty name is refused.
    bool rename(const QString& id, const QString& name, QString* error = nullptr);

    // The window's file workflow: another project is open; the project was saved at `path`.
    void documentReplaced();
    void documentSaved(const QString& path);

Q_SIGNALS:
    void runsChanged();
    void statusMessage(const QString& message);

private:
    // Where the document's weights came from: a run (by id) and its 0-based epoch.
    struct WeightsFrom {
        QString run;
        int epoch = -1;
    };

    void onRunStarting();
    void onFinished(const TrainingResult& result);
    Run* find(const QString& id) const;
    bool write(Run& run, const QString& projectPath, QString* error);
    void refreshViews();
    void boundSnapshotMemory();
    void refreshOverlays();

    NetworkDocument* m_document;
    TrainingController* m_training;
    TrainingChartsWidget* m_charts;
    RunsPanel* m_panel;
    RunTimeline* m_timeline;
    std::vector<std::unique_ptr<Run>> m_runs;
    std::unique_ptr<Run> m_current; // the run being trained
    QElapsedTimer m_clock;
    WeightsFrom m_weightsFrom;
    QString m_timelineRun; // the run the timeline scrubs
    int m_unsavedCount = 0; // for the provisional ids of an untitled project's runs
    bool m_rewinding = false;
    std::size_t m_totalSnapshotBudget = kDefaultTotalSnapshotBytes;
};

} // namespace nw
