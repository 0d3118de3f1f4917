#pragma once
// The window's file workflow over its NetworkDocument: New, Open (a project, or an
// untitled copy of a bundled example), Save and Save As (the project, and its trained
// weights beside it as <name>.safetensors), the unsaved-changes question, recent
// files, and autosave with the offer to restore what a crash left behind.
//
// It keeps no state of the document's: what is open, whether it is modified and the
// weights all belong to the document; autosave writes when the document's revision
// moved since the last autosave. Owned by MainWindow, which puts the actions in its
// menus and resets its panels on documentReplaced().
#include "engine/Tensor.h"
#include "io/Project.h"

#include <QObject>
#include <QString>

#include <functional>
#include <map>
#include <string>

class QWidget;

namespace nw {

class AutosaveManager;
class NetworkDocument;
class RecentFiles;
class TrainingController;

class DocumentFiles : public QObject {
    Q_OBJECT

public:
    // `window`: the parent of dialogs and message boxes.
    DocumentFiles(NetworkDocument* document, TrainingController* training, QWidget* window);
    ~DocumentFiles() override;

    AutosaveManager* autosave() const { return m_autosave; }
    // The File menu's recent list, which opening and saving add to.
    void setRecentFiles(RecentFiles* recent) { m_recent = recent; }

    // Open: the project at `path`, with its weights file when it names one. A bundled
    // example opens as an untitled copy. Errors are shown in a message box unless
    // `error` is given; the document is then unchanged.
    bool openFile(const QString& path, QString* error = nullptr);
    bool openExample(const QString& path, QString* error = nullptr);
    // A lesson's project (LessonController) as an untitled copy with its weights; data
    // paths resolve against `baseDirectory` (the lesson's folder).
    bool openLessonProject(const Project& project, std::map<std::string, Tensor> weights,
        const QString& baseDirectory, QString* error);
    // Who opens a *.nwlesson given to openFile() (the window's LessonController).
    void setLessonOpener(std::function<bool(const QString& path, QString* error)> opener)
    {
        m_lessonOpener = std::move(opener);
    }
    // File ▸ Open Lesson…: asks for a bundle and opens it.
    void openLessonDialog();
    // Weights for the network as it is (a *.safetensors file): adopted only when every
    // parameter is there with its shape; otherwise the document is unchanged.
    bool openWeightsFile(const QString& path, QString* error = nullptr);
    // Files dropped on the window: one project or one weights file.
    bool openDropped(const QStringList& paths, QString* error = nullptr);
    // File > Import > ONNX Model…: the model as an untitled project holding its
    // weights (core/interop/onnx); Save asks where it goes.
    bool importOnnx(const QString& path, QString* error = nullptr);
    bool saveTo(const QString& path, QString* error = nullptr);
    void newDocument();

    // The File menu's actions, with their dialogs.
    bool save();
    bool saveAs();
    void open();
    void openExampleDialog();
    void importOnnxDialog();
    // Asks Save / Discard / Cancel when the document is modified; true to go on.
    bool maybeSave();

    // Writes the autosave side file now; autosaveInBackground() on the background pool
    // (after a run: its weights are written off the GUI thread).
    bool autosaveNow();
    void autosaveInBackground();
    // Offers to restore what a crashed session left behind (one question per side file).
    void offerAutosaveRestore();
    // A clean close: the side files go.
    void discardAutosave();

Q_SIGNALS:
    // Another project is in the document now (opened, new, restored): panels start over.
    void documentReplaced();
    // The project was written to `path` (Save or Save As): what waits for a file can follow it.
    void saved(const QString& path);
    void statusMessage(const QString& message, int timeoutMs);

private:
    void adopt(const QString& path, const QString& baseDirectory);
    // The weights file the just-loaded project names, when it is whole and fits the
    // network; otherwise the network stays without weights and the problem is returned.
    QString adoptWeightsFile();
    void showError(const QString& title, const QString& message);

    NetworkDocument* m_document;
    TrainingController* m_training;
    QWidget* m_window;
    AutosaveManager* m_autosave;
    RecentFiles* m_recent = nullptr;
    std::function<bool(const QString&, QString*)> m_lessonOpener;
    quint64 m_autosavedRevision = 0; // the document's revision() the last autosave wrote
};

} // namespace nw
