#include "LessonController.h"

#include "data/BundledDatasets.h"
#include "DocumentFiles.h"
#include "graph/GraphEditorWidget.h"
#include "graph/NodeInspector.h"
#include "io/GraphWeights.h"
#include "io/LessonMarkdown.h"
#include "Languages.h"
#include "lesson/LessonDock.h"
#include "LessonGoalText.h"
#include "model/NetworkDocument.h"
#include "panels/TrainingSettingsDock.h"
#include "training/BackgroundTask.h"
#include "training/PreparedDataCache.h"
#include "training/PreparedProject.h"
#include "training/ProjectCompression.h"
#include "training/TrainingSession.h"
#include "TrainingController.h"

#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QScopedValueRollback>

namespace nw {

LessonController::LessonController(NetworkDocument* document, DocumentFiles* files, TrainingController* training,
    const Window& window, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_files(files)
    , m_training(training)
    , m_window(window)
    , m_dock(new LessonDock)
{
    connect(m_dock, &LessonDock::stepRequested, this, [this](int index) {
        QString error;
        if (!goToStep(index, &error))
            Q_EMIT statusMessage(error, 8000);
    });
    connect(m_dock, &LessonDock::closeRequested, this, &LessonController::close);
    connect(m_training->session(), &TrainingSession::finished, this, &LessonController::onRunFinished);
    connect(m_document, &NetworkDocument::totalParametersChanged, this, &LessonController::onParametersChanged);
    connect(&m_testWatcher, &BackgroundWatcher<TestEvaluation>::finished, this, [this] {
        const TestEvaluation result = m_testWatcher.result();
        if (m_testPending && m_bundle)
            evaluateTest();
        if (!m_bundle || result.run != m_runNumber)
            return; // an older run's, or the lesson closed
        if (!result.error.isEmpty())
            Q_EMIT statusMessage(tr("The lesson could not measure the test accuracy: %1").arg(result.error), 8000);
        m_figures.setRun(m_lastHistory, result.test);
        checkGoals();
    });
}

QString LessonController::shippedFolder()
{
    return QDir(QString::fromStdString(resourceDirectory())).filePath(QStringLiteral("lessons"));
}

bool LessonController::open(const QString& path, QString* error)
{
    if (m_training->isBusy()) {
        if (error)
            *error = tr("Stop training before opening a lesson.");
        return false;
    }
    std::optional<LessonBundle> bundle = LessonBundleFile::read(path, error);
    if (!bundle)
        return false;
    const QString language = Languages::effectiveLocale().name();
    const std::vector<LessonMarkdownStep> steps = LessonMarkdown::steps(bundle->markdown(language));
    // Checked the lesson's project before anything changes: a lesson that cannot open leaves the window as it was.
    if (!bundle->weights(bundle->settings.project, path, error))
        return false;
    if (m_bundle)
        close();
    m_bundle = std::move(bundle);
    m_path = path;
    m_step = -1;
    QStringList texts;
    for (const LessonMarkdownStep& step : steps)
        texts << step.markdown;
    const QString title
        = m_bundle->settings.title.isEmpty() ? QFileInfo(path).completeBaseName() : m_bundle->settings.title;
    if (!openProject(m_bundle->settings.project, error)) {
        m_bundle.reset();
        return false;
    }
    m_dock->setLesson(title, texts, m_bundle->files);
    if (m_dockWidget) {
        m_dockWidget->show();
        m_dockWidget->raise();
    }
    goToStep(0);
    Q_EMIT lessonOpened();
    Q_EMIT statusMessage(tr("Opened the lesson “%1”.").arg(title), 6000);
    return true;
}

void LessonController::close()
{
    if (!m_bundle)
        return;
    applyLocks({});
    m_bundle.reset();
    m_step = -1;
    m_reached.clear();
    m_dock->setGoals({});
    if (m_dockWidget)
        m_dockWidget->hide();
    Q_EMIT statusMessage(tr("Closed the lesson; nothing is locked now."), 4000);
}

bool LessonController::goToStep(int index, QString* error)
{
    if (!m_bundle || index < 0 || index >= m_dock->stepCount())
        return false;
    const LessonStep step = m_bundle->settings.stepAt(index);
    if (!step.project.isEmpty() && index != m_step) {
        if (m_training->isBusy()) {
            if (error)
                *error = tr("Stop training before going to a step that opens another network.");
            m_dock->showStep(m_step);
            return false;
        }
        if (!openProject(step.project, error)) {
            m_dock->showStep(m_step);
            return false;
        }
    }
    m_step = index;
    m_dock->showStep(index);
    applyLocks(m_bundle->settings.locksAt(index));
    m_reached.assign(step.goals.size(), false);
    m_figures = LessonFigures {};
    m_lastHistory.clear();
    onParametersChanged();
    return true;
}

bool LessonController::goalReached(int index) const
{
    return index >= 0 && index < static_cast<int>(m_reached.size()) && m_reached[static_cast<std::size_t>(index)];
}

bool LessonController::openProject(const QString& name, QString* error)
{
    std::optional<Project> project = m_bundle->project(name, m_path, error);
    if (!project)
        return false;
    std::optional<std::map<std::string, Tensor>> weights = m_bundle->weights(name, m_path, error);
    if (!weights)
        return false;
    project->weights.clear(); // an untitled copy: Save asks where its weights go
    const QScopedValueRollback opening(m_openingProject, true);
    return m_files->openLessonProject(*project, std::move(*weights), QFileInfo(m_path).absolutePath(), error);
}

void LessonController::documentReplaced()
{
    if (!m_openingProject)
        close();
}

void LessonController::applyLocks(const LessonLocks& locks)
{
    if (m_window.paletteDock) {
        if (locks.hidePalette && !m_locks.hidePalette) {
            m_paletteWasVisible = m_window.paletteDock->isVisible();
            m_window.paletteDock->hide();
        } else if (!locks.hidePalette && m_locks.hidePalette && m_paletteWasVisible) {
            m_window.paletteDock->show();
        }
        m_window.paletteDock->toggleViewAction()->setEnabled(!locks.hidePalette);
    }
    if (m_window.editor)
        m_window.editor->setStructureLocked(locks.lockGraph);
    if (m_window.inspector)
        m_window.inspector->setEditableParameters(
            locks.lockGraph ? std::optional<QStringList>(locks.layerSettings) : std::nullopt);
    if (m_window.settings)
        m_window.settings->setEditableSettings(locks.trainingSettings);
    m_locks = locks;
    m_dock->setLockSummary(LessonGoalText::locks(locks));
}

void LessonController::onRunFinished(const TrainingResult& result)
{
    if (!m_bundle)
        return;
    ++m_runNumber;
    m_lastHistory = result.history;
    m_figures.setRun(result.history, std::nullopt);
    checkGoals();
    if (needsTestFigures() && !result.history.empty())
        evaluateTest();
}

void LessonController::onParametersChanged()
{
    if (!m_bundle)
        return;
    m_figures.parameters = static_cast<double>(m_document->compileResult().totalParameters);
    checkGoals();
}

bool LessonController::needsTestFigures() const
{
    for (const LessonGoal& goal : m_bundle->settings.stepAt(m_step).goals) {
        for (const GoalCondition& c : goal.conditions) {
            if (c.measure == GoalMeasure::TestAccuracy || c.measure == GoalMeasure::TestLoss)
                return true;
        }
    }
    return false;
}

void LessonController::evaluateTest()
{
    if (m_testWatcher.isRunning()) {
        m_testPending = true; // the GUI never waits: the newer run is evaluated after this one
        return;
    }
    m_testPending = false;
    Project project = m_document->project();
    std::map<std::string, Tensor> weights = m_document->weights();
    m_testWatcher.setTask(runInBackground(
        [project = std::move(project), weights = std::move(weights), path = m_training->dataProjectPath(),
            cache = m_training->dataCache(), run = m_runNumber]() mutable {
            TestEvaluation out;
            out.run = run;
            PreparedProject::Options options;
            options.loadWeights = false; // the document's weights, not a file's
            options.dataCache = cache.get();
            QString error;
            std::unique_ptr<PreparedProject> p
                = PreparedProject::fromProject(std::move(project), path, options, &error);
            if (!p || !p->isValid()) {
                out.error = p ? tr("the network has problems") : error;
                return out;
            }
            if (!weights.empty() && !applyWeights(p->graph(), weights, &error)) {
                out.error = error;
                return out;
            }
            try {
                ProjectCompression evaluation(*p, DataPart::Test, 1);
                out.test = evaluation.evaluate();
            } catch (const std::exception& e) {
                out.error = QString::fromStdString(e.what());
            }
            return out;
        }));
}

void LessonController::checkGoals()
{
    if (!m_bundle || m_step < 0)
        return;
    const std::vector<LessonGoal> goals = m_bundle->settings.stepAt(m_step).goals;
    std::vector<LessonDock::Goal> shown;
    for (std::size_t i = 0; i < goals.size(); ++i) {
        const bool now = goals[i].reached(m_figures);
        // A run's goal stays reached; a parameter goal follows the network as it is now.
        m_reached[i] = goals[i].dependsOnRun() ? (m_reached[i] || now) : now;
        shown.push_back({ LessonGoalText::goal(goals[i]), m_reached[i] });
    }
    m_dock->setGoals(shown);
    Q_EMIT goalsChecked();
}

} // namespace nw
