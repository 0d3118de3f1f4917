#include "TrainingController.h"

#include "compress/PruningMasks.h"

#include "RunMessages.h"
#include "StartingWeightsText.h"

#include "data/DataLoadProgress.h"
#include "io/GraphWeights.h"
#include "model/NetworkDocument.h"
#include "training/BackgroundTask.h"
#include "training/PreparedDataCache.h"
#include "training/PreparedProject.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QKeySequence>

namespace nw {

TrainingController::TrainingController(
    NetworkDocument* document, std::shared_ptr<PreparedDataCache> dataCache, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_dataCache(dataCache ? std::move(dataCache) : std::make_shared<PreparedDataCache>())
    , m_baseDirectory(QDir::currentPath())
{
    registerTrainingMetaTypes();
    createActions();
    connect(&m_watcher, &BackgroundWatcher<Prepared>::finished, this, &TrainingController::onPrepared);
    m_prepareTimer.setInterval(250);
    connect(&m_prepareTimer, &QTimer::timeout, this, &TrainingController::showPrepareProgress);
    connect(&m_session, &TrainingSession::stateChanged, this, &TrainingController::updateActions);
    connect(&m_session, &TrainingSession::started, this, &TrainingController::runStarted);
    connect(&m_session, &TrainingSession::finished, this, &TrainingController::onFinished);
    connect(&m_session, &TrainingSession::failed, this, [this](const QString& message) {
        updateActions();
        Q_EMIT runFailed(message);
    });
    updateActions();
}

TrainingController::~TrainingController()
{
    if (m_prepareProgress)
        m_prepareProgress->cancel = true; // nobody waits for that data any more
}

void TrainingController::showPrepareProgress()
{
    if (!m_preparing || !m_prepareProgress || m_prepareProgress->total == 0)
        return;
    Q_EMIT statusMessage(
        tr("Loading the data: %1 of %2 files…").arg(m_prepareProgress->done.load()).arg(m_prepareProgress->total.load()));
}

void TrainingController::createActions()
{
    const auto make = [this](const QString& text, const QString& icon, const QKeySequence& key, auto slot) {
        auto* action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_start = make(tr("&Start Training"), QStringLiteral("media-playback-start"), QKeySequence(Qt::Key_F5),
        &TrainingController::start);
    m_start->setStatusTip(tr("Train the network with the project's settings, from its imported or trained weights "
                             "where it has them and the seed's elsewhere"));
    m_pause = make(tr("&Pause"), QStringLiteral("media-playback-pause"), QKeySequence(Qt::Key_F6),
        &TrainingController::pause);
    m_resume = make(tr("&Resume"), QStringLiteral("media-playback-start"), QKeySequence(Qt::SHIFT | Qt::Key_F6),
        &TrainingController::resume);
    m_step = make(tr("Step &One Batch"), QStringLiteral("media-skip-forward"), QKeySequence(Qt::Key_F7),
        &TrainingController::step);
    m_step->setStatusTip(tr("Train exactly one more batch, then pause"));
    m_stop = make(tr("S&top"), QStringLiteral("media-playback-stop"), QKeySequence(Qt::SHIFT | Qt::Key_F5),
        &TrainingController::stop);
    m_reset = make(tr("Reset &Weights"), QStringLiteral("edit-clear"), QKeySequence(),
        &TrainingController::resetWeights);
    m_reset->setStatusTip(tr("Forget the trained weights: back to the seed's initial weights"));
    // Names that MainWindow::action() (and the tests) look the actions up by.
    m_start->setObjectName(QStringLiteral("actionTrainStart"));
    m_pause->setObjectName(QStringLiteral("actionTrainPause"));
    m_resume->setObjectName(QStringLiteral("actionTrainResume"));
    m_step->setObjectName(QStringLiteral("actionTrainStep"));
    m_stop->setObjectName(QStringLiteral("actionTrainStop"));
    m_reset->setObjectName(QStringLiteral("actionTrainReset"));
}

QList<QAction*> TrainingController::actions() const
{
    return { m_start, m_pause, m_resume, m_step, m_stop, m_reset };
}

void TrainingController::updateActions()
{
    const TrainingSession::State state = m_session.state();
    const bool idle = !m_preparing && state == TrainingSession::State::Idle;
    m_start->setEnabled(idle);
    m_pause->setEnabled(state == TrainingSession::State::Running);
    m_resume->setEnabled(state == TrainingSession::State::Paused);
    m_step->setEnabled(state == TrainingSession::State::Running || state == TrainingSession::State::Paused);
    m_stop->setEnabled(m_preparing || state == TrainingSession::State::Running || state == TrainingSession::State::Paused);
    m_reset->setEnabled(idle);
}

QString TrainingController::dataProjectPath() const
{
    return m_document->filePath().isEmpty() ? QDir(m_baseDirectory).filePath(QStringLiteral("untitled.nwproj"))
                                            : m_document->filePath();
}

void TrainingController::start()
{
    if (isBusy())
        return;
    // The snapshot: whatever the user edits from now on is not part of this run.
    Project project = m_document->project();
    // Start keeps what the document has: imported and trained weights (the seed's
    // initial ones, origin Initial, are drawn again from the run's seed).
    std::map<std::string, Tensor> kept;
    m_runOrigins = m_document->weightOrigins();
    for (const auto& [name, tensor] : m_document->weights())
        if (m_document->weightOrigin(nodeOfTensor(name)) != WeightOrigin::Initial)
            kept.emplace(name, tensor);
    m_runFrozen.clear();
    for (const QString& id : m_document->model()->nodeIds())
        if (const NodeData* node = m_document->model()->node(id); node && !node->trainable)
            m_runFrozen << id;
    const QString path = m_document->filePath().isEmpty()
        ? QDir(m_baseDirectory).filePath(QStringLiteral("untitled.nwproj"))
        : m_document->filePath();
    m_runEpochs = std::exchange(m_nextEpochs, std::nullopt);
    m_preparing = true;
    updateActions();
    Q_EMIT runStarting();
    Q_EMIT statusMessage(tr("Loading the data…"));
    // Stop cancels the load itself (a folder of 100,000 images), not only its result.
    m_prepareProgress = std::make_shared<DataLoadProgress>();
    m_prepareTimer.start();
    m_watcher.setTask(runInBackground(
        [project = std::move(project), path, cache = m_dataCache, progress = m_prepareProgress,
            kept = std::move(kept), origins = m_runOrigins, masks = std::exchange(m_nextMasks, {})]() mutable {
        const ScopedDataLoadProgress reporting(progress.get());
        PreparedProject::Options options;
        options.loadWeights = false; // the document's weights, not the file's, are the starting point
        options.dataCache = cache.get();
        Prepared result;
        QString error;
        std::unique_ptr<PreparedProject> prepared = PreparedProject::fromProject(std::move(project), path, options, &error);
        if (!prepared) {
            result.error = error;
        } else if (!prepared->isValid()) {
            result.error = tr("The network has problems; see the Problems panel.");
        } else {
            const WeightMatch match = prepared->setStartingWeights(kept);
            result.startingWeights = StartingWeightsText::describe(match, origins);
            // Weights that no longer fit the edited network were drawn from the seed: Initial.
            for (const std::string& id : match.idsWith(WeightVerdict::Loaded))
                if (const auto it = origins.find(QString::fromStdString(id)); it != origins.end())
                    result.startingOrigins.insert(*it);
            result.evaluationTwin = prepared->twin();
            result.project = std::move(prepared);
            try {
                if (masks)
                    masks->attach(result.project->graph());
            } catch (const std::exception&) {
                result.project.reset();
                result.error = tr("The pruned weights no longer fit the network: prune it again.");
            }
        }
        return result;
    }));
}

void TrainingController::startFineTuning(std::shared_ptr<const PruningMasks> masks, int epochs)
{
    if (isBusy())
        return;
    m_nextMasks = std::move(masks);
    m_nextEpochs = epochs;
    start();
}

void TrainingController::onPrepared()
{
    if (!m_preparing)
        return; // stopped while the data was loading
    m_preparing = false;
    m_prepareTimer.stop();
    m_prepareProgress.reset();
    Prepared prepared = m_watcher.result();
    if (!prepared.project) {
        updateActions();
        Q_EMIT runFailed(prepared.error);
        return;
    }
    m_runSpec = prepared.project->project().dataset.spec;
    m_runVocabulary = storedVocabulary(*prepared.project);
    TrainingOverrides overrides;
    overrides.epochs = m_runEpochs;
    if (!m_session.start(prepared.project, overrides)) {
        updateActions();
        Q_EMIT runFailed(tr("Training could not be started."));
        return;
    }
    m_startingWeightsText = prepared.startingWeights;
    m_runOrigins = std::move(prepared.startingOrigins);
    Q_EMIT statusMessage(m_startingWeightsText.isEmpty() ? tr("Training…")
                                                         : tr("Training… (%1)").arg(m_startingWeightsText));
    updateActions();
    Q_EMIT runPrepared(prepared.evaluationTwin);
}

void TrainingController::stop()
{
    if (m_preparing) {
        m_preparing = false; // onPrepared() drops what the pool thread finishes
        m_prepareTimer.stop();
        if (m_prepareProgress)
            m_prepareProgress->cancel = true;
        m_prepareProgress.reset();
        updateActions();
        Q_EMIT statusMessage(tr("Training cancelled."));
        return;
    }
    m_session.stop();
}

void TrainingController::onFinished(const TrainingResult& result)
{
    updateActions();
    // Trained nodes are Trained now; frozen ones keep where their weights came from.
    std::map<std::string, Tensor> weights = m_session.weightsSnapshot();
    std::map<QString, WeightOrigin> origins;
    for (const auto& entry : weights) {
        const QString id = nodeOfTensor(entry.first);
        const auto before = m_runOrigins.find(id);
        origins[id] = !m_runFrozen.contains(id) ? WeightOrigin::Trained
                                                : (before == m_runOrigins.end() ? WeightOrigin::Initial : before->second);
    }
    m_document->setWeights(std::move(weights), result.finalWeightsEpoch(), std::move(origins));
    // Text data: the weights come with the vocabulary they were trained on, saved in the project
    // for prediction; unless the dataset was changed meanwhile, when the weights are stale anyway.
    DatasetReference dataset = m_document->dataset();
    if (dataset.spec == m_runSpec && dataset.vocabulary != m_runVocabulary) {
        dataset.vocabulary = m_runVocabulary;
        m_document->setDataset(dataset);
    }
    Q_EMIT runEnded(RunMessages::describe(result));
}

void TrainingController::resetWeights()
{
    if (isBusy())
        return;
    // The session forgets its optimizer state; the document forgets its weights, so
    // the seed's initial weights of the graph as it is now apply (the session's own
    // reset would draw them for the graph of the last run, which may have been edited).
    m_session.resetWeights();
    m_document->setWeights({}, -1);
    Q_EMIT statusMessage(tr("The weights are back at their initial values."));
}

} // namespace nw
