#include "MainWindow.h"

#include "AnalysisController.h"
#include "AnalysisDocks.h"
#include "AutosaveManager.h"
#include "AutosaveRestorePrompt.h"
#include "ExampleGallery.h"
#include "ExampleProjects.h"
#include "ExportMenu.h"
#include "HelpMenu.h"
#include "PreferencesDialog.h"
#include "RecentFiles.h"
#include "TrainingController.h"
#include "TrainingProgressWidget.h"

#include "charts/DecisionBoundaryPanel.h"
#include "charts/NeuronFieldsHover.h"
#include "charts/TrainingChartsWidget.h"
#include "charts/TrainingHistory.h"
#include "graph/GraphEditorWidget.h"
#include "graph/GraphScene.h"
#include "graph/GraphView.h"
#include "graph/LayerPalette.h"
#include "graph/NodeInspector.h"
#include "graph/ProblemsPanel.h"
#include "panels/DatasetDock.h"
#include "panels/TrainingSettingsDock.h"
#include "io/ProjectFile.h"
#include "io/SafetensorsFile.h"
#include "model/NetworkDocument.h"
#include "training/PreparedDataCache.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace nw {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_document(new NetworkDocument(this))
    , m_editor(new GraphEditorWidget(m_document, this))
    // The window's one copy of loaded data: training, evaluation, the decision boundary
    // and the dataset preview all read it (see PreparedDataCache).
    , m_training(new TrainingController(m_document, std::make_shared<PreparedDataCache>(), this))
    , m_progress(new TrainingProgressWidget(this))
    , m_autosave(new AutosaveManager(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setCentralWidget(m_editor);
    statusBar()->addPermanentWidget(m_progress);
    setDockNestingEnabled(true);

    createDocks();
    createMenus();
    connectTraining();

    connect(m_document, &NetworkDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document, &NetworkDocument::filePathChanged, this, [this](const QString& path) {
        m_autosave->setDocumentPath(path);
        updateTitle();
    });
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this] { m_autosaveDirty = true; });
    connect(m_document, &NetworkDocument::projectPartsChanged, this, [this] { m_autosaveDirty = true; });
    connect(m_autosave, &AutosaveManager::autosaveDue, this, [this] {
        if (m_autosaveDirty && m_document->isModified())
            autosaveNow();
    });
    connect(m_editor, &GraphEditorWidget::statusMessage, this,
        [this](const QString& message) { statusBar()->showMessage(message, 5000); });

    readSettings();
    updateTitle();
}

MainWindow::~MainWindow() = default;

QList<QDockWidget*> MainWindow::docks() const
{
    return { m_paletteDock, m_inspectorDock, m_problemsDock, m_datasetDock, m_trainingDock, m_chartsDock,
        m_analysis->evaluationDock(), m_analysis->sampleDock() };
}

QDockWidget* MainWindow::addDock(const QString& objectName, const QString& title, QWidget* widget,
    Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // saveState() keys docks by object name
    dock->setWidget(widget);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{
    m_palette = new LayerPalette(this);
    connect(m_palette, &LayerPalette::layerActivated, m_editor, &GraphEditorWidget::addLayerAtCenter);
    connect(m_palette, &LayerPalette::blockActivated, m_editor, &GraphEditorWidget::addBlockAtCenter);
    m_paletteDock = addDock(QStringLiteral("paletteDock"), tr("Layers"), m_palette, Qt::LeftDockWidgetArea);

    m_dataset = new DatasetDock(m_document, this);
    m_dataset->setDataCache(m_training->dataCache());
    m_datasetDock = addDock(QStringLiteral("datasetDock"), tr("Dataset"), m_dataset, Qt::LeftDockWidgetArea);

    m_inspector = new NodeInspector(this);
    m_inspector->setGraphScene(m_editor->scene());
    m_inspector->setUndoStack(m_document->undoStack());
    m_inspectorDock = addDock(QStringLiteral("inspectorDock"), tr("Inspector"), m_inspector, Qt::RightDockWidgetArea);

    m_settings = new TrainingSettingsDock(m_document, this);
    m_settings->actionArea()->addActions(m_training->actions());
    m_trainingDock = addDock(QStringLiteral("trainingDock"), tr("Training"), m_settings, Qt::RightDockWidgetArea);
    tabifyDockWidget(m_inspectorDock, m_trainingDock);
    m_trainingDock->raise(); // Start is there; selecting a layer is what needs the inspector

    m_problems = new ProblemsPanel(this);
    m_problems->setGraphScene(m_editor->scene());
    connect(m_problems, &ProblemsPanel::nodeActivated, m_editor->scene(), &GraphScene::focusNode);
    // Selecting a layer brings its parameters forward.
    connect(m_editor->scene(), &QGraphicsScene::selectionChanged, this, [this] {
        if (!m_inspector->nodeId().isEmpty())
            m_inspectorDock->raise();
    });
    m_problemsDock = addDock(QStringLiteral("problemsDock"), tr("Problems"), m_problems, Qt::BottomDockWidgetArea);

    // Fed by the session's reports (connectTraining()); redraws on its own paced timer.
    m_history = new TrainingHistory(this);
    m_charts = new TrainingChartsWidget(m_history, this);
    m_chartsDock = addDock(QStringLiteral("chartsDock"), tr("Charts"), m_charts, Qt::BottomDockWidgetArea);
    splitDockWidget(m_problemsDock, m_chartsDock, Qt::Horizontal);

    // Two-dimensional data: the decision boundary beside the charts, live while training
    // (the session draws the field on its worker), and unit pictures on hovered cards.
    // Not in docks(): it shows itself only for 2-D projects.
    m_boundary = new DecisionBoundaryPanel(m_document, m_editor->scene(), m_training->session(), this);
    m_boundary->setProjectPathProvider([this] { return m_training->dataProjectPath(); });
    m_boundary->setDataCache(m_training->dataCache());
    m_neuronHover = new NeuronFieldsHover(m_editor->scene(), m_training->session(), this);
    m_boundaryDock = addDock(
        QStringLiteral("decisionBoundaryDock"), tr("Decision boundary"), m_boundary, Qt::BottomDockWidgetArea);
    splitDockWidget(m_chartsDock, m_boundaryDock, Qt::Horizontal);
    m_boundaryDock->hide();
    connect(m_boundary, &DecisionBoundaryPanel::planarChanged, this, [this](bool planar) {
        m_boundaryDock->setVisible(planar);
        m_neuronHover->setEnabled(planar);
    });
    connect(m_boundary, &DecisionBoundaryPanel::statusMessage, this,
        [this](const QString& message) { statusBar()->showMessage(message, 4000); });

    // Evaluation behind the charts (a tab away while training), the sample beside the inspector.
    m_analysis = new AnalysisDocks(this, m_document, m_training, m_boundary, [this] { return m_weights; });
    tabifyDockWidget(m_chartsDock, m_analysis->evaluationDock());
    tabifyDockWidget(m_trainingDock, m_analysis->sampleDock());
}

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createTrainMenu();
    new HelpMenu(menuBar(), this);
}

void MainWindow::createFileMenu()
{
    QMenu* menu = menuBar()->addMenu(tr("&File"));
    const auto add = [this, menu](const QString& name, const QString& text, QKeySequence::StandardKey key, auto slot) {
        QAction* action = menu->addAction(text, this, slot);
        action->setObjectName(name);
        if (key != QKeySequence::UnknownKey)
            action->setShortcut(key);
        return action;
    };
    add(QStringLiteral("actionNew"), tr("&New"), QKeySequence::New, [this] {
        if (maybeSave())
            newDocument();
    });
    add(QStringLiteral("actionOpen"), tr("&Open…"), QKeySequence::Open, &MainWindow::open);
    m_examplesMenu = menu->addMenu(tr("Open &Example"));
    for (const ExampleProject& example : ExampleProjects::all()) {
        const QString name = example.project.name.isEmpty() ? example.key : example.project.name;
        QAction* action = m_examplesMenu->addAction(name, this, [this, path = example.path] {
            if (maybeSave())
                openExample(path);
        });
        action->setObjectName(QStringLiteral("actionExample_") + example.key);
        action->setStatusTip(example.project.description);
    }
    m_examplesMenu->addSeparator();
    m_examplesMenu->addAction(tr("Example &Gallery…"), this, &MainWindow::openExampleDialog);
    m_recent = new RecentFiles(menu->addMenu(tr("Open &Recent")), this);
    connect(m_recent, &RecentFiles::fileActivated, this, [this](const QString& path) {
        if (maybeSave())
            openFile(path);
    });
    menu->addSeparator();
    add(QStringLiteral("actionSave"), tr("&Save"), QKeySequence::Save, &MainWindow::save);
    add(QStringLiteral("actionSaveAs"), tr("Save &As…"), QKeySequence::SaveAs, &MainWindow::saveAs);
    m_export = new ExportMenu(menu, m_document, m_editor->scene(), [this]() -> const auto& { return m_weights; }, this);
    menu->addSeparator();
    QAction* quit = add(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createEditMenu()
{
    QMenu* menu = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    menu->addAction(undo);
    menu->addAction(redo);
    menu->addSeparator();
    menu->addActions(m_editor->editActions());
    menu->addSeparator();
    QAction* preferences = menu->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setObjectName(QStringLiteral("actionPreferences"));
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : docks())
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    QAction* zoomIn = m_viewMenu->addAction(tr("Zoom &In"), this, [this] { m_editor->view()->zoomBy(1.25); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    zoomIn->setObjectName(QStringLiteral("actionZoomIn"));
    QAction* zoomOut = m_viewMenu->addAction(tr("Zoom &Out"), this, [this] { m_editor->view()->zoomBy(1 / 1.25); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomOut->setObjectName(QStringLiteral("actionZoomOut"));
    QAction* fit = m_viewMenu->addAction(tr("&Fit to Window"), this, [this] { m_editor->fitToView(); });
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    fit->setObjectName(QStringLiteral("actionFit"));
}

void MainWindow::createTrainMenu()
{
    // The same actions as the buttons at the top of the Training dock (TrainingSettingsDock::actionArea()).
    QMenu* menu = menuBar()->addMenu(tr("&Train"));
    menu->addActions(m_training->actions());
    menu->insertSeparator(m_training->resetAction());
}

QAction* MainWindow::action(const QString& objectName) const
{
    return findChild<QAction*>(objectName);
}

void MainWindow::connectTraining()
{
    TrainingSession* session = m_training->session();
    connect(m_training, &TrainingController::runStarting, this, [this] {
        m_progress->reset();
        m_history->clear();
        m_trainingDock->raise(); // where the run's progress and controls are
    });
    connect(session, &TrainingSession::batchesReady, m_history, &TrainingHistory::appendBatches);
    connect(session, &TrainingSession::epochFinished, m_history, &TrainingHistory::appendEpoch);
    connect(m_progress, &TrainingProgressWidget::progressChanged, m_settings, &TrainingSettingsDock::setProgress);
    connect(m_progress, &TrainingProgressWidget::progressCleared, m_settings, &TrainingSettingsDock::clearProgress);
    connect(m_training, &TrainingController::runStarted, m_progress, &TrainingProgressWidget::runStarted);
    connect(session, &TrainingSession::batchesReady, m_progress, &TrainingProgressWidget::batchesReady);
    connect(m_training, &TrainingController::statusMessage, this,
        [this](const QString& message) { statusBar()->showMessage(message, 4000); });
    connect(m_training, &TrainingController::runEnded, this,
        [this](const std::map<std::string, Tensor>& weights, const QString& message) {
            m_weights = weights;
            m_document->markModified(); // the trained weights are not in the file yet
            m_autosaveDirty = true;
            m_analysis->controller()->savedWeightsChanged();
            m_progress->runEnded(message);
            m_charts->flush();
            statusBar()->showMessage(tr("Training ended: %1").arg(message), 8000);
            autosaveNow();
        });
    connect(m_training, &TrainingController::weightsReset, this, [this](const std::map<std::string, Tensor>& weights) {
        if (m_weights.empty() && weights.empty())
            return;
        m_weights = weights;
        m_document->markModified();
        m_analysis->controller()->savedWeightsChanged();
    });
    connect(m_training, &TrainingController::runFailed, this, [this](const QString& message) {
        m_progress->runEnded(tr("Training failed."));
        // Not modal: a failed run must not stop anything else (or a test) from going on.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Training failed"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    setWindowTitle(tr("%1[*] — Netwright").arg(name));
    setWindowFilePath(path);
    setWindowModified(m_document->isModified());
}

void MainWindow::showError(const QString& title, const QString& message)
{
    QMessageBox::warning(this, title, message);
}

// --- files -------------------------------------------------------------------

void MainWindow::newDocument()
{
    m_training->stop();
    QString error;
    m_document->loadProject(Project(), QString(), &error);
    m_weights.clear();
    adoptDocument(QString(), QDir::currentPath());
}

void MainWindow::adoptDocument(const QString& path, const QString& baseDirectory)
{
    m_training->setBaseDirectory(baseDirectory);
    m_progress->reset();
    m_autosave->setDocumentPath(path);
    m_autosaveDirty = false;
    m_analysis->controller()->documentReplaced();
    updateTitle();
    m_document->compileNow();
    m_editor->fitToView();
}

bool MainWindow::openFile(const QString& path, QString* error)
{
    if (ExampleProjects::isExample(path))
        return openExample(path, error);
    QString problem;
    if (m_training->isBusy()) {
        problem = tr("Stop training before opening another project.");
    } else if (m_document->load(path, &problem)) {
        m_weights.clear();
        loadWeightsOfDocument();
        adoptDocument(path, QFileInfo(path).absolutePath());
        m_recent->add(path);
        statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 4000);
        return true;
    }
    if (error)
        *error = problem;
    else
        showError(tr("Cannot open the project"), problem);
    return false;
}

bool MainWindow::openExample(const QString& path, QString* error)
{
    QString problem;
    std::optional<Project> project;
    if (m_training->isBusy())
        problem = tr("Stop training before opening another project.");
    else
        project = ProjectFile::read(path, &problem);
    // An untitled copy: Save asks for a new place, so the bundled file stays as shipped.
    if (project && m_document->loadProject(*project, QString(), &problem)) {
        m_weights.clear();
        adoptDocument(QString(), QFileInfo(path).absolutePath());
        statusBar()->showMessage(tr("Opened a copy of the example “%1”. Press Train to start.").arg(project->name), 6000);
        return true;
    }
    if (error)
        *error = problem;
    else
        showError(tr("Cannot open the example"), problem);
    return false;
}

void MainWindow::loadWeightsOfDocument()
{
    const QString weightsPath = m_document->project().resolvedWeightsPath(m_document->filePath());
    if (weightsPath.isEmpty() || !QFileInfo::exists(weightsPath))
        return;
    QString error;
    if (std::optional<SafetensorsContents> contents = SafetensorsFile::read(weightsPath, &error))
        m_weights = std::move(contents->tensors);
    else
        statusBar()->showMessage(error, 8000);
}

bool MainWindow::saveTo(const QString& path, QString* error)
{
    QString problem;
    bool ok = true;
    if (!m_weights.empty()) {
        const QString weightsPath = Project::defaultWeightsPath(path);
        ok = SafetensorsFile::write(weightsPath, m_weights, {}, &problem);
        if (ok)
            m_document->setWeightsPath(weightsPath); // stored relative to the project
    }
    ok = ok && m_document->save(path, &problem);
    if (!ok) {
        if (error)
            *error = problem;
        else
            showError(tr("Cannot save the project"), problem);
        return false;
    }
    m_training->setBaseDirectory(QFileInfo(path).absolutePath());
    m_autosave->discard();
    m_autosaveDirty = false;
    m_recent->add(path);
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool MainWindow::saveAs()
{
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty()) {
        const QString name = m_document->name().isEmpty() ? tr("untitled") : m_document->name().toLower();
        suggestion = QDir::home().filePath(name + QStringLiteral(".nwproj"));
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project"), suggestion, tr("Netwright projects (*.nwproj)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".nwproj")))
        path += QStringLiteral(".nwproj");
    return saveTo(path);
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString dir = m_document->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_document->filePath()).path();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), dir, tr("Netwright projects (*.nwproj)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openExampleDialog()
{
    if (!maybeSave())
        return;
    ExampleGallery gallery(this);
    if (gallery.exec() == QDialog::Accepted && !gallery.selectedPath().isEmpty())
        openExample(gallery.selectedPath());
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QMessageBox::StandardButton answer = QMessageBox::warning(this, tr("Unsaved changes"),
        tr("The project has unsaved changes. Do you want to save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    // The session's destructor joins its thread after one batch; asking now lets the
    // worker wind down while the window closes.
    m_training->stop();
    writeSettings();
    m_autosave->discard();
    event->accept();
}

// --- autosave ----------------------------------------------------------------

bool MainWindow::autosaveNow()
{
    QString error;
    if (!m_autosave->save(m_document->project(), m_document->filePath(), m_weights, &error)) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 8000);
        return false;
    }
    m_autosaveDirty = false;
    return true;
}

void MainWindow::offerAutosaveRestore()
{
    for (const AutosaveManager::Recovery& recovery : m_autosave->orphans()) {
        const bool restore = AutosaveRestorePrompt::ask(this, recovery);
        if (!restore || m_document->isModified()) {
            if (!restore)
                m_autosave->remove(recovery);
            continue;
        }
        Project project;
        std::map<std::string, Tensor> weights;
        QString error;
        const QString path = QFileInfo::exists(recovery.originalPath) ? recovery.originalPath : QString();
        if (!AutosaveManager::read(recovery, &project, &weights, &error)
            || !m_document->loadProject(project, path, &error)) {
            showError(tr("Cannot restore the project"), error);
            continue;
        }
        m_weights = std::move(weights);
        adoptDocument(path, path.isEmpty() ? QDir::currentPath() : QFileInfo(path).absolutePath());
        m_document->markModified(); // it differs from its file: that is why it was kept
        m_autosave->remove(recovery);
        autosaveNow(); // now under this window's lock
    }
}

// --- settings and help -------------------------------------------------------

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1400, 860);
    m_defaultLayoutPending = !restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_defaultLayoutPending)
        return;
    m_defaultLayoutPending = false;
    // First-start proportions, once the window has its size (resizeDocks() needs it):
    // the graph in the middle, charts tall enough to read, problems a narrow list.
    resizeDocks({ m_paletteDock, m_inspectorDock }, { 330, 380 }, Qt::Horizontal);
    resizeDocks({ m_problemsDock, m_chartsDock }, { 280, 1200 }, Qt::Horizontal);
    resizeDocks({ m_chartsDock }, { height() * 2 / 5 }, Qt::Vertical);
    // The tabs in front: a tab raised before the window is shown does not stay raised.
    m_chartsDock->raise();
    m_trainingDock->raise();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || !dialog.apply())
        return;
    // Every widget took its texts when it was built, so a new language needs a new start.
    const auto answer = QMessageBox::question(this, tr("Restart Netwright"),
        tr("The new language applies when Netwright starts again. Restart now?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes && close()) // close() asks to save changes first
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {});
}

} // namespace nw
