#include "RunsController.h"

#include "TrainingController.h"

#include "charts/RunTimeline.h"
#include "charts/TrainingChartsWidget.h"
#include "io/RunStore.h"
#include "io/TrainingConfigChanges.h"
#include "model/NetworkDocument.h"
#include "panels/RunsPanel.h"
#include "style/ClassPalette.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

#include <map>

namespace nw {

namespace {

// The palette's classes after the first two, whose blue and orange the live run's
// training and validation curves already use.
QColor runColour(std::size_t index)
{
    return ClassPalette::colour(static_cast<int>(index) + 2);
}

} // namespace

RunsController::RunsController(
    NetworkDocument* document, TrainingController* training, TrainingChartsWidget* charts, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_training(training)
    , m_charts(charts)
    , m_panel(new RunsPanel)
    , m_timeline(new RunTimeline)
{
    TrainingSession* session = m_training->session();
    connect(m_training, &TrainingController::runStarting, this, &RunsController::onRunStarting);
    connect(session, &TrainingSession::started, this, [this] { m_clock.start(); });
    connect(session, &TrainingSession::epochFinished, this, [this](const EpochReport& report) {
        if (!m_current)
            return;
        // A branch numbers its epochs after its parent's, so its curves continue the
        // parent's; it is a new run all the same (its schedule and shuffles start afresh).
        EpochReport numbered = report;
        numbered.epoch += m_current->record.branchEpoch;
        m_current->record.history.push_back(numbered);
    });
    connect(session, &TrainingSession::epochWeights, this,
        [this](int epoch, std::shared_ptr<const TrainingSession::Weights> weights) {
            if (m_current)
                m_current->snapshots.add(epoch + m_current->record.branchEpoch, std::move(weights));
        });
    connect(session, &TrainingSession::finished, this, &RunsController::onFinished);
    connect(session, &TrainingSession::failed, this, [this] { m_current.reset(); });
    connect(session, &TrainingSession::stateChanged, this, [this] { m_timeline->setTraining(m_training->isBusy()); });
    connect(m_document, &NetworkDocument::weightsChanged, this, [this] {
        if (!m_rewinding)
            m_weightsFrom = {}; // reset, imported or loaded: no run's epoch any more
    });

    connect(m_panel, &RunsPanel::overlayToggled, this, &RunsController::setOverlaid);
    connect(m_panel, &RunsPanel::currentRunChanged, this, &RunsController::setTimelineRun);
    // Queued: the table is rebuilt, which must not happen inside its own itemChanged().
    connect(
        m_panel, &RunsPanel::renameRequested, this,
        [this](const QString& id, const QString& name) {
            QString error;
            if (!rename(id, name, &error))
                Q_EMIT statusMessage(error);
            refreshViews(); // shows the name kept, or the old one back
        },
        Qt::QueuedConnection);
    connect(m_timeline, &RunTimeline::epochChosen, this, [this](int epoch) {
        QString error;
        if (!rewind(m_timelineRun, epoch, &error))
            Q_EMIT statusMessage(error);
    });
    connect(m_timeline, &RunTimeline::branchRequested, this, &RunsController::branchFromHere);
    refreshViews();
}

RunsController::~RunsController()
{
    // The views live in docks the window owns; they may already be gone.
}

std::size_t RunsController::snapshotBytes() const
{
    std::size_t bytes = 0;
    for (const auto& run : m_runs)
        bytes += run->snapshots.bytes();
    return bytes;
}

RunsController::Run* RunsController::find(const QString& id) const
{
    for (const auto& run : m_runs)
        if (run->record.id == id)
            return run.get();
    return nullptr;
}

void RunsController::onRunStarting()
{
    m_current = std::make_unique<Run>();
    RunRecord& record = m_current->record;
    const Project project = m_document->project();
    record.origin = QStringLiteral("window");
    record.started = QDateTime::currentDateTimeUtc();
    record.training = project.training;
    record.dataSpec = project.dataset.spec;
    // Kept weights of a run (its end, or an epoch the timeline rewound to): a branch of it.
    const Run* parent = m_document->weights().empty() ? nullptr : find(m_weightsFrom.run);
    if (parent) {
        record.parent = parent->record.id;
        record.branchEpoch = m_weightsFrom.epoch + 1;
    }
    const Run* before = parent ? parent : (m_runs.empty() ? nullptr : m_runs.back().get());
    if (before)
        record.changes = trainingConfigChanges(before->record.training, record.training);
}

void RunsController::onFinished(const TrainingResult& result)
{
    if (!m_current)
        return;
    std::unique_ptr<Run> run = std::move(m_current);
    run->record.status = RunRecord::statusName(result.status);
    run->record.durationSeconds = static_cast<double>(m_clock.elapsed()) / 1000.0;
    run->record.id = QStringLiteral("unsaved-%1").arg(++m_unsavedCount);
    run->record.name = tr("Run %1").arg(m_runs.size() + 1);
    run->overlaid = false;
    run->finalWeights = std::make_shared<const EpochSnapshots::Weights>(m_document->weights());
    Run& added = *run;
    m_runs.push_back(std::move(run));
    if (!m_document->filePath().isEmpty()) {
        QString error;
        if (!write(added, m_document->filePath(), &error))
            Q_EMIT statusMessage(tr("The run could not be kept in runs/: %1").arg(error));
    }
    // The document's weights are the run's final ones now (TrainingController set them
    // first): its last epoch's, or the best epoch's when early stopping put those back.
    m_weightsFrom = { added.record.id,
        result.finalWeightsEpoch() < 0 ? -1 : result.finalWeightsEpoch() + added.record.branchEpoch };
    m_timelineRun = added.record.id;
    boundSnapshotMemory();
    refreshViews();
    Q_EMIT runsChanged();
}

bool RunsController::write(Run& run, const QString& projectPath, QString* error)
{
    // The weights it ended with, whatever the document holds now (a rewind, a pruning).
    const std::map<std::string, Tensor> weights = run.finalWeights ? *run.finalWeights : std::map<std::string, Tensor> {};
    const QString provisional = run.record.id;
    const QString name = run.record.name;
    if (!run.renamed)
        run.record.name.clear(); // the store names it after its number, which is the one people see
    if (!RunStore(projectPath).add(run.record, weights, error)) {
        run.record.id = provisional;
        run.record.name = name;
        return false;
    }
    run.saved = true;
    run.finalWeights.reset(); // on disk now
    // Later runs that branched from it name it by its real id now.
    for (const auto& other : m_runs)
        if (other->record.parent == provisional)
            other->record.parent = run.record.id;
    if (m_weightsFrom.run == provisional)
        m_weightsFrom.run = run.record.id;
    if (m_timelineRun == provisional)
        m_timelineRun = run.record.id;
    return true;
}

void RunsController::boundSnapshotMemory()
{
    // The newest run keeps its epochs; older ones give theirs up, oldest first.
    for (std::size_t i = 0; i + 1 < m_runs.size() && snapshotBytes() > m_totalSnapshotBudget; ++i) {
        Run& run = *m_runs[i];
        if (run.snapshots.empty())
            continue;
        run.snapshots = EpochSnapshots(run.snapshots.budgetBytes());
        run.snapshotsLetGo = true;
    }
}

void RunsController::documentReplaced()
{
    m_runs.clear();
    m_current.reset();
    m_weightsFrom = {};
    m_timelineRun.clear();
    const QString path = m_document->filePath();
    if (!path.isEmpty()) {
        QStringList problems;
        for (RunRecord& record : RunStore(path).list(&problems)) {
            auto run = std::make_unique<Run>();
            run->record = std::move(record);
            run->saved = true;
            m_runs.push_back(std::move(run));
        }
        for (const QString& problem : problems)
            Q_EMIT statusMessage(tr("A run could not be read: %1").arg(problem));
    }
    refreshViews();
    Q_EMIT runsChanged();
}

void RunsController::documentSaved(const QString& path)
{
    QString error;
    for (const auto& run : m_runs)
        if (!run->saved && !write(*run, path, &error))
            Q_EMIT statusMessage(tr("The run could not be kept in runs/: %1").arg(error));
    refreshViews();
    Q_EMIT runsChanged();
}

bool RunsController::rewind(const QString& id, int epoch, QString* error)
{
    Run* run = find(id);
    std::shared_ptr<const EpochSnapshots::Weights> weights = run ? run->snapshots.at(epoch) : nullptr;
    if (!weights) {
        if (error)
            *error = tr("Epoch %1 of this run was not kept.").arg(epoch + 1);
        return false;
    }
    if (m_training->isBusy()) {
        if (error)
            *error = tr("The model cannot be rewound while training runs.");
        return false;
    }
    m_rewinding = true;
    m_document->setWeights(*weights, epoch, m_document->weightOrigins());
    m_rewinding = false;
    m_weightsFrom = { id, epoch };
    m_training->session()->showWeights(weights, epoch); // the boundary of those weights
    Q_EMIT statusMessage(tr("The model is as %1 left it at epoch %2.").arg(run->record.name).arg(epoch + 1));
    return true;
}

void RunsController::branchFromHere()
{
    if (m_training->isBusy() || !find(m_weightsFrom.run))
        return;
    m_training->start(); // onRunStarting() records where it branched from
}

void RunsController::setOverlaid(const QString& id, bool on)
{
    if (Run* run = find(id); run && run->overlaid != on) {
        run->overlaid = on;
        refreshOverlays();
    }
}

bool RunsController::rename(const QString& id, const QString& name, QString* error)
{
    Run* run = find(id);
    if (!run || name.trimmed().isEmpty()) {
        if (error)
            *error = tr("A run needs a name.");
        return false;
    }
    if (run->saved && !RunStore(m_document->filePath()).rename(id, name, error))
        return false;
    run->record.name = name.trimmed();
    run->renamed = true;
    Q_EMIT runsChanged();
    return true;
}

void RunsController::setTimelineRun(const QString& id)
{
    m_timelineRun = id;
    refreshViews();
}

void RunsController::refreshViews()
{
    QVector<RunsPanelRow> rows;
    for (std::size_t i = 0; i < m_runs.size(); ++i)
        rows.push_back({ m_runs[i]->record, runColour(i), m_runs[i]->overlaid,
            m_runs[i]->saved });
    const QLocale locale;
    m_panel->setRuns(rows,
        tr("Kept epochs for rewinding: %1 (at most %2 per run, %3 in all).")
            .arg(locale.formattedDataSize(static_cast<qint64>(snapshotBytes())),
                locale.formattedDataSize(static_cast<qint64>(EpochSnapshots::kDefaultBudgetBytes)),
                locale.formattedDataSize(static_cast<qint64>(m_totalSnapshotBudget))));

    const Run* scrubbed = find(m_timelineRun);
    if (!scrubbed && !m_runs.empty())
        scrubbed = m_runs.back().get();
    if (scrubbed && !scrubbed->snapshots.empty()) {
        const int shown = m_weightsFrom.run == scrubbed->record.id ? m_weightsFrom.epoch : scrubbed->snapshots.epochs().back();
        m_timeline->setRun(scrubbed->record.name, scrubbed->snapshots.epochs(), shown);
    } else {
        m_timeline->setRun(QString(), {},
            -1, scrubbed && scrubbed->snapshotsLetGo
                ? tr("%1's epochs were let go to keep memory bounded (newer runs keep theirs): only its final weights "
                     "are kept, in runs/.")
                      .arg(scrubbed->record.name)
                : scrubbed ? tr("%1 was trained before the project was opened: only its final weights are kept, in runs/.")
                               .arg(scrubbed->record.name)
                         : tr("Train the network: every run is kept, and this timeline rewinds it epoch by epoch."));
    }
    m_timeline->setTraining(m_training->isBusy());
    refreshOverlays();
}

void RunsController::refreshOverlays()
{
    QList<CurveOverlay> overlays;
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        const Run& run = *m_runs[i];
        if (!run.overlaid)
            continue;
        CurveOverlay overlay { run.record.name, runColour(i), {}, {}, {}, {} };
        for (const EpochReport& e : run.record.history) {
            const double x = e.epoch + 1;
            overlay.loss.append({ x, e.trainLoss });
            if (e.trainAccuracy >= 0.0f)
                overlay.accuracy.append({ x, e.trainAccuracy });
            if (e.hasValidation) {
                overlay.validationLoss.append({ x, e.validationLoss });
                if (e.validationAccuracy >= 0.0f)
                    overlay.validationAccuracy.append({ x, e.validationAccuracy });
            }
        }
        overlays.append(overlay);
    }
    m_charts->setOverlays(overlays);
}

} // namespace nw
