#pragma once
// File > Export: the weights as .safetensors (the trained ones, or the seed's
// initial weights before any training), the network as an ONNX model for
// applications (OnnxExportJob, off the GUI thread), as a PyTorch project folder
// for training on bigger hardware (PyTorchExportJob, off the GUI thread), and as a PNG picture for
// slides and printouts (the editor's scene at twice screen resolution, on white,
// without selection frames). The dialogs report failures in a message box; the
// functions behind them are public for tests and scripts.
#include "PyTorchExportJob.h"
#include "engine/Tensor.h"
#include "training/BackgroundTask.h"

#include <QObject>
#include <QString>

#include <functional>
#include <map>
#include <string>

class QMenu;
class QWidget;

namespace nw {

class GraphScene;
class NetworkDocument;

class ExportMenu : public QObject {
    Q_OBJECT
public:
    // Adds "&Export" to `parentMenu`; dialogs are children of `window`. The weights
    // are the document's.
    ExportMenu(QMenu* parentMenu, NetworkDocument* document, GraphScene* scene, QWidget* window);

    bool exportWeights(const QString& path, QString* error) const;
    bool exportGraphImage(const QString& path, QString* error) const;
    // The ONNX model of the document as it is now, written on the thread pool; the
    // future's result is empty on success, else the reason.
    BackgroundTask<QString> exportOnnx(const QString& path) const;
    // The PyTorch folder of the document as it is now, written on the thread pool.
    BackgroundTask<PyTorchExportResult> exportPyTorch(const QString& folder) const;

    void exportWeightsDialog();
    void exportGraphImageDialog();
    void exportOnnxDialog();
    void exportPyTorchDialog();
    // Where the PyTorch folder goes when `chosen` is picked in the dialog: the folder
    // itself when it is empty or holds an earlier export (model.py), else a new
    // "<project>-pytorch" inside it, so a project's folder is never strewn with files.
    static QString pytorchFolderFor(const QString& chosen, const QString& projectPath);

Q_SIGNALS:
    // A line for the status bar after an export that runs in the background.
    void exported(const QString& message);

private:
    NetworkDocument* m_document;
    GraphScene* m_scene;
    QWidget* m_window;
};

} // namespace nw
