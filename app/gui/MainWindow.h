#pragma once
// Netwright's main window: the graph editor in the centre, docks around it
// (palette, inspector, problems, dataset, training settings, charts), the File,
// Edit, View, Train and Help menus, and the status bar with training progress.
// One window edits one NetworkDocument, which it owns.
//
// It wires the pieces: the document (graph, compile result, trained weights), the
// file workflow (DocumentFiles: open, save, autosave), training (TrainingController;
// the GUI thread never waits on it) and the panels that listen to them.
#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;

namespace nw {

class ActivationHover;
class AnalysisDocks;
class AutosaveManager;
class DocumentFiles;
class ExportMenu;
class DatasetDock;
class DecisionBoundaryPanel;
class GraphEditorWidget;
class LayerPalette;
class NeuronFieldsHover;
class NetworkDocument;
class NodeInspector;
class PresentationMode;
class ProblemsPanel;
class RecentFiles;
class LessonController;
class RunsController;
class StepThroughController;
class CompressController;
class CompressPanel;
class StepThroughPanel;
class TrainingChartsWidget;
class TrainingController;
class TrainingHistory;
class TrainingSettingsDock;
class WeightsImporter;
class TrainingProgressWidget;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    NetworkDocument* document() const { return m_document; }
    GraphEditorWidget* editor() const { return m_editor; }
    TrainingController* training() const { return m_training; }
    DocumentFiles* files() const { return m_files; }
    AutosaveManager* autosave() const;
    TrainingProgressWidget* progress() const { return m_progress; }
    TrainingHistory* history() const { return m_history; }
    TrainingChartsWidget* charts() const { return m_charts; }
    QList<QDockWidget*> docks() const;
    // 2-D data only: the decision boundary dock and the unit pictures of hovered cards.
    DecisionBoundaryPanel* decisionBoundary() const { return m_boundary; }
    QDockWidget* decisionBoundaryDock() const { return m_boundaryDock; }
    NeuronFieldsHover* neuronFieldsHover() const { return m_neuronHover; }
    // The Evaluation and Sample docks, their panels and the controller that feeds them.
    AnalysisDocks* analysis() const { return m_analysis; }
    // Activations of a hovered card for the sample open in the Explain dock.
    ActivationHover* activationHover() const { return m_activationHover; }
    QDockWidget* stepThroughDock() const { return m_stepThroughDock; }
    StepThroughPanel* stepThrough() const { return m_stepThroughPanel; }
    StepThroughController* stepThroughController() const { return m_stepThrough; }
    // Pruning and int8 quantization of the trained network (a tab beside Evaluation).
    QDockWidget* compressDock() const { return m_compressDock; }
    CompressPanel* compressPanel() const { return m_compressPanel; }
    CompressController* compressController() const { return m_compress; }

    // The project's runs: the Runs dock, and the timeline under the charts.
    RunsController* runs() const { return m_runs; }
    QDockWidget* runsDock() const { return m_runsDock; }

    // The open lesson (File ▸ Open Lesson…) and its dock, hidden without one.
    LessonController* lesson() const { return m_lesson; }
    QDockWidget* lessonDock() const { return m_lessonDock; }

    // The file workflow, as DocumentFiles does it (see there).
    bool openFile(const QString& path, QString* error = nullptr);
    bool openExample(const QString& path, QString* error = nullptr);
    bool saveTo(const QString& path, QString* error = nullptr);
    void newDocument();
    void offerAutosaveRestore();
    bool autosaveNow();
    bool maybeSave();

    // File > Export: weights and the graph as a picture.
    ExportMenu* exportMenu() const { return m_export; }
    // File > Import Weights...: another network's weights, node by node.
    WeightsImporter* weightsImporter() const { return m_weightsImporter; }
    // View > Presentation Mode and Colour-Blind-Safe Colours.
    PresentationMode* presentation() const { return m_presentation; }

    QAction* action(const QString& objectName) const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createDocks();
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createTrainMenu();
    QDockWidget* addDock(const QString& objectName, const QString& title, QWidget* widget, Qt::DockWidgetArea area);
    void connectTraining();
    void readSettings();
    void writeSettings() const;
    void updateTitle();
    void documentReplaced();
    void showPreferences();
    // File ▸ Save as Lesson…: SaveLessonDialog, then where to write the bundle.
    void saveAsLesson();

    NetworkDocument* m_document;
    GraphEditorWidget* m_editor;
    LayerPalette* m_palette = nullptr;
    NodeInspector* m_inspector = nullptr;
    ProblemsPanel* m_problems = nullptr;
    DatasetDock* m_dataset = nullptr;
    TrainingSettingsDock* m_settings = nullptr;
    TrainingHistory* m_history = nullptr;
    TrainingChartsWidget* m_charts = nullptr;
    TrainingController* m_training;
    TrainingProgressWidget* m_progress;
    DocumentFiles* m_files;
    RecentFiles* m_recent = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_examplesMenu = nullptr;
    QDockWidget* m_paletteDock = nullptr;
    QDockWidget* m_inspectorDock = nullptr;
    QDockWidget* m_problemsDock = nullptr;
    QDockWidget* m_datasetDock = nullptr;
    QDockWidget* m_trainingDock = nullptr;
    QDockWidget* m_chartsDock = nullptr;
    RunsController* m_runs = nullptr;
    QDockWidget* m_runsDock = nullptr;
    LessonController* m_lesson = nullptr;
    QDockWidget* m_lessonDock = nullptr;
    DecisionBoundaryPanel* m_boundary = nullptr;
    QDockWidget* m_boundaryDock = nullptr;
    NeuronFieldsHover* m_neuronHover = nullptr;
    AnalysisDocks* m_analysis = nullptr;
    ActivationHover* m_activationHover = nullptr;
    StepThroughPanel* m_stepThroughPanel = nullptr;
    QDockWidget* m_stepThroughDock = nullptr;
    StepThroughController* m_stepThrough = nullptr;
    CompressPanel* m_compressPanel = nullptr;
    QDockWidget* m_compressDock = nullptr;
    CompressController* m_compress = nullptr;
    ExportMenu* m_export = nullptr;
    WeightsImporter* m_weightsImporter = nullptr;
    PresentationMode* m_presentation = nullptr;

    bool m_defaultLayoutPending = false; // no saved dock layout: apply ours on first show
};

} // namespace nw
