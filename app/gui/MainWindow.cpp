#include "MainWindow.h"

#include "ActivationHover.h"
#include "AnalysisController.h"
#include "AnalysisDocks.h"
#include "AttentionController.h"
#include "DocumentFiles.h"
#include "ExampleProjects.h"
#include "ExportMenu.h"
#include "HelpMenu.h"
#include "PreferencesDialog.h"
#include "PresentationMode.h"
#include "RecentFiles.h"
#include "LessonController.h"
#include "RunsController.h"
#include "SaveLessonDialog.h"
#include "StepThroughController.h"
#include "CompressController.h"
#include "TrainingController.h"
#include "TrainingProgressWidget.h"
#include "WeightsImporter.h"

#include "charts/DecisionBoundaryPanel.h"
#include "charts/NeuronFieldsHover.h"
#include "charts/RunTimeline.h"
#include "charts/TrainingChartsWidget.h"
#include "charts/TrainingHistory.h"
#include "graph/GraphEditorWidget.h"
#include "io/LessonBundle.h"
#include "lesson/LessonDock.h"
#include "graph/GraphScene.h"
#include "graph/GraphView.h"
#include "graph/LayerPalette.h"
#include "graph/NodeInspector.h"
#include "graph/ProblemsPanel.h"
#include "panels/DatasetDock.h"
#include "panels/RunsPanel.h"
#include "panels/TrainingSettingsDock.h"
#include "stepthrough/StepThroughPanel.h"
#include "compress/CompressPanel.h"
#include "model/NetworkDocument.h"
#include "training/PreparedDataCache.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace nw {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_document(new NetworkDocument(this))
    , m_editor(new GraphEditorWidget(m_document, this))
    // The window's one copy of loaded data: training, evaluation, the decision boundary
    // and the dataset preview all read it (see PreparedDataCache).
    , m_training(new TrainingController(m_document, std::make_shared<PreparedDataCache>(), this))
    , m_progress(new TrainingProgressWidget(this))
    , m_files(new DocumentFiles(m_document, m_training, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setCentralWidget(m_editor);
    statusBar()->addPermanentWidget(m_progress);
    setDockNestingEnabled(true);
    setAcceptDrops(true); // a project or weights file dropped anywhere on the window

    createDocks();
    createMenus();
    connectTraining();

    connect(m_document, &NetworkDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document, &NetworkDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_files, &DocumentFiles::documentReplaced, this, &MainWindow::documentReplaced);
    connect(m_files, &DocumentFiles::statusMessage, this,
        [this](const QString& message, int timeoutMs) { statusBar()->showMessage(message, timeoutMs); });
    connect(m_editor, &GraphEditorWidget::statusMessage, this,
        [this](const QString& message) { statusBar()->showMessage(message, 5000); });

    readSettings();
    updateTitle();
}

MainWindow::~MainWindow() = default;

AutosaveManager* MainWindow::autosave() const
{
    return m_files->autosave();
}

bool MainWindow::openFile(const QString& path, QString* error)
{
    return m_files->openFile(path, error);
}

bool MainWindow::openExample(const QString& path, QString* error)
{
    return m_files->openExample(path, error);
}

bool MainWindow::saveTo(const QString& path, QString* error)
{
    return m_files->saveTo(path, error);
}

void MainWindow::newDocument()
{
    m_files->newDocument();
}

void MainWindow::offerAutosaveRestore()
{
    m_files->offerAutosaveRestore();
}

bool MainWindow::autosaveNow()
{
    return m_files->autosaveNow();
}

bool MainWindow::maybeSave()
{
    return m_files->maybeSave();
}

QList<QDockWidget*> MainWindow::docks() const
{
    return { m_paletteDock, m_inspectorDock, m_problemsDock, m_datasetDock, m_trainingDock, m_chartsDock,
        m_analysis->evaluationDock(), m_analysis->sampleDock(), m_analysis->explainDock(), m_analysis->attentionDock(),
        m_stepThroughDock, m_compressDock, m_runsDock };
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
    // Every run is kept (the Runs dock); the timeline under the charts rewinds one.
    m_runs = new RunsController(m_document, m_training, m_charts, this);
    auto* chartsPage = new QWidget(this);
    auto* chartsLayout = new QVBoxLayout(chartsPage);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->setSpacing(0);
    chartsLayout->addWidget(m_charts, 1);
    chartsLayout->addWidget(m_runs->timeline());
    m_chartsDock = addDock(QStringLiteral("chartsDock"), tr("Charts"), chartsPage, Qt::BottomDockWidgetArea);
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
    m_analysis = new AnalysisDocks(this, m_document, m_training, m_boundary, m_dataset);
    tabifyDockWidget(m_chartsDock, m_analysis->evaluationDock());
    m_runsDock = addDock(QStringLiteral("runsDock"), tr("Runs"), m_runs->panel(), Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_analysis->evaluationDock(), m_runsDock);
    connect(m_runs, &RunsController::statusMessage, this,
        [this](const QString& message) { statusBar()->showMessage(message, 6000); });
    connect(m_files, &DocumentFiles::saved, m_runs, &RunsController::documentSaved);
    tabifyDockWidget(m_trainingDock, m_analysis->sampleDock());
    tabifyDockWidget(m_analysis->sampleDock(), m_analysis->explainDock());
    tabifyDockWidget(m_analysis->explainDock(), m_analysis->attentionDock());
    // Resting on a card shows what its layer makes of the sample open in Explain
    // (2-D networks show their units' pictures instead).
    m_activationHover = new ActivationHover(m_editor->scene(), m_analysis->explainController(), this,
        [this] { return m_neuronHover->isEnabled(); });

    // Step Through: one training step on the Explain dock's sample, walked node by node
    // on the graph while the dock is on show.
    m_stepThroughPanel = new StepThroughPanel(this);
    m_stepThroughDock = addDock(
        QStringLiteral("stepThroughDock"), tr("Step Through"), m_stepThroughPanel, Qt::RightDockWidgetArea);
    tabifyDockWidget(m_analysis->attentionDock(), m_stepThroughDock);
    m_stepThrough = new StepThroughController(m_document, m_analysis->explainController(), m_training,
        m_editor->scene(), m_stepThroughPanel, m_stepThroughDock, this);
    addAction(m_stepThrough->previousAction());
    addAction(m_stepThrough->nextAction());
    m_editor->toolBar()->addSeparator();
    m_editor->toolBar()->addAction(m_stepThrough->modeAction());
    // Not `this`: the docks may ask while the window is being destroyed (UBSan saw it).
    m_analysis->addSampleWatcher(
        [stepThrough = QPointer<StepThroughController>(m_stepThrough)] { return stepThrough && stepThrough->isShown(); });
    // The controller, not `this`: the dock hides while the window is destroyed.
    connect(m_stepThroughDock, &QDockWidget::visibilityChanged, m_stepThrough, [stepThrough = m_stepThrough] {
        QTimer::singleShot(0, stepThrough, &StepThroughController::visibilityMayHaveChanged);
    });

    // Compress: pruning and int8 quantization, a tab beside Evaluation.
    m_compressPanel = new CompressPanel(this);
    m_compressDock = addDock(QStringLiteral("compressDock"), tr("Compress"), m_compressPanel, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_analysis->evaluationDock(), m_compressDock);
    m_compress = new CompressController(m_document, m_training, m_compressPanel, this);

    // Lessons: the Lesson dock beside the palette, shown while a lesson is open; its
    // locks act on the palette, the editor, the inspector and the training settings.
    m_lesson = new LessonController(
        m_document, m_files, m_training, { m_paletteDock, m_editor, m_inspector, m_settings }, this);
    m_lessonDock = addDock(QStringLiteral("lessonDock"), tr("Lesson"), m_lesson->dock(), Qt::LeftDockWidgetArea);
    tabifyDockWidget(m_paletteDock, m_lessonDock);
    m_lessonDock->hide();
    m_lesson->setDockWidget(m_lessonDock);
    m_files->setLessonOpener([this](const QString& path, QString* error) { return m_lesson->open(path, error); });
    // The steps are the lesson: most of the left side's height, and room for a line of text.
    connect(m_lesson, &LessonController::lessonOpened, this, [this] {
        resizeDocks({ m_lessonDock }, { std::max(m_lessonDock->width(), 420) }, Qt::Horizontal);
        if (m_datasetDock->isVisible() && !m_datasetDock->isFloating()
            && dockWidgetArea(m_datasetDock) == dockWidgetArea(m_lessonDock))
            resizeDocks({ m_lessonDock, m_datasetDock }, { 4, 1 }, Qt::Vertical);
    });
    connect(m_lesson, &LessonController::statusMessage, this,
        [this](const QString& message, int timeoutMs) { statusBar()->showMessage(message, timeoutMs); });
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
        if (m_files->maybeSave())
            m_files->newDocument();
    });
    add(QStringLiteral("actionOpen"), tr("&Open…"), QKeySequence::Open, [this] { m_files->open(); });
    // The lessons Netwright ships, then any other bundle.
    QMenu* lessons = menu->addMenu(tr("Open &Lesson"));
    const QDir lessonFolder(LessonController::shippedFolder());
    for (const QString& file : lessonFolder.entryList({ QStringLiteral("*.nwlesson") }, QDir::Files, QDir::Name)) {
        const QString path = lessonFolder.absoluteFilePath(file);
        QString error;
        const std::optional<LessonBundle> bundle = LessonBundleFile::read(path, &error);
        if (!bundle)
            continue; // a damaged installation: the lesson is left out of the menu
        QAction* action = lessons->addAction(bundle->settings.title, this, [this, path] {
            if (m_files->maybeSave())
                m_files->openFile(path);
        });
        action->setObjectName(QStringLiteral("actionLesson_") + QFileInfo(file).completeBaseName());
    }
    lessons->addSeparator();
    QAction* openLesson = lessons->addAction(tr("From a &File…"), this, [this] { m_files->openLessonDialog(); });
    openLesson->setObjectName(QStringLiteral("actionOpenLesson"));
    openLesson->setStatusTip(tr("Open a lesson (*.nwlesson): steps to read, goals to reach, settings the teacher locked"));
    m_examplesMenu = menu->addMenu(tr("Open &Example"));
    for (const ExampleProject& example : ExampleProjects::all()) {
        const QString name = example.project.name.isEmpty() ? example.key : example.project.name;
        QAction* action = m_examplesMenu->addAction(name, this, [this, path = example.path] {
            if (m_files->maybeSave())
                m_files->openExample(path);
        });
        action->setObjectName(QStringLiteral("actionExample_") + example.key);
        action->setStatusTip(example.project.description);
    }
    m_examplesMenu->addSeparator();
    m_examplesMenu->addAction(tr("Example &Gallery…"), this, [this] { m_files->openExampleDialog(); });
    m_recent = new RecentFiles(menu->addMenu(tr("Open &Recent")), this);
    m_files->setRecentFiles(m_recent);
    connect(m_recent, &RecentFiles::fileActivated, this, [this](const QString& path) {
        if (m_files->maybeSave())
            m_files->openFile(path);
    });
    menu->addSeparator();
    add(QStringLiteral("actionSave"), tr("&Save"), QKeySequence::Save, [this] { m_files->save(); });
    add(QStringLiteral("actionSaveAs"), tr("Save &As…"), QKeySequence::SaveAs, [this] { m_files->saveAs(); });
    add(QStringLiteral("actionSaveAsLesson"), tr("Save as &Lesson…"), QKeySequence::UnknownKey, [this] { saveAsLesson(); })
        ->setStatusTip(tr("Make a lesson of this project: steps to read, locks and goals (*.nwlesson)"));
    m_export = new ExportMenu(menu, m_document, m_editor->scene(), this);
    connect(m_export, &ExportMenu::exported, this, [this](const QString& message) { statusBar()->showMessage(message, 6000); });
    QMenu* import = menu->addMenu(tr("&Import"));
    import->addAction(tr("&ONNX Model…"), this, [this] { m_files->importOnnxDialog(); })
        ->setObjectName(QStringLiteral("actionImportOnnx"));
    m_weightsImporter = new WeightsImporter(m_document, m_training, this);
    connect(m_weightsImporter, &WeightsImporter::statusMessage, this,
        [this](const QString& message, int timeoutMs) { statusBar()->showMessage(message, timeoutMs); });
    add(QStringLiteral("actionImportWeights"), tr("Import &Weights…"), QKeySequence::UnknownKey,
        [this] { m_weightsImporter->importDialog(); })
        ->setStatusTip(tr("Start from another network's weights: a project or a .safetensors file, matched node by node"));
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
    m_viewMenu->addSeparator();
    // A classroom's projector: the editor, the charts and the decision boundary stay.
    m_presentation = new PresentationMode(this, { m_chartsDock, m_boundaryDock });
    m_viewMenu->addAction(m_presentation->presentationAction());
    m_viewMenu->addAction(m_presentation->colourBlindAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_stepThrough->previousAction());
    m_viewMenu->addAction(m_stepThrough->nextAction());
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
        // Where the run's progress and controls are; but whoever watches the attention
        // heads came to watch them learn (the status bar shows the progress).
        if (!m_analysis->attentionController()->isShown())
            m_trainingDock->raise();
    });
    connect(session, &TrainingSession::batchesReady, m_history, &TrainingHistory::appendBatches);
    connect(session, &TrainingSession::epochFinished, m_history, &TrainingHistory::appendEpoch);
    connect(m_progress, &TrainingProgressWidget::progressChanged, m_settings, &TrainingSettingsDock::setProgress);
    connect(m_progress, &TrainingProgressWidget::progressCleared, m_settings, &TrainingSettingsDock::clearProgress);
    connect(m_training, &TrainingController::runStarted, m_progress, &TrainingProgressWidget::runStarted);
    connect(session, &TrainingSession::batchesReady, m_progress, &TrainingProgressWidget::batchesReady);
    connect(m_training, &TrainingController::statusMessage, this,
        [this](const QString& message) { statusBar()->showMessage(message, 4000); });
    connect(m_training, &TrainingController::runEnded, this, [this](const QString& message) {
        m_progress->runEnded(message);
        m_charts->flush();
        statusBar()->showMessage(tr("Training ended: %1").arg(message), 8000);
        m_files->autosaveInBackground(); // the run's weights, now the document's
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

void MainWindow::documentReplaced()
{
    m_progress->reset();
    m_analysis->documentReplaced();
    m_runs->documentReplaced();
    m_compress->documentReplaced();
    m_lesson->documentReplaced();
    updateTitle();
    m_document->compileNow();
    m_editor->fitToView();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    // The session's destructor joins its thread after one batch; asking now lets the
    // worker wind down while the window closes.
    m_training->stop();
    writeSettings();
    m_files->discardAutosave();
    event->accept();
}

namespace {

    QStringList localFiles(const QMimeData* mime)
    {
        QStringList paths;
        for (const QUrl& url : mime->urls())
            if (url.isLocalFile())
                paths.append(url.toLocalFile());
        return paths;
    }

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop returns: the drag source must not wait on a message box.
    QTimer::singleShot(0, this, [this, paths] { m_files->openDropped(paths); });
}

// --- settings and help -------------------------------------------------------

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1400, 860);
    m_defaultLayoutPending = !restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    // The Lesson dock is there for an open lesson only, whatever the last session left.
    if (m_lessonDock && !m_lesson->isOpen())
        m_lessonDock->hide();
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

void MainWindow::saveAsLesson()
{
    SaveLessonDialog dialog(m_document, this);
    while (dialog.exec() == QDialog::Accepted) {
        const QString folder = m_document->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_document->filePath()).path();
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save as Lesson"), QDir(folder).filePath(m_document->name() + QStringLiteral(".nwlesson")),
            tr("Netwright lessons (*.nwlesson)"));
        if (path.isEmpty())
            continue;
        QString error;
        if (dialog.writeTo(path, &error)) {
            statusBar()->showMessage(tr("Saved the lesson %1").arg(QDir::toNativeSeparators(path)), 6000);
            return;
        }
        QMessageBox::warning(this, tr("Cannot save the lesson"), error);
    }
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
