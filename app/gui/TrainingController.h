#pragma once
// Runs training for the main window: owns the TrainingSession and the Train menu's
// actions, builds each run's PreparedProject from a snapshot of the document, and
// reports progress. Owned by MainWindow; the document must outlive it.
//
// Start never blocks the GUI thread: the snapshot is taken at once (later edits do
// not reach the run), but reading the dataset (Fashion-MNIST: 60,000 images) and
// compiling happen on a pool thread; the session is started when that is done.
// The session's own thread does the training. Actions follow the session's state.
#include "data/Vocabulary.h"
#include "engine/Tensor.h"
#include "model/WeightOrigin.h"
#include "training/BackgroundWatcher.h"
#include "training/TrainingMetaTypes.h"
#include "training/TrainingSession.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <map>
#include <memory>
#include <optional>
#include <string>

class QAction;

namespace nw {

struct DataLoadProgress;
class NetworkDocument;
class PreparedDataCache;
class PreparedProject;
class PruningMasks;

class TrainingController : public QObject {
    Q_OBJECT

public:
    // `dataCache`: the window's prepared data, shared with the panels (null: one of its own).
    TrainingController(NetworkDocument* document, std::shared_ptr<PreparedDataCache> dataCache = {},
        QObject* parent = nullptr);
    ~TrainingController() override;

    TrainingSession* session() { return &m_session; }
    const std::shared_ptr<PreparedDataCache>& dataCache() const { return m_dataCache; }
    // Relative dataset paths of an untitled document resolve against this folder
    // (an example copy: the examples folder); a saved document uses its own.
    void setBaseDirectory(const QString& directory) { m_baseDirectory = directory; }
    // Where the document is, or would be, stored: what relative dataset paths resolve against.
    QString dataProjectPath() const;

    QAction* startAction() const { return m_start; }
    QAction* pauseAction() const { return m_pause; }
    QAction* resumeAction() const { return m_resume; }
    QAction* stopAction() const { return m_stop; }
    QAction* stepAction() const { return m_step; }
    QAction* resetAction() const { return m_reset; }
    QList<QAction*> actions() const;

    // Preparing the data or training (running, paused or stopping).
    bool isBusy() const { return m_preparing || m_session.isRunning(); }
    bool isPreparing() const { return m_preparing; }

    // Starts a run from the document's weights: nodes with imported or trained weights
    // keep them, the others are drawn from the seed (statusMessage() says which).
    // Reset Weights first to train everything from the seed.
    void start();
    // What the last Start said about its starting weights (tests).
    QString lastStartingWeights() const { return m_startingWeightsText; }
    void pause() { m_session.pause(); }
    void resume() { m_session.resume(); }
    void step() { m_session.step(); }
    void stop();
    void resetWeights();
    // Fine-tuning a pruned network (the Compress view): Start for `epochs` epochs from
    // the document's weights, holding the pruned ones at exactly zero through the run
    // (PruningMasks::attach). Only this run: a later Start trains without masks.
    void startFineTuning(std::shared_ptr<const PruningMasks> masks, int epochs);

Q_SIGNALS:
    // A run is about to start: clear charts and progress.
    void runStarting();
    // The run's data is loaded and the session is starting. `evaluationTwin` shares
    // that data with its own graph (PreparedProject::twin()): what the analysis
    // panels evaluate the epochs' weights on, without loading the data again.
    void runPrepared(std::shared_ptr<nw::PreparedProject> evaluationTwin);
    // The session's started(): the run's length, for the progress display.
    void runStarted(int totalEpochs, int batchesPerEpoch);
    // The run ended (finished or stopped), its weights are the document's now;
    // `message` says how it ended, in the user's language.
    void runEnded(const QString& message);
    // The project could not be prepared or the run failed.
    void runFailed(const QString& message);
    void statusMessage(const QString& message);

private:
    struct Prepared {
        std::shared_ptr<PreparedProject> project;
        std::shared_ptr<PreparedProject> evaluationTwin;
        QString error;
        QString startingWeights; // StartingWeightsText
        std::map<QString, WeightOrigin> startingOrigins; // of the nodes whose weights were kept
    };

    void createActions();
    void updateActions();
    void onPrepared();
    void showPrepareProgress();
    void onFinished(const nw::TrainingResult& result);

    NetworkDocument* m_document;
    std::shared_ptr<PreparedDataCache> m_dataCache;
    TrainingSession m_session;
    BackgroundWatcher<Prepared> m_watcher;
    QString m_baseDirectory;
    // The running project's dataset spec and, for text data, its vocabulary (set when it starts).
    QString m_runSpec;
    std::optional<Vocabulary> m_runVocabulary;
    // Where the run's nodes' weights came from at Start, and the nodes it does not
    // train: at its end those keep their origin, the others are Trained.
    std::map<QString, WeightOrigin> m_runOrigins;
    QStringList m_runFrozen;
    QString m_startingWeightsText;
    std::shared_ptr<const PruningMasks> m_nextMasks; // for the next Start only
    std::optional<int> m_nextEpochs;
    std::optional<int> m_runEpochs; // the run's epochs when not the project's
    bool m_preparing = false;
    // The data load of the run being prepared: its progress for the status bar, and
    // its stop (shared with the job on the background pool).
    std::shared_ptr<DataLoadProgress> m_prepareProgress;
    QTimer m_prepareTimer;

    QAction* m_start = nullptr;
    QAction* m_pause = nullptr;
    QAction* m_resume = nullptr;
    QAction* m_stop = nullptr;
    QAction* m_step = nullptr;
    QAction* m_reset = nullptr;
};

} // namespace nw
