#pragma once
// The lesson the window has open (File ▸ Open Lesson…, or a .nwlesson opened like a
// project): owns the LessonBundle and the step shown, opens the projects the steps
// name (as untitled copies, like examples), applies each step's locks to the window
// (palette hidden, graph structure and inspector locked, training settings disabled)
// and lifts them when the lesson closes, and checks the step's goals: run goals when
// a run ends (the test split evaluated on the background pool when a goal needs it;
// the GUI thread never waits), parameter goals on every change of the network.
// A goal reached in a step stays ticked until the step changes.
#include "io/LessonBundle.h"
#include "io/LessonGoal.h"
#include "io/LessonLocks.h"
#include "training/BackgroundWatcher.h"

#include <QDockWidget>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>
#include <vector>

namespace nw {

class DocumentFiles;
class GraphEditorWidget;
class LessonDock;
class NetworkDocument;
class NodeInspector;
class TrainingController;
class TrainingSettingsDock;
struct TrainingResult;

class LessonController : public QObject {
    Q_OBJECT

public:
    // What the locks act on; all owned by the window, which outlives the controller.
    struct Window {
        QDockWidget* paletteDock = nullptr;
        GraphEditorWidget* editor = nullptr;
        NodeInspector* inspector = nullptr;
        TrainingSettingsDock* settings = nullptr;
    };

    LessonController(NetworkDocument* document, DocumentFiles* files, TrainingController* training,
        const Window& window, QObject* parent = nullptr);

    LessonDock* dock() const { return m_dock; }
    // The dock the window puts the Lesson view in: shown while a lesson is open.
    void setDockWidget(QDockWidget* dock) { m_dockWidget = dock; }

    // Reads the bundle (nothing changes when it does not read) and opens its first step.
    bool open(const QString& path, QString* error);
    // Where the shipped lessons are: <resources>/lessons (resources/lessons in a build).
    static QString shippedFolder();
    void close();
    bool isOpen() const { return m_bundle.has_value(); }
    // Another network replaced the document (File > Open or New, an example, a drop):
    // the lesson and its locks belong to the network it opened, so it closes. Its own
    // steps' networks do not close it.
    void documentReplaced();
    // 0-based; opens the step's project when it names one (refused while training).
    bool goToStep(int index, QString* error = nullptr);
    int step() const { return m_step; }
    const LessonLocks& locks() const { return m_locks; }
    // Whether goal `index` of the current step is ticked.
    bool goalReached(int index) const;
    const LessonFigures& figures() const { return m_figures; }

Q_SIGNALS:
    // A lesson was opened and its dock shown: the window gives the dock room.
    void lessonOpened();
    void statusMessage(const QString& message, int timeoutMs);
    // The current step's goals were checked again (after a run, a test evaluation, an edit).
    void goalsChecked();

private:
    bool openProject(const QString& name, QString* error);
    void applyLocks(const LessonLocks& locks);
    void onRunFinished(const TrainingResult& result);
    void onParametersChanged();
    void evaluateTest();
    void checkGoals();
    bool needsTestFigures() const;

    NetworkDocument* m_document;
    DocumentFiles* m_files;
    TrainingController* m_training;
    Window m_window;
    LessonDock* m_dock;
    QPointer<QDockWidget> m_dockWidget;

    std::optional<LessonBundle> m_bundle;
    QString m_path;
    int m_step = -1;
    LessonLocks m_locks;
    bool m_paletteWasVisible = true;
    bool m_openingProject = false; // a step's network is replacing the document
    LessonFigures m_figures;
    std::vector<EpochReport> m_lastHistory; // the last run's, for the figures once its test evaluation arrives
    std::vector<bool> m_reached; // sticky per step, one per goal

    struct TestEvaluation {
        quint64 run = 0; // m_runNumber when it started
        std::optional<Evaluation> test;
        QString error;
    };
    BackgroundWatcher<TestEvaluation> m_testWatcher;
    quint64 m_runNumber = 0; // a test evaluation of an older run is dropped
    bool m_testPending = false;
};

} // namespace nw
